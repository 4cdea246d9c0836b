/**
 * Subnets of swarm-scope networks: the cluster's default address pools (10.0.0.0/8 in /24s
 * unless `swarm init --default-addr-pool` says otherwise), picked by the engine's rule
 * (§2.2) against the other swarm networks only — swarm scope skips the host-route check.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { ClusterState, EngineProfile, SwarmCluster } from '@docknet/core';
import { pickPredefinedSubnet, swarmAddressPools } from '../../ipam/index.js';

/** Subnets of the cluster's networks (its global address space). */
export const swarmSubnets = (cluster: ClusterState): string[] =>
  [...cluster.networks.values()].flatMap((n) => (n.record.ipam.config ?? []).map((c) => c.subnet));

/** The next subnet for a swarm network, and the round-robin cursor after it. */
export const pickSwarmSubnet = (
  profile: EngineProfile,
  cluster: Pick<SwarmCluster, 'defaultAddrPool' | 'subnetSize'>,
  inUse: readonly string[],
  cursor: number,
): E.Either<string, { subnet: string; cursor: number }> => {
  const pools = swarmAddressPools(cluster.defaultAddrPool, cluster.subnetSize);
  if (E.isLeft(pools)) return pools;
  const picked = pickPredefinedSubnet(profile.subnetPick, pools.right, inUse, cursor);
  return E.map((p: { subnet: string; nextCursor: number }) => ({ subnet: p.subnet, cursor: p.nextCursor }))(picked);
};
