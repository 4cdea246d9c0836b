/** A command-line host argument: an IPv4 literal, or a name resolved from the tool's namespace. */
import { ipFamily, resolveName, type NameLookup } from '@docknet/drivers';
import { containerOf, type ToolContext } from '../tool-context.js';
import { ipv6HostsLines } from './hosts-ipv6.js';

export type Target =
  | { readonly kind: 'address'; readonly ip: string; readonly numeric: boolean }
  | { readonly kind: 'unresolved'; readonly lookup: Exclude<NameLookup, { kind: 'found' }> };

export const hostsLinesOf = (ctx: ToolContext) => ipv6HostsLines(ctx.profile, ctx.host, containerOf(ctx));

export const resolveTarget = (ctx: ToolContext, text: string): Target => {
  if (ipFamily(text) === 4) return { kind: 'address', ip: text, numeric: true };
  const lookup = resolveName(ctx.host, ctx.viewer, text, hostsLinesOf(ctx));
  if (lookup.kind !== 'found') return { kind: 'unresolved', lookup };
  const [ip = ''] = lookup.addresses;
  return { kind: 'address', ip, numeric: false };
};
