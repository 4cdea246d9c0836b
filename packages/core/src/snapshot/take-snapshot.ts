/**
 * The engine state as a {@link StateSnapshot}: plain JSON data, every map an array in its
 * insertion order (the order views and later decisions see), pools and port table as
 * their own `toJSON()`.
 */
import type { Attachment, ContainerState } from '../state/container.js';
import type { EngineState } from '../state/engine-state.js';
import type { HostState } from '../state/host.js';
import type { NetworkState } from '../state/network.js';
import type { ClusterState, SwarmNetwork } from '../state/swarm.js';
import type { ClusterSnapshot, ContainerSnapshot, HostSnapshot, NetworkSnapshot, StateSnapshot, SwarmNetworkSnapshot } from './snapshot-codec.js';

const attachmentSnapshot = (a: Attachment): ContainerSnapshot['attachments'][number] => {
  const { endpoint, ...rest } = a;
  return endpoint === undefined ? rest : { ...rest, endpoint };
};

const containerSnapshot = (c: ContainerState): ContainerSnapshot => {
  const { attachments, sandbox, ...rest } = c;
  return {
    ...rest,
    attachments: [...attachments.values()].map(attachmentSnapshot),
    ...(sandbox === undefined ? {} : { sandbox }),
  };
};

const networkSnapshot = (n: NetworkState): NetworkSnapshot => {
  const { endpoints, pools, swarm: _swarm, ...network } = n;
  return { network, endpoints: [...endpoints.values()], pools: pools.toJSON() };
};

const swarmNetworkSnapshot = (n: SwarmNetwork): SwarmNetworkSnapshot => ({
  network: n.record,
  pools: n.pools.toJSON(),
  endpoints: [...n.endpoints.values()],
  vips: [...n.vips],
});

const clusterSnapshot = (c: ClusterState): ClusterSnapshot => {
  const { nodes, networks, networkIdsByName, services, serviceIdsByName, poolCursor, ...cluster } = c;
  return {
    cluster,
    nodes: [...nodes.values()],
    networks: [...networks.values()].map(swarmNetworkSnapshot),
    networkIdsByName: [...networkIdsByName],
    services: [...services.values()].map(({ tasks, ...service }) => ({ service, tasks: [...tasks.values()] })),
    serviceIdsByName: [...serviceIdsByName],
    poolCursor,
  };
};

const hostSnapshot = (h: HostState): HostSnapshot => ({
  name: h.name,
  engineId: h.engineId,
  interfaces: h.interfaces,
  nextIfIndex: h.nextIfIndex,
  poolCursor: h.poolCursor,
  networks: [...h.networks.values()].map(networkSnapshot),
  networkIdsByName: [...h.networkIdsByName],
  containers: [...h.containers.values()].map(containerSnapshot),
  containerIdsByName: [...h.containerIdsByName],
  ports: h.ports.toJSON(),
  ...(h.swarm === undefined ? {} : { swarm: h.swarm }),
});

/**
 * The state as snapshot data. Records are shared with the state, not copied: serialise
 * (`JSON.stringify`) before the state moves on.
 *
 * @example
 * JSON.stringify(snapshotOf(state))
 */
export const snapshotOf = (state: EngineState): StateSnapshot => ({
  profile: state.profile,
  seed: state.seed,
  seq: state.seq,
  at: state.at,
  hosts: [...state.hosts.values()].map(hostSnapshot),
  ...(state.swarms.size === 0 ? {} : { swarms: [...state.swarms.values()].map(clusterSnapshot) }),
});
