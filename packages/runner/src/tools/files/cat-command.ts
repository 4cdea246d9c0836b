/**
 * `cat FILE…` for the files networking tutorials read: `/etc/hosts`, `/etc/resolv.conf`,
 * `/etc/hostname`. Other paths are reported missing, as `cat` would report them.
 */
import { etcHostsOf } from '@docknet/drivers';
import type { CliResult } from '../../docker/cli-result.js';
import { hostsLinesOf } from '../names/resolve-target.js';
import { containerOf, type ToolContext } from '../tool-context.js';
import { renderHostHosts, renderSandboxHosts } from './etc-hosts-file.js';
import { containerResolvConf, hostResolvConf } from './resolv-conf.js';

const hostnameOf = (ctx: ToolContext): string => containerOf(ctx)?.hostname ?? ctx.host.name;

/** The content of a file, or undefined when it does not exist. */
export const readFile = (ctx: ToolContext, path: string): string | undefined => {
  const container = containerOf(ctx);
  switch (path) {
    case '/etc/hosts': {
      const hostMode = container !== undefined && container.networkMode === 'host' && container.extraHosts.length === 0;
      if (container === undefined || hostMode) return renderHostHosts(ctx.host);
      const records = etcHostsOf(ctx.host, ctx.viewer, hostsLinesOf(ctx));
      return records === undefined ? undefined : renderSandboxHosts(records);
    }
    case '/etc/resolv.conf':
      return container === undefined ? hostResolvConf() : containerResolvConf(ctx.profile, ctx.host, container);
    case '/etc/hostname':
      return `${hostnameOf(ctx)}\n`;
    default:
      return undefined;
  }
};

export const catCommand = (ctx: ToolContext, args: readonly string[]): CliResult => {
  let stdout = '';
  let stderr = '';
  for (const path of args.filter((a) => a !== '-')) {
    const content = readFile(ctx, path);
    if (content === undefined) stderr += `cat: ${path}: No such file or directory\n`;
    else stdout += content;
  }
  return { stdout, stderr, exit: stderr === '' ? 0 : 1 };
};
