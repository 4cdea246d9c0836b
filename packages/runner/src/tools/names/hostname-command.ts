/** `hostname [-i]`: the UTS name, or (with `-i`) the addresses that name resolves to. */
import { resolveName } from '@docknet/drivers';
import { fail, ok, type CliResult } from '../../docker/cli-result.js';
import { containerOf, type ToolContext } from '../tool-context.js';
import { hostsLinesOf } from './resolve-target.js';

export const hostnameCommand = (flavour: 'gnu' | 'busybox') => (ctx: ToolContext, args: readonly string[]): CliResult => {
  const name = containerOf(ctx)?.hostname ?? ctx.host.name;
  const [first] = args;
  if (first === undefined || first === '-s' || first === '--short') return ok(`${first === undefined ? name : (name.split('.')[0] ?? name)}\n`);
  if (first === '-i' || first === '--ip-address') {
    const lookup = resolveName(ctx.host, ctx.viewer, name, hostsLinesOf(ctx));
    if (lookup.kind !== 'found') return fail(flavour === 'gnu' ? 'hostname: Name or service not known\n' : `hostname: ${name}: Unknown host\n`, 1);
    // GNU hostname separates addresses with a space and ends with one.
    return ok(flavour === 'gnu' ? `${lookup.addresses.join(' ')} \n` : `${lookup.addresses.join(' ')}\n`);
  }
  if (first.startsWith('-')) return fail(`hostname: invalid option -- '${first.slice(1, 2)}'\n`, flavour === 'gnu' ? 4 : 1);
  // Setting the hostname needs CAP_SYS_ADMIN.
  return fail(flavour === 'gnu' ? 'hostname: you must be root to change the host name\n' : 'hostname: sethostname: Operation not permitted\n', 1);
};
