/**
 * The daemon's use of IPAM: profile-aware validation, subnet picks and gateways, in the
 * shapes the handlers need. The IPAM module itself knows nothing of profiles.
 */
import * as E from 'fp-ts/lib/Either.js';
import { cliError, daemonError, type CreateNetwork, type DockerError, type EngineProfile } from '@docknet/core';
import {
  contains,
  createPool,
  defaultGateway,
  ipFamily as familyOf,
  LOCAL_SCOPE_DEFAULT_POOLS,
  overlaps,
  pickPredefinedSubnet,
  prefixLength as cidrPrefixLength,
  ulaBasePool,
  validateIpamRequest as validateIpam,
} from '../ipam/index.js';

export { openNetworkPools } from './network-pools.js';

/** One validated IPAM config entry of a network being created. */
export interface IpamEntry {
  readonly family: 4 | 6;
  readonly subnet: string;
  readonly ipRange?: string;
  readonly gateway?: string;
  readonly aux: Readonly<Record<string, string>>;
}

const majorOf = (version: string): number => Number(version.split('.')[0]);

/** CLI then daemon checks of `--subnet/--ip-range/--gateway/--aux-address` (§3.1, §3.2). */
export const validateIpamRequest = (cmd: CreateNetwork, profile: EngineProfile): E.Either<DockerError, IpamEntry[]> => {
  const major = majorOf(profile.engineVersion);
  const result = validateIpam(
    { subnets: cmd.subnets, ipRanges: cmd.ipRanges, gateways: cmd.gateways, auxAddresses: cmd.auxAddresses, ipv6: cmd.ipv6 },
    { cliMajor: major, engineMajor: major },
  );
  if (E.isLeft(result)) {
    return E.left(result.left.source === 'cli' ? cliError(result.left.message) : daemonError(result.left.message));
  }
  const entries = (family: 4 | 6, list: typeof result.right.ipv4): IpamEntry[] =>
    list.map((c) => ({
      family,
      subnet: c.subnet,
      ...(c.ipRange === undefined ? {} : { ipRange: c.ipRange }),
      ...(c.gateway === undefined ? {} : { gateway: c.gateway }),
      aux: c.auxAddresses ?? {},
    }));
  return E.right([...entries(4, result.right.ipv4), ...entries(6, result.right.ipv6)]);
};

/** Local-scope subnet pick by profile, skipping in-use subnets and the host's on-link routes (§2.2). */
export const pickLocalSubnet = (
  profile: EngineProfile,
  family: 4 | 6,
  inUse: readonly string[],
  hostRoutes: readonly string[],
  cursor: number,
): E.Either<string, { subnet: string; cursor: number }> => {
  const routes = hostRoutes.map((r) => r).filter((r) => familyOf(r.split('/')[0] ?? '') === family);
  const picked = pickPredefinedSubnet(profile.subnetPick, LOCAL_SCOPE_DEFAULT_POOLS, [...inUse, ...routes], cursor, { family });
  return E.map((p: { subnet: string; nextCursor: number }) => ({ subnet: p.subnet, cursor: p.nextCursor }))(picked);
};

/** The IPv6 ULA /64 for `--ipv6` without a v6 subnet (v27+); older engines refuse (§2.1). */
export const ulaSubnet = (profile: EngineProfile, engineId: string, inUse: readonly string[]): E.Either<string, string> => {
  if (!profile.ipv6UlaPool) {
    return E.left('could not find an available, non-overlapping IPv6 address pool among the defaults to assign to the network');
  }
  const picked = pickPredefinedSubnet('lowest-free', [ulaBasePool(engineId)], inUse, 0, { family: 6 });
  return E.map((p: { subnet: string }) => p.subnet)(picked);
};

/** The gateway the daemon reserves when none is given: the first dynamic address (§1.2, §1.3). */
export const firstGateway = (entry: Pick<IpamEntry, 'subnet' | 'ipRange'>, profile: EngineProfile): string | undefined => {
  const pool = createPool({
    subnet: entry.subnet,
    reserve: profile.reservedAddresses,
    ...(entry.ipRange === undefined ? {} : { ipRange: entry.ipRange }),
  });
  return E.isRight(pool) ? defaultGateway(pool.right) : undefined;
};

export const subnetOverlaps = (a: string, b: string): boolean => overlaps(a, b);

export const ipFamily = (ip: string): 4 | 6 | undefined => familyOf(ip);

export const ipInAnySubnet = (ip: string, subnets: readonly string[]): boolean => subnets.some((s) => contains(s, ip));

export const prefixLength = (cidr: string): number => cidrPrefixLength(cidr) ?? 0;
