/**
 * `route [-n]`: the kernel routing table in net-tools' layout (busybox copies it).
 * Without `-n`, the default destination prints as `default` and an empty gateway as `*`
 * (net-tools 1.60, busybox) or `0.0.0.0` (net-tools 2.x); addresses are not reverse-resolved
 * (nothing answers PTR queries for them).
 */
import { ok, type CliResult } from '../../docker/cli-result.js';
import { netmask } from '../links/ipv4-math.js';
import { routesOf } from '../links/routes.js';
import type { ToolContext } from '../tool-context.js';

export type RouteFlavour = 'net-tools' | 'net-tools-old' | 'busybox';

const HEADER = 'Kernel IP routing table\nDestination     Gateway         Genmask         Flags Metric Ref    Use Iface\n';

export const routeCommand = (flavour: RouteFlavour) => (ctx: ToolContext, args: readonly string[]): CliResult => {
  const numeric = args.some((a) => /^-[a-zA-Z]*n/.test(a));
  const rows = routesOf(ctx.host, ctx.viewer).map((r) => {
    const dest = r.prefixLength === 0 && !numeric ? 'default' : r.destination;
    const emptyGateway = numeric || flavour === 'net-tools' ? '0.0.0.0' : '*';
    const gateway = r.gateway ?? emptyGateway;
    const flags = r.gateway === undefined ? 'U' : 'UG';
    return `${dest.padEnd(15)} ${gateway.padEnd(15)} ${netmask(r.prefixLength).padEnd(15)} ${flags.padEnd(6)}${'0'.padEnd(6)} ${'0'.padEnd(2)} ${'0'.padStart(7)} ${r.device}\n`;
  });
  return ok(HEADER + rows.join(''));
};
