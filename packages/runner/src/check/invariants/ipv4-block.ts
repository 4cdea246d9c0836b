/**
 * IPv4 blocks as plain numbers, for the oracle side of the invariants: kept apart from the
 * IPAM allocator on purpose, so a bug there cannot hide itself in the check.
 */
import { formatIpv4Number, parseIpv4Number } from '@docknet/drivers';

/** `first` … `first + size - 1`. */
export interface Ipv4Block {
  readonly first: number;
  readonly size: number;
  readonly prefix: number;
}

/** `10.0.0.0/30` → its block (host bits masked), or undefined for anything else (IPv6, junk). */
export const ipv4Block = (cidr: string): Ipv4Block | undefined => {
  const slash = cidr.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseIpv4Number(cidr.slice(0, slash));
  const prefix = Number(cidr.slice(slash + 1));
  if (address < 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  return { first: address - (address % size), size, prefix };
};

export const ipv4Number = (ip: string): number | undefined => {
  const n = parseIpv4Number(ip);
  return n < 0 ? undefined : n;
};

export const blockContains = (block: Ipv4Block, ip: number): boolean => ip >= block.first && ip < block.first + block.size;

export const blocksOverlap = (a: Ipv4Block, b: Ipv4Block): boolean =>
  a.first < b.first + b.size && b.first < a.first + a.size;

export const ipv4Text = (n: number): string => formatIpv4Number(n);

/**
 * The offsets of a subnet that no container may get, by engine line (docker-facts.md §1.2):
 * v27+ reserves the network and broadcast addresses of pools larger than /31; 20.10–v26
 * always reserve offset 0 and the last address (a /31 has nothing left).
 */
export const reservedIpv4 = (subnet: Ipv4Block, reserve: 'legacy' | 'v27'): readonly number[] => {
  const last = subnet.first + subnet.size - 1;
  if (reserve === 'legacy') return subnet.size > 1 ? [subnet.first, last] : [subnet.first];
  return subnet.size > 2 ? [subnet.first, last] : [];
};

/**
 * The lowest address of `range` (inside `subnet`) that is neither reserved nor in `used`,
 * or undefined when the range is full. Walks from the bottom and skips only used
 * addresses, so a /8 costs as much as the number of addresses in use.
 */
export const lowestFreeIpv4 = (
  subnet: Ipv4Block,
  range: Ipv4Block,
  reserve: 'legacy' | 'v27',
  used: ReadonlySet<number>,
): number | undefined => {
  const reserved = new Set(reservedIpv4(subnet, reserve));
  const end = range.first + range.size;
  for (let ip = range.first; ip < end; ip++) {
    if (!reserved.has(ip) && !used.has(ip)) return ip;
  }
  return undefined;
};
