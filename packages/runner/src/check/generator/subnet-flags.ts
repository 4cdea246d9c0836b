/**
 * `docker network create` IPAM flags: subnets from tiny (/30, /31, /32) to huge (/8), an
 * optional ip-range (first, middle or last slice of the subnet), gateway and aux address;
 * sometimes `--ipv6` with a /64 … /126 (or the ULA pool) next to an IPv4 subnet.
 * Small address space on purpose: pools run out and overlap, so refusals get exercised.
 */
import fc from 'fast-check';
import { ipv4Block, ipv4Text } from '../invariants/ipv4-block.js';

/** `10.a.b.x/len`, aligned, for a /24 … /32. */
const smallSubnet = (minLen: number, maxLen: number): fc.Arbitrary<string> =>
  fc
    .record({ a: fc.integer({ min: 0, max: 1 }), b: fc.integer({ min: 0, max: 3 }), len: fc.integer({ min: minLen, max: maxLen }), slot: fc.integer({ min: 0, max: 3 }) })
    .map(({ a, b, len, slot }) => {
      const size = 2 ** (32 - len);
      return `10.${a}.${b}.${(slot * size) % 256}/${len}`;
    });

/** Every size class, the tiny ones most often (they are where off-by-ones live). */
export const subnetArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: smallSubnet(29, 32) },
  { weight: 3, arbitrary: smallSubnet(24, 28) },
  { weight: 1, arbitrary: fc.constantFrom('172.30.0.0/16', '192.168.100.0/22') },
  { weight: 1, arbitrary: fc.constantFrom('10.0.0.0/8', '11.0.0.0/8') },
);

type Where = 'first' | 'middle' | 'last';

/** The `k`th-from-start (or, negative, from-end) address of a subnet. */
const offsetIn = (subnet: string, k: number): string | undefined => {
  const b = ipv4Block(subnet);
  if (b === undefined) return undefined;
  return ipv4Text(b.first + (((k % b.size) + b.size) % b.size));
};

const rangeIn = (subnet: string, extra: number, where: Where): string | undefined => {
  const b = ipv4Block(subnet);
  if (b === undefined) return undefined;
  const len = Math.min(32, b.prefix + extra);
  const size = 2 ** (32 - len);
  const slots = b.size / size;
  const slot = where === 'first' ? 0 : where === 'last' ? slots - 1 : Math.floor(slots / 2);
  return `${ipv4Text(b.first + slot * size)}/${len}`;
};

/** `--ipv6`, with a v6 subnet from a /64 down to a /126 (or none: the ULA pool, v27+), maybe dual-stack. */
const ipv6FlagsArb: fc.Arbitrary<readonly string[]> = fc
  .record({ v6: fc.option(fc.record({ k: fc.integer({ min: 0, max: 2 }), len: fc.constantFrom(64, 120, 126) }), { nil: undefined }), v4: fc.option(subnetArb, { nil: undefined }) })
  .map(({ v6, v4 }) => [
    '--ipv6',
    ...(v6 === undefined ? [] : ['--subnet', `fd00:${v6.k}::/${v6.len}`]),
    ...(v4 === undefined ? [] : ['--subnet', v4]),
  ]);

/** The IPAM flags of one network (empty: let Docker pick a subnet from its pools). */
export const ipamFlagsArb: fc.Arbitrary<readonly string[]> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<readonly string[]>([]) },
  { weight: 1, arbitrary: ipv6FlagsArb },
  {
    weight: 4,
    arbitrary: fc
      .record({
        subnet: subnetArb,
        range: fc.option(fc.record({ extra: fc.integer({ min: 0, max: 3 }), where: fc.constantFrom<Where>('first', 'middle', 'last') }), { nil: undefined, freq: 2 }),
        gateway: fc.option(fc.constantFrom(1, 2, -2, -1, 0, 'outside' as const), { nil: undefined, freq: 2 }),
        aux: fc.option(fc.constantFrom(1, 2, 3, -3), { nil: undefined, freq: 4 }),
      })
      .map(({ subnet, range, gateway, aux }): readonly string[] => {
        const flags = ['--subnet', subnet];
        const r = range === undefined ? undefined : rangeIn(subnet, range.extra, range.where);
        if (r !== undefined) flags.push('--ip-range', r);
        const gw = gateway === undefined ? undefined : gateway === 'outside' ? '192.0.2.1' : offsetIn(subnet, gateway);
        if (gw !== undefined) flags.push('--gateway', gw);
        const a = aux === undefined ? undefined : offsetIn(subnet, aux);
        if (a !== undefined) flags.push('--aux-address', `reserved=${a}`);
        return flags;
      }),
  },
);
