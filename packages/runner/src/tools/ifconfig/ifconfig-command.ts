/** `ifconfig [-a] [IF]`: up interfaces (all with `-a`), sorted by name as net-tools and busybox sort them. */
import { fail, ok, type CliResult } from '../../docker/cli-result.js';
import { naturalCompare } from '../../views/sort/natural-less.js';
import { viewerLinks } from '../links/namespace-links.js';
import type { ToolContext } from '../tool-context.js';
import { formatIfconfig, type IfconfigFlavour } from './ifconfig-format.js';

export const ifconfigCommand = (flavour: IfconfigFlavour) => (ctx: ToolContext, args: readonly string[]): CliResult => {
  const all = args.includes('-a');
  const names = args.filter((a) => !a.startsWith('-'));
  const links = viewerLinks(ctx.host, ctx.viewer).sort((a, b) => naturalCompare(a.name, b.name));
  const [name, ...settings] = names;
  if (name === undefined) return ok(links.filter((l) => all || l.up).map((l) => formatIfconfig(l, flavour)).join(''));
  const link = links.find((l) => l.name === name);
  const prefix = flavour === 'busybox' ? 'ifconfig: ' : '';
  if (link === undefined) return fail(`${prefix}${name}: error fetching interface information: Device not found\n`, 1);
  // Changing an interface needs CAP_NET_ADMIN, which containers and a user shell lack.
  if (settings.length > 0) return fail(`${prefix}SIOCSIFFLAGS: Operation not permitted\n`, 1);
  return ok(formatIfconfig(link, flavour));
};
