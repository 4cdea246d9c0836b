/**
 * Which addresses of a subnet are reserved before anything is allocated (§1.2).
 *
 * - `'v27'` (`newPoolData`, v27+): IPv4 larger than /31 reserves the network and the
 *   broadcast address; a /31 or /32 reserves nothing (RFC 3021); IPv6 reserves only the
 *   Subnet-Router anycast address `::0` of the subnet.
 * - `'legacy'` (`insertBitMask`, 20.10): offset 0 is always reserved, for IPv4 and IPv6,
 *   and for IPv4 also the last address — so a /31 has no usable address at all.
 *
 * The gateway is not reserved here: it is the first allocation made on the pool.
 */
import type { IpFamily } from './ip-address.js';

/** The reservation rules of an engine line. */
export type ReserveProfile = 'v27' | 'legacy';

/** The reserved offsets, ascending, for a subnet of `size` addresses. */
export const reservedOffsets = (family: IpFamily, size: bigint, profile: ReserveProfile): bigint[] => {
  if (profile === 'legacy') {
    if (family === 6) return [0n];
    return size > 1n ? [0n, size - 1n] : [0n];
  }
  if (family === 6) return [0n];
  return size > 2n ? [0n, size - 1n] : [];
};
