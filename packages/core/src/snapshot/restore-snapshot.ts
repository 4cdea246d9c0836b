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
import type { ContainerSnapshot, HostSnapshot, StateSnapshot } from './snapshot-codec.js';

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

const restoreHost = (
  h: HostSnapshot,
  registry: DriverRegistry,
  profile: EngineProfile,
): Either<string, HostState> => {
  const ports = registry.restorePortTable(h.ports);
  if (isLeft(ports)) return left(`host ${h.name}: ports: ${ports.left}`);
  const networks = new Map<string, NetworkState>();
  for (const n of h.networks) {
    const pools = registry.restorePools(n.network, n.pools, profile);
    if (isLeft(pools)) return left(`host ${h.name}: network ${n.network.name}: ${pools.left}`);
    const endpoints = new Map<string, Endpoint>();
    for (const ep of n.endpoints) endpoints.set(ep.id, ep);
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
  const hosts = new Map<string, HostState>();
  for (const h of snapshot.hosts) {
    const host = restoreHost(h, registry, profile);
    if (isLeft(host)) return host;
    hosts.set(h.name, host.right);
  }
  return right({ profile: snapshot.profile, seed: snapshot.seed, seq: snapshot.seq, at: snapshot.at, hosts });
};
