/**
 * `getent hosts|ahosts [NAME…]` (glibc's layout: `%-15s %s` and the aliases). Without a
 * key, `hosts` lists `/etc/hosts`. Other databases are outside docknet's model.
 */
import { etcHostsOf, hostEtcHosts, resolveName } from '@docknet/drivers';
import { fail, type CliResult } from '../../docker/cli-result.js';
import { containerOf, type ToolContext } from '../tool-context.js';
import { hostsLinesOf } from './resolve-target.js';

const line = (ip: string, names: readonly string[]): string => `${ip.padEnd(15)} ${names.join(' ')}\n`;

const ahostsLines = (ip: string, name: string): string =>
  `${ip.padEnd(15)} STREAM ${name}\n${ip.padEnd(15)} DGRAM  \n${ip.padEnd(15)} RAW    \n`;

export const getentCommand = (ctx: ToolContext, args: readonly string[]): CliResult => {
  const [database, ...keys] = args;
  if (database === undefined) return fail('getent: wrong number of arguments\nTry `getent --help\' or `getent --usage\' for more information.\n', 1);
  if (database !== 'hosts' && database !== 'ahosts') return fail(`getent: database '${database}' is not simulated by docknet\n`, 1);
  const records = containerOf(ctx) === undefined ? hostEtcHosts(ctx.host) : (etcHostsOf(ctx.host, ctx.viewer, hostsLinesOf(ctx)) ?? []);
  if (keys.length === 0) return { stdout: records.map((r) => line(r.ip, r.names)).join(''), stderr: '', exit: 0 };
  let stdout = '';
  let missing = false;
  for (const key of keys) {
    const lookup = resolveName(ctx.host, ctx.viewer, key, hostsLinesOf(ctx));
    if (lookup.kind !== 'found') {
      missing = true;
      continue;
    }
    for (const ip of lookup.addresses) {
      if (database === 'ahosts') {
        stdout += ahostsLines(ip, key);
        continue;
      }
      // A hosts-file match prints that line's names; a DNS answer the name asked for.
      const record = lookup.source === 'hosts' ? records.find((r) => r.ip === ip && r.names.includes(key)) : undefined;
      stdout += line(ip, record?.names ?? [key]);
    }
  }
  return { stdout, stderr: '', exit: missing ? 2 : 0 };
};
