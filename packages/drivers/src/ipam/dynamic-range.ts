/**
 * The offsets dynamic allocation draws from: the `--ip-range` sub-pool if there is one,
 * else the whole subnet (§1.3).
 *
 * The range is located by its host part under the subnet mask, as libnetwork's
 * `getAddressRange` does, so a range larger than its subnet means "the whole subnet"
 * (v24+ also maps that case to the subnet). Validation (CLI and daemon v25+) refuses
 * ranges outside the subnet before they get here.
 */
import { cidrSize, lastAddress, networkAddress, type Cidr } from './cidr.js';

/** Inclusive offsets `[lo, hi]` relative to the subnet's network address. */
export interface OffsetRange {
  readonly lo: bigint;
  readonly hi: bigint;
}

/** The dynamic range of `subnet` given an optional ip-range. */
export const dynamicRange = (subnet: Cidr, ipRange: Cidr | undefined): OffsetRange => {
  const size = cidrSize(subnet);
  if (ipRange === undefined || ipRange.prefixLength <= subnet.prefixLength) return { lo: 0n, hi: size - 1n };
  const hostMask = size - 1n;
  return { lo: networkAddress(ipRange) & hostMask, hi: lastAddress(ipRange) & hostMask };
};
