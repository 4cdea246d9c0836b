/**
 * Choosing a network's subnet from the predefined pools (§2.2).
 *
 * - `'lowest-free'` (v27+, `allocatePredefinedPool`): pools sorted by base and de-duplicated
 *   (a pool overlapping an earlier one is dropped), then the first subnet in address
 *   order that overlaps nothing in use. A deleted network's subnet is reused at once.
 * - `'round-robin'` (≤v26, `getPredefinedPool`): the pools in configured order, expanded;
 *   the scan starts at a cursor and wraps; the cursor then moves just past the pick
 *   (`predefinedStartIndex += i + 1`, reset to 0 when it runs off the end).
 *
 * Both are computed without expanding the pools: in-use prefixes are merged into sorted
 * disjoint intervals, and a candidate that overlaps one jumps straight past it, so a pick
 * costs O((pools + in-use) · log in-use) even for 10.0.0.0/8 in /24s.
 */
import * as E from 'fp-ts/lib/Either.js';
import { compareCidrs, cidrOverlaps, formatCidr, lastAddress, networkAddress, parsePrefix } from './cidr.js';
import { bitLength, type IpFamily } from './ip-address.js';
import { ERR_INVALID_POOL, ERR_NO_MORE_SUBNETS, errNoPredefinedPool } from './ipam-errors.js';
import { parsePool, subnetAt, type ParsedPool, type PoolToSplit } from './predefined-pools.js';

/** Which engine rule picks the subnet. */
export type SubnetPickMode = 'lowest-free' | 'round-robin';

/** The chosen subnet and the cursor to keep for the next round-robin pick. */
export interface SubnetPick {
  readonly subnet: string;
  readonly nextCursor: number;
}

/** Optional parameters of {@link pickPredefinedSubnet}. */
export interface SubnetPickOptions {
  /** The family wanted (default 4); pools of the other family are skipped. */
  readonly family?: IpFamily;
  /**
   * v29 size request (`--subnet 0.0.0.0/24`): split every pool that can hold it at this
   * length instead of the pool's own size; pools that cannot are skipped.
   */
  readonly prefixSize?: number;
}

interface Interval {
  readonly start: bigint;
  readonly end: bigint;
}

/** In-use prefixes of `family` as sorted, merged, inclusive intervals. */
const busyIntervals = (inUse: readonly string[], family: IpFamily): Interval[] => {
  const raw: Interval[] = [];
  for (const text of inUse) {
    const c = parsePrefix(text);
    if (E.isRight(c) && c.right.family === family) raw.push({ start: networkAddress(c.right), end: lastAddress(c.right) });
  }
  raw.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: Interval[] = [];
  for (const iv of raw) {
    const last = merged[merged.length - 1];
    if (last !== undefined && iv.start <= last.end + 1n) {
      if (iv.end > last.end) merged[merged.length - 1] = { start: last.start, end: iv.end };
    } else {
      merged.push(iv);
    }
  }
  return merged;
};

/** First interval whose end is ≥ `address`, or undefined. */
const firstEndingAtOrAfter = (busy: readonly Interval[], address: bigint): Interval | undefined => {
  let lo = 0;
  let hi = busy.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((busy[mid] as Interval).end < address) lo = mid + 1;
    else hi = mid;
  }
  return busy[lo];
};

/** Lowest index in `[from, to]` of `pool` whose subnet overlaps no busy interval. */
const firstFreeIndex = (pool: ParsedPool, busy: readonly Interval[], from: bigint, to: bigint): bigint | undefined => {
  const step = 1n << BigInt(bitLength(pool.base.family) - pool.size);
  const base = networkAddress(pool.base);
  let i = from;
  while (i <= to) {
    const start = base + i * step;
    const blocker = firstEndingAtOrAfter(busy, start);
    if (blocker === undefined || blocker.start > start + step - 1n) return i;
    // Skip every subnet that overlaps the blocking interval.
    i = (blocker.end + 1n - base + step - 1n) / step;
  }
  return undefined;
};

const resize = (pools: readonly ParsedPool[], prefixSize: number): ParsedPool[] =>
  pools
    .filter((p) => p.base.prefixLength <= prefixSize && prefixSize <= bitLength(p.base.family))
    .map((p) => ({ base: p.base, size: prefixSize, count: 1n << BigInt(prefixSize - p.base.prefixLength) }));

/** v27 `newAddrSpace`: sort by base, drop a pool that overlaps the last one kept. */
const sortAndDedupe = (pools: readonly ParsedPool[]): ParsedPool[] => {
  const sorted = [...pools].sort((a, b) => compareCidrs(a.base, b.base));
  const kept: ParsedPool[] = [];
  for (const p of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || !cidrOverlaps(last.base, p.base)) kept.push(p);
  }
  return kept;
};

const pickLowestFree = (
  pools: readonly ParsedPool[],
  busy: readonly Interval[],
  cursor: number,
  options: SubnetPickOptions,
): E.Either<string, SubnetPick> => {
  let candidates = sortAndDedupe(pools);
  if (options.prefixSize !== undefined) {
    candidates = resize(candidates, options.prefixSize);
    if (candidates.length === 0) return E.left(ERR_INVALID_POOL);
  }
  for (const pool of candidates) {
    const index = firstFreeIndex(pool, busy, 0n, pool.count - 1n);
    if (index !== undefined) return E.right({ subnet: formatCidr(subnetAt(pool, index)), nextCursor: cursor });
  }
  return E.left(ERR_NO_MORE_SUBNETS);
};

const pickRoundRobin = (
  pools: readonly ParsedPool[],
  family: IpFamily,
  busy: readonly Interval[],
  cursor: number,
): E.Either<string, SubnetPick> => {
  const total = pools.reduce((sum, p) => sum + p.count, 0n);
  const start = BigInt(cursor) >= total || cursor < 0 ? 0n : BigInt(cursor);
  // Absolute indices [from, to] of the flattened list, mapped onto the pools they cover.
  const scan = (from: bigint, to: bigint): bigint | undefined => {
    let offset = 0n;
    for (const pool of pools) {
      const first = offset;
      const last = offset + pool.count - 1n;
      offset += pool.count;
      if (pool.base.family !== family || last < from || first > to) continue;
      const lo = from > first ? from - first : 0n;
      const hi = (to < last ? to : last) - first;
      const index = firstFreeIndex(pool, busy, lo, hi);
      if (index !== undefined) return first + index;
    }
    return undefined;
  };
  const found = scan(start, total - 1n) ?? (start > 0n ? scan(0n, start - 1n) : undefined);
  if (found === undefined) return E.left(errNoPredefinedPool(family));
  const position = (found - start + total) % total;
  const next = start + position + 1n;
  let pool: ParsedPool | undefined;
  let offset = 0n;
  for (const p of pools) {
    if (found < offset + p.count) {
      pool = p;
      break;
    }
    offset += p.count;
  }
  const subnet = formatCidr(subnetAt(pool as ParsedPool, found - offset));
  return E.right({ subnet, nextCursor: next >= total ? 0 : Number(next) });
};

/**
 * Picks the subnet for a new network from the predefined pools, avoiding every prefix in
 * `inUse` (other networks' subnets, plus host routes and nameservers the caller wants
 * excluded). `cursor` is the round-robin start index (ignored, and returned unchanged,
 * for `'lowest-free'`).
 *
 * Exhaustion: `all predefined address pools have been fully subnetted` (lowest-free) or
 * `could not find an available, non-overlapping IPv4 address pool among the defaults to
 * assign to the network` (round-robin; `IPv6` for family 6).
 *
 * @example
 * pickPredefinedSubnet('lowest-free', LOCAL_SCOPE_DEFAULT_POOLS, ['172.17.0.0/16'], 0)
 * // right({ subnet: '172.18.0.0/16', nextCursor: 0 })
 */
export const pickPredefinedSubnet = (
  mode: SubnetPickMode,
  candidates: readonly PoolToSplit[],
  inUse: readonly string[],
  cursor: number,
  options: SubnetPickOptions = {},
): E.Either<string, SubnetPick> => {
  const family = options.family ?? 4;
  const busy = busyIntervals(inUse, family);
  const parsed = candidates.map(parsePool).filter((p): p is ParsedPool => p !== undefined);
  if (mode === 'round-robin') return pickRoundRobin(parsed, family, busy, cursor);
  return pickLowestFree(
    parsed.filter((p) => p.base.family === family),
    busy,
    cursor,
    options,
  );
};
