/** `brctl show [BRIDGE]` (bridge-utils): bridges and their ports, sorted by name, tab-separated. */
import { fail, ok, type CliResult } from '../../docker/cli-result.js';
import { viewerLinks } from '../links/namespace-links.js';
import type { ToolContext } from '../tool-context.js';

const HEADER = 'bridge name\tbridge id\t\tSTP enabled\tinterfaces\n';

const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export const brctlCommand = (ctx: ToolContext, args: readonly string[]): CliResult => {
  const [verb = '', only] = args;
  if (verb !== 'show') return fail(verb === '' ? 'Usage: brctl [commands]\n' : `never heard of command [${verb}]\n`, 1);
  const links = viewerLinks(ctx.host, ctx.viewer);
  const bridges = links.filter((l) => l.kind === 'bridge' && (only === undefined || l.name === only)).sort(byName);
  if (only !== undefined && bridges.length === 0) return fail(`bridge ${only} does not exist!\n`, 1);
  const rows = bridges.map((bridge) => {
    const ports = links.filter((l) => l.master === bridge.name).sort(byName);
    const id = `8000.${bridge.mac.replaceAll(':', '')}`;
    const [first, ...rest] = ports;
    const tail = rest.map((p) => `\t\t\t\t\t\t\t${p.name}\n`).join('');
    return `${bridge.name}\t\t${id}\tno\t\t${first === undefined ? '' : first.name}\n${tail}`;
  });
  return ok(HEADER + rows.join(''));
};
