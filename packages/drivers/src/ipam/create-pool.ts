/**
 * Building pools: from a config ({@link createPool}, what `RequestPool` does) or from a
 * snapshot ({@link restorePool}).
 */
import * as E from 'fp-ts/lib/Either.js';
import { decodeRuns, decodeRunValue } from './address-runs.js';
import { cidrSize, masked, parseNetCidr, parsePrefix, type Cidr } from './cidr.js';
import { dynamicRange } from './dynamic-range.js';
import { ERR_INCOMPATIBLE_FAMILIES, ERR_INVALID_POOL, ERR_INVALID_SUBPOOL } from './ipam-errors.js';
import type { IpamPool, IpamPoolConfig, IpamPoolSnapshot } from './ipam-pool.js';
import { Ipv4Pool } from './ipv4-pool.js';
import { Ipv6Pool } from './ipv6-pool.js';
import { reservedOffsets } from './reserved-addresses.js';

/** netip first (daemon v25+); `net.ParseCIDR` also takes a zero-padded length, as ≤v24 did. */
const parseAnyCidr = (text: string): Cidr | undefined => {
  const strict = parsePrefix(text);
  if (E.isRight(strict)) return strict.right;
  const lenient = parseNetCidr(text);
  return E.isRight(lenient) ? lenient.right : undefined;
};

const emptyPool = (config: IpamPoolConfig): E.Either<string, Ipv4Pool | Ipv6Pool> => {
  const parsedSubnet = parseAnyCidr(config.subnet);
  if (parsedSubnet === undefined) return E.left(ERR_INVALID_POOL);
  const subnet = masked(parsedSubnet);
  let ipRange: Cidr | undefined;
  if (config.ipRange !== undefined) {
    const parsedRange = parseAnyCidr(config.ipRange);
    if (parsedRange === undefined) return E.left(ERR_INVALID_SUBPOOL);
    if (parsedRange.family !== subnet.family) return E.left(ERR_INCOMPATIBLE_FAMILIES);
    ipRange = masked(parsedRange);
  }
  const init = {
    subnet,
    ipRange,
    range: dynamicRange(subnet, ipRange),
    reserve: config.reserve,
    order: config.order ?? 'lowest-free',
  };
  return E.right(subnet.family === 4 ? new Ipv4Pool(init) : new Ipv6Pool(init));
};

/**
 * A fresh pool with the profile's reserved addresses taken (§1.2). Errors are Docker's:
 * `invalid address pool`, `invalid address subpool`,
 * `pool and subpool are of incompatible address families`.
 *
 * @example createPool({ subnet: '10.0.0.0/24', ipRange: '10.0.0.128/25', reserve: 'v27' })
 */
export const createPool = (config: IpamPoolConfig): E.Either<string, IpamPool> =>
  E.map((pool: Ipv4Pool | Ipv6Pool): IpamPool => {
    const size = pool instanceof Ipv4Pool ? BigInt(2 ** (32 - pool.prefixLength)) : 1n << BigInt(128 - pool.prefixLength);
    for (const offset of reservedOffsets(pool.family, size, config.reserve)) {
      if (pool instanceof Ipv4Pool) pool.reserveOffset(Number(offset));
      else pool.reserveOffset(offset);
    }
    return pool;
  })(emptyPool(config));

/**
 * Rebuilds a pool from {@link IpamPool.toJSON} output: exactly the same allocated
 * addresses and serial cursor (reserved addresses are taken from the snapshot, not
 * re-applied).
 */
export const restorePool = (snapshot: IpamPoolSnapshot): E.Either<string, IpamPool> => {
  const built = emptyPool({
    subnet: snapshot.subnet,
    reserve: snapshot.reserve,
    order: snapshot.order,
    ...(snapshot.ipRange === undefined ? {} : { ipRange: snapshot.ipRange }),
  });
  if (E.isLeft(built)) return built;
  const pool = built.right;
  const parsed = parseAnyCidr(snapshot.subnet);
  const size = parsed === undefined ? 0n : cidrSize(parsed);
  const runs = decodeRuns(snapshot.allocated, size);
  if (!runs.ok) return E.left(`invalid pool snapshot: ${runs.error}`);
  const cursor = decodeRunValue(snapshot.cursor);
  if (cursor === undefined || cursor > size) return E.left('invalid pool snapshot: bad cursor');
  for (const [start, length] of runs.runs) {
    if (pool instanceof Ipv4Pool) pool.addRun(Number(start), Number(length));
    else pool.addRun(start, length);
  }
  if (pool instanceof Ipv4Pool) pool.setCursor(Number(cursor));
  else pool.setCursor(cursor);
  return E.right(pool);
};

/**
 * The gateway Docker picks when `--gateway` is not given: the first dynamic allocation on
 * the freshly created pool (§1.2, §1.3) — the lowest non-reserved address of the dynamic
 * range. With `--ip-range 172.28.5.0/24` that is `172.28.5.0` itself.
 * Ignores later allocations: it answers for the pool as it was at network creation.
 */
export const defaultGateway = (pool: IpamPool): string | undefined => {
  const fresh = createPool({
    subnet: pool.subnet,
    reserve: pool.reserve,
    order: pool.order,
    ...(pool.ipRange === undefined ? {} : { ipRange: pool.ipRange }),
  });
  return E.isRight(fresh) ? fresh.right.nextDynamic() : undefined;
};
