/**
 * An engine state rebuilt from a {@link StateSnapshot}: the same maps in the same order,
 * and the live structures (address pools, host port tables) restored by the driver
 * registry from their own JSON, so that folding more events or deciding more commands
 * behaves exactly as on the state the snapshot was taken from.
 */
import type { Either } from 'fp-ts/lib/Either.js';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import { newContainer } from '../engine/new-container.js';
import type { DriverRegistry } from '../engine/registry.js';
import { profileFor, type EngineProfile } from '../profile/profile.js';
import type { Attachment, ContainerState } from '../state/container.js';
import type { EngineState } from '../state/engine-state.js';
import type { HostState } from '../state/host.js';
import type { NetworkState } from '../state/network.js';
import type { Endpoint } from '../state/records.js';
import type { ClusterState, ServiceState, SwarmEndpoint, SwarmNetwork } from '../state/swarm.js';
import type { ClusterSnapshot, ContainerSnapshot, HostSnapshot, StateSnapshot } from './snapshot-codec.js';

const restoreContainer = (c: ContainerSnapshot): ContainerState => {
  const attachments = new Map<string, Attachment>();
  for (const a of c.attachments) {
    const { endpoint, ...config } = a;
    // Built as evolve builds it (config, then dnsNames, then the endpoint on join): same shape.
    const attachment: Attachment = { ...config, dnsNames: a.dnsNames };
    if (endpoint !== undefined) attachment.endpoint = endpoint;
    attachments.set(a.networkId, attachment);
  }
  const container = newContainer(c, attachments);
  container.status = c.status;
  container.pid = c.pid;
  container.exitCode = c.exitCode;
  container.startedAt = c.startedAt;
  container.finishedAt = c.finishedAt;
  container.restartCount = c.restartCount;
  container.sandbox = c.sandbox;
  container.ifaceCounter = c.ifaceCounter;
  container.published = c.published;
  return container;
};

const restoreCluster = (c: ClusterSnapshot, registry: DriverRegistry, profile: EngineProfile): Either<string, ClusterState> => {
  const networks = new Map<string, SwarmNetwork>();
  for (const n of c.networks) {
    const pools = registry.restorePools(n.network, n.pools, profile);
    if (isLeft(pools)) return left(`swarm ${c.cluster.id}: network ${n.network.name}: ${pools.left}`);
    const endpoints = new Map<string, SwarmEndpoint>();
    for (const ep of n.endpoints) endpoints.set(ep.endpoint.id, ep);
    networks.set(n.network.id, { record: n.network, pools: pools.right, endpoints, vips: new Map(n.vips) });
  }
  const services = new Map<string, ServiceState>();
  for (const s of c.services) services.set(s.service.id, { ...s.service, tasks: new Map(s.tasks.map((t) => [t.id, t])) });
  return right({
    ...c.cluster,
    nodes: new Map(c.nodes.map((n) => [n.id, n])),
    networks,
    networkIdsByName: new Map(c.networkIdsByName),
    services,
    serviceIdsByName: new Map(c.serviceIdsByName),
    poolCursor: c.poolCursor,
  });
};

const restoreHost = (
  h: HostSnapshot,
  registry: DriverRegistry,
  profile: EngineProfile,
  swarms: ReadonlyMap<string, ClusterState>,
): Either<string, HostState> => {
  const ports = registry.restorePortTable(h.ports);
  if (isLeft(ports)) return left(`host ${h.name}: ports: ${ports.left}`);
  const networks = new Map<string, NetworkState>();
  const cluster = h.swarm === undefined ? undefined : swarms.get(h.swarm.clusterId);
  for (const n of h.networks) {
    const endpoints = new Map<string, Endpoint>();
    for (const ep of n.endpoints) endpoints.set(ep.id, ep);
    // A swarm network shares the cluster's pools, as evolve built it.
    const shared = n.network.scope === 'swarm' ? cluster?.networks.get(n.network.id) : undefined;
    if (shared !== undefined) {
      networks.set(n.network.id, { ...n.network, endpoints, pools: shared.pools, swarm: shared });
      continue;
    }
    const pools = registry.restorePools(n.network, n.pools, profile);
    if (isLeft(pools)) return left(`host ${h.name}: network ${n.network.name}: ${pools.left}`);
    networks.set(n.network.id, { ...n.network, endpoints, pools: pools.right });
  }
  const containers = new Map<string, ContainerState>();
  for (const c of h.containers) containers.set(c.id, restoreContainer(c));
  return right({
    name: h.name,
    engineId: h.engineId,
    interfaces: h.interfaces,
    networks,
    networkIdsByName: new Map(h.networkIdsByName),
    containers,
    containerIdsByName: new Map(h.containerIdsByName),
    ports: ports.right,
    nextIfIndex: h.nextIfIndex,
    poolCursor: h.poolCursor,
    swarm: h.swarm,
  });
};

/**
 * Rebuilds the state a snapshot was taken of; Left (naming the host and network) when
 * the registry refuses a pool or port table snapshot.
 *
 * @example
 * restoreState(snapshotOf(state), daemonRegistry) // right(a state equal to `state`)
 */
export const restoreState = (snapshot: StateSnapshot, registry: DriverRegistry): Either<string, EngineState> => {
  const profile = profileFor(snapshot.profile);
  const swarms = new Map<string, ClusterState>();
  for (const c of snapshot.swarms ?? []) {
    const cluster = restoreCluster(c, registry, profile);
    if (isLeft(cluster)) return cluster;
    swarms.set(c.cluster.id, cluster.right);
  }
  const hosts = new Map<string, HostState>();
  for (const h of snapshot.hosts) {
    const host = restoreHost(h, registry, profile, swarms);
    if (isLeft(host)) return host;
    hosts.set(h.name, host.right);
  }
  return right({ profile: snapshot.profile, seed: snapshot.seed, seq: snapshot.seq, at: snapshot.at, hosts, swarms });
};
