/**
 * The IPv6 ULA pool a v27+ engine adds to its local pools, so `docker network create
 * --ipv6` works without `--subnet` (§2.1; moby `daemon.go deriveULABaseNetwork`).
 *
 * Derivation (RFC 4193 §3.2.2, loosely, as Docker does it): SHA-256 of the engine's host
 * ID, the first 8 bytes read big-endian, keep the low 40 bits as the Global ID, add it to
 * `fd00::` shifted left by 80 bits. That fills bits 8–47, giving `fdXX:XXXX:XXXX::/48`,
 * split into /64s.
 */
import { createHash } from 'node:crypto';
import * as E from 'fp-ts/lib/Either.js';
import { formatIpAddress, parseIpAddress } from './ip-address.js';
import type { PoolToSplit } from './predefined-pools.js';

const FD00 = 0xfdn << 120n;
const GLOBAL_ID_MASK = (1n << 40n) - 1n;

/**
 * The engine's ULA base pool, stable for a given host ID.
 *
 * @example ulaBasePool('engine-id') // { base: 'fdXX:XXXX:XXXX::/48', size: 64 }
 */
export const ulaBasePool = (engineId: string): PoolToSplit => {
  const digest = createHash('sha256').update(engineId, 'utf8').digest();
  const globalId = digest.readBigUInt64BE(0) & GLOBAL_ID_MASK;
  const base = formatIpAddress({ family: 6, value: FD00 + (globalId << 80n) });
  return { base: `${base}/48`, size: 64 };
};

/**
 * Docker's rule for adding it: append the ULA pool unless the configured pools already
 * contain an IPv6 base (an IPv4-mapped base does not count).
 */
export const withUlaPool = (pools: readonly PoolToSplit[], engineId: string): PoolToSplit[] => {
  const hasIpv6 = pools.some((p) => {
    const slash = p.base.lastIndexOf('/');
    const addr = parseIpAddress(slash < 0 ? p.base : p.base.slice(0, slash));
    return E.isRight(addr) && addr.right.family === 6 && addr.right.value >> 32n !== 0xffffn;
  });
  return hasIpv6 ? [...pools] : [...pools, ulaBasePool(engineId)];
};
