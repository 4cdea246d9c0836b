/**
 * The address pools Docker carves network subnets from when `--subnet` is not given
 * (§2.1, §2.3, §10): the local defaults, the swarm (global) default, `default-address-pools`
 * from daemon.json and `docker swarm init --default-addr-pool`.
 *
 * A pool is a base prefix split into subnets of one size (Docker's `NetworkToSplit`).
 * Pools are kept in that form — never expanded — because `10.0.0.0/8` in /24s is 65,536
 * subnets and a ULA /48 in /64s is as many again.
 */
import * as E from 'fp-ts/lib/Either.js';
import { formatCidr, masked, networkAddress, parsePrefix, type Cidr } from './cidr.js';
import { bitLength } from './ip-address.js';

/** A base prefix to be split into subnets of length `size` (`{"base": …, "size": …}`). */
export interface PoolToSplit {
  readonly base: string;
  readonly size: number;
}

/**
 * Docker's local-scope defaults (`ipamutils.localScopeDefaultNetworks`, identical
 * v20.10–v29): 172.17–172.31 as /16s, then 192.168.0.0/16 as /20s.
 */
export const LOCAL_SCOPE_DEFAULT_POOLS: readonly PoolToSplit[] = [
  { base: '172.17.0.0/16', size: 16 },
  { base: '172.18.0.0/16', size: 16 },
  { base: '172.19.0.0/16', size: 16 },
  { base: '172.20.0.0/14', size: 16 },
  { base: '172.24.0.0/14', size: 16 },
  { base: '172.28.0.0/14', size: 16 },
  { base: '192.168.0.0/16', size: 20 },
];

/** The swarm (global-scope) default: 10.0.0.0/8 split into /24s. */
export const GLOBAL_SCOPE_POOL: PoolToSplit = { base: '10.0.0.0/8', size: 24 };

/** A pool parsed: masked base, subnet length, and how many subnets it holds. */
export interface ParsedPool {
  readonly base: Cidr;
  readonly size: number;
  readonly count: bigint;
}

/** Parses one pool; `undefined` if the base does not parse or `size` does not fit it. */
export const parsePool = (pool: PoolToSplit): ParsedPool | undefined => {
  const base = parsePrefix(pool.base);
  if (E.isLeft(base)) return undefined;
  const width = bitLength(base.right.family);
  if (!Number.isInteger(pool.size) || pool.size < base.right.prefixLength || pool.size > width) return undefined;
  return { base: masked(base.right), size: pool.size, count: 1n << BigInt(pool.size - base.right.prefixLength) };
};

/** The `index`-th subnet of a parsed pool. */
export const subnetAt = (pool: ParsedPool, index: bigint): Cidr => ({
  family: pool.base.family,
  address: networkAddress(pool.base) + index * (1n << BigInt(bitLength(pool.base.family) - pool.size)),
  prefixLength: pool.size,
});

/**
 * All subnets of the pools, in order, lazily.
 *
 * @example [...subnetsOf([{ base: '10.0.0.0/23', size: 24 }])] // ['10.0.0.0/24', '10.0.1.0/24']
 */
export function* subnetsOf(pools: readonly PoolToSplit[]): Generator<string> {
  for (const pool of pools) {
    const parsed = parsePool(pool);
    if (parsed === undefined) continue;
    for (let i = 0n; i < parsed.count; i++) yield formatCidr(subnetAt(parsed, i));
  }
}

/** The 31 local predefined subnets, in Docker's order: 15 × /16 then 16 × /20. */
export const PREDEFINED_LOCAL_POOLS: readonly string[] = [...subnetsOf(LOCAL_SCOPE_DEFAULT_POOLS)];

/**
 * Validates `default-address-pools` entries (daemon.json) the way the v27+ allocator does
 * at start-up: every base must parse and `size` must be between the base's length and the
 * family width. The result replaces the local defaults (§2.3).
 */
export const defaultAddressPools = (entries: readonly PoolToSplit[]): E.Either<string, PoolToSplit[]> => {
  const out: PoolToSplit[] = [];
  for (const [i, entry] of entries.entries()) {
    const base = parsePrefix(entry.base);
    if (E.isLeft(base)) return E.left(`network at index ${i} (${entry.base}) is not in canonical form`);
    if (!Number.isInteger(entry.size) || entry.size === 0 || entry.size > bitLength(base.right.family)) {
      return E.left(`network at index ${i} (${entry.base}) is not in canonical form`);
    }
    if (base.right.prefixLength > entry.size) {
      return E.left(
        `network at index ${i} (${entry.base}) has a smaller prefix (/${base.right.prefixLength}) than the target size of that pool (/${entry.size})`,
      );
    }
    out.push({ base: formatCidr(masked(base.right)), size: entry.size });
  }
  return E.right(out);
};

/**
 * `docker swarm init --default-addr-pool CIDR… --default-addr-pool-mask-length N`:
 * every CIDR split at `maskLength` (default 24). No CIDR means the global default.
 */
export const swarmAddressPools = (cidrs: readonly string[], maskLength = 24): E.Either<string, PoolToSplit[]> =>
  cidrs.length === 0
    ? E.right([GLOBAL_SCOPE_POOL])
    : defaultAddressPools(cidrs.map((base) => ({ base, size: maskLength })));

/** Number of subnets in a pool (0 if it does not parse). */
export const poolSubnetCount = (pool: PoolToSplit): bigint => parsePool(pool)?.count ?? 0n;
