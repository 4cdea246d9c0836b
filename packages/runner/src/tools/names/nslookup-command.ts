/**
 * busybox `nslookup NAME [SERVER]`: asks DNS only (never `/etc/hosts`), for A then AAAA.
 * Docker's embedded DNS and the simulated outside have no AAAA records, so the second
 * answer is always `No answer`.
 */
import { nameserverOf, resolveName } from '@docknet/drivers';
import type { CliResult } from '../../docker/cli-result.js';
import type { ToolContext } from '../tool-context.js';
import { hostsLinesOf } from './resolve-target.js';

export const nslookupCommand = (ctx: ToolContext, args: readonly string[]): CliResult => {
  const operands = args.filter((a) => !a.startsWith('-'));
  const [name, serverArg] = operands;
  if (name === undefined) return { stdout: '', stderr: 'BusyBox nslookup: missing NAME\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n', exit: 1 };
  const server = serverArg ?? nameserverOf(ctx.host, ctx.viewer);
  const header = `Server:\t\t${server}\nAddress:\t${server}:53\n\n`;
  const lookup = resolveName(ctx.host, ctx.viewer, name, hostsLinesOf(ctx), false);
  if (lookup.kind === 'unavailable') return { stdout: ';; connection timed out; no servers could be reached\n\n', stderr: '', exit: 1 };
  if (lookup.kind === 'not-found') {
    return { stdout: `${header}** server can't find ${name}: NXDOMAIN\n\n** server can't find ${name}: NXDOMAIN\n\n`, stderr: '', exit: 1 };
  }
  const answers = lookup.addresses.map((ip) => `Name:\t${name}\nAddress: ${ip}\n`).join('');
  return { stdout: `${header}Non-authoritative answer:\n${answers}\nNon-authoritative answer:\n*** Can't find ${name}: No answer\n\n`, stderr: '', exit: 0 };
};
