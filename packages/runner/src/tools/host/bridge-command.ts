/** `bridge link [show]` (iproute2): every bridge port with its state. */
import { fail, ok, type CliResult } from '../../docker/cli-result.js';
import { ipLinkFlags } from '../ip/link-flags.js';
import { viewerLinks } from '../links/namespace-links.js';
import type { ToolContext } from '../tool-context.js';

export const bridgeCommand = (ctx: ToolContext, args: readonly string[]): CliResult => {
  const [object = '', sub] = args;
  if (!'link'.startsWith(object) || object === '' || (sub !== undefined && sub !== 'show')) {
    return fail(`Object "${object}" is unknown, try "bridge help".\n`, 1);
  }
  const ports = viewerLinks(ctx.host, ctx.viewer).filter((l) => l.master !== undefined);
  return ok(
    ports
      .map(
        (p) =>
          `${p.index}: ${p.name}${p.peerIndex === undefined ? '' : `@if${p.peerIndex}`}: <${ipLinkFlags(p)}> mtu ${p.mtu} master ${p.master ?? ''} state forwarding priority 32 cost 2 \n`,
      )
      .join(''),
  );
};
