/**
 * `evolve`: folds one event into the state. Total (an event that names something
 * missing is ignored rather than thrown on), no decisions, no validation. It updates the
 * state in place — maps keyed by id, O(1) per event — and returns it.
 */
import type { EventEnvelope, EventOf, EventType } from '../events/events.js';
import { profileFor } from '../profile/profile.js';
import type { Attachment, ContainerState } from '../state/container.js';
import type { EngineState } from '../state/engine-state.js';
import type { HostState } from '../state/host.js';
import type { NetworkState } from '../state/network.js';
import type { Endpoint } from '../state/records.js';
import type { ClusterState, SwarmNetwork } from '../state/swarm.js';
import { newContainer } from './new-container.js';
import type { DriverRegistry } from './registry.js';

type Apply<T extends EventType> = (
  state: EngineState,
  host: HostState | undefined,
  data: EventOf<T>['data'],
  at: string,
  hostName: string,
) => void;

type Appliers = { readonly [K in EventType]: Apply<K> };

/** `eth3` → 3: the number after the name's leading non-digits (a regex replace per join showed up in profiles). */
const interfaceNumber = (ifName: string): number => {
  let i = 0;
  while (i < ifName.length) {
    const code = ifName.charCodeAt(i);
    if (code >= 48 && code <= 57) break;
    i++;
  }
  return Number(ifName.slice(i));
};

const containerOn = (host: HostState | undefined, id: string): ContainerState | undefined =>
  host?.containers.get(id);

/** The label swarm puts on a task container naming its service. */
const SERVICE_LABEL = 'com.docker.swarm.service.name';

const clusterOf = (state: EngineState, clusterId: string): ClusterState | undefined => state.swarms.get(clusterId);

const dropEndpoint = (network: NetworkState, endpoint: Endpoint): void => {
  network.endpoints.delete(endpoint.id);
  network.swarm?.endpoints.delete(endpoint.id);
  if (endpoint.ipv4 !== undefined) network.pools.release(endpoint.ipv4);
  if (endpoint.ipv6 !== undefined) network.pools.release(endpoint.ipv6);
};

const releaseEndpoint = (host: HostState, container: ContainerState, networkId: string): void => {
  const attachment = container.attachments.get(networkId);
  const endpoint = attachment?.endpoint;
  if (attachment === undefined || endpoint === undefined) return;
  const network = host.networks.get(networkId);
  if (network !== undefined) dropEndpoint(network, endpoint);
  attachment.endpoint = undefined;
};

/** Joins an endpoint to a network's maps and pools (and, for a swarm network, the cluster's view). */
const addEndpoint = (
  host: HostState,
  network: NetworkState,
  ep: Endpoint,
  kind: { v4: 'dynamic' | 'static'; v6: 'dynamic' | 'static' },
  names: readonly string[],
  service: string | undefined,
): void => {
  network.endpoints.set(ep.id, ep);
  network.swarm?.endpoints.set(ep.id, { endpoint: ep, host: host.name, names, ...(service === undefined ? {} : { service }) });
  if (ep.ipv4 !== undefined) network.pools.allocate(ep.ipv4, kind.v4);
  if (ep.ipv6 !== undefined) network.pools.allocate(ep.ipv6, kind.v6);
  if (ep.veth !== undefined) host.nextIfIndex = Math.max(host.nextIfIndex, ep.veth.ifIndex + 1);
};

const DYNAMIC = { v4: 'dynamic', v6: 'dynamic' } as const;

const appliers = (registry: DriverRegistry): Appliers => ({
  HostBooted: (state, _host, data, _at, hostName) => {
    state.hosts.set(hostName, {
      name: hostName,
      engineId: data.engineId,
      interfaces: data.interfaces,
      networks: new Map(),
      networkIdsByName: new Map(),
      containers: new Map(),
      containerIdsByName: new Map(),
      ports: registry.openPortTable(),
      nextIfIndex: data.nextIfIndex,
      poolCursor: 0,
      swarm: undefined,
    });
  },
  NetworkCreated: (state, host, data) => {
    if (host === undefined) return;
    const record = data.network;
    const shared = record.scope === 'swarm' && host.swarm !== undefined
      ? clusterOf(state, host.swarm.clusterId)?.networks.get(record.id)
      : undefined;
    const network: NetworkState = shared === undefined
      ? { ...record, endpoints: new Map(), pools: registry.openPools(record, profileFor(state.profile)) }
      : { ...record, endpoints: new Map(), pools: shared.pools, swarm: shared };
    host.networks.set(record.id, network);
    host.networkIdsByName.set(record.name, record.id);
    if (record.bridge !== undefined) host.nextIfIndex = Math.max(host.nextIfIndex, record.bridge.ifIndex + 1);
    if (data.poolCursor !== undefined) host.poolCursor = data.poolCursor;
  },
  NetworkRemoved: (_state, host, data) => {
    const network = host?.networks.get(data.networkId);
    if (host === undefined || network === undefined) return;
    host.networks.delete(network.id);
    if (host.networkIdsByName.get(network.name) === network.id) host.networkIdsByName.delete(network.name);
  },
  ContainerCreated: (_state, host, data) => {
    if (host === undefined) return;
    const record = data.container;
    const byNetwork = new Map<string, Attachment>();
    for (const a of record.attachments) byNetwork.set(a.networkId, { ...a, dnsNames: data.dnsNames[a.networkId] ?? [] });
    host.containers.set(record.id, newContainer(record, byNetwork));
    host.containerIdsByName.set(record.name, record.id);
  },
  ContainerStarted: (_state, host, data, at) => {
    const c = containerOn(host, data.containerId);
    if (c === undefined) return;
    c.status = 'running';
    c.pid = data.pid;
    c.exitCode = 0;
    c.startedAt = at;
    c.sandbox = data.sandbox;
    c.ifaceCounter = 0;
  },
  EndpointJoined: (_state, host, data) => {
    const ep = data.endpoint;
    const network = host?.networks.get(ep.networkId);
    if (host === undefined || network === undefined) return;
    const c = containerOn(host, ep.containerId);
    if (c === undefined) {
      // The daemon's own endpoints (a node's ingress sandbox) belong to no container.
      if (ep.label !== undefined) addEndpoint(host, network, ep, DYNAMIC, [], undefined);
      return;
    }
    const attachment = c.attachments.get(ep.networkId);
    if (attachment === undefined) return;
    attachment.endpoint = ep;
    if (ep.ifName !== undefined) c.ifaceCounter = Math.max(c.ifaceCounter, interfaceNumber(ep.ifName) + 1);
    const kind = { v4: attachment.ipv4 === undefined ? 'dynamic' : 'static', v6: attachment.ipv6 === undefined ? 'dynamic' : 'static' } as const;
    addEndpoint(host, network, ep, kind, attachment.dnsNames, c.labels[SERVICE_LABEL]);
  },
  EndpointLeft: (_state, host, data) => {
    if (host === undefined) return;
    const c = containerOn(host, data.containerId);
    if (c !== undefined) {
      releaseEndpoint(host, c, data.networkId);
      return;
    }
    const network = host.networks.get(data.networkId);
    const ep = network?.endpoints.get(data.endpointId);
    if (network !== undefined && ep?.label !== undefined) dropEndpoint(network, ep);
  },
  PortsPublished: (_state, host, data) => {
    const c = containerOn(host, data.containerId);
    if (host === undefined || c === undefined) return;
    for (const p of data.ports) host.ports.bind(p.proto, p.hostIp, p.hostPort, p.ephemeral === true, p.portRange);
    c.published = [...c.published, ...data.ports];
  },
  PortsReleased: (_state, host, data) => {
    const c = containerOn(host, data.containerId);
    if (host === undefined || c === undefined) return;
    for (const p of c.published) host.ports.release(p.proto, p.hostIp, p.hostPort);
    c.published = [];
  },
  ContainerStopped: (_state, host, data, at) => {
    const c = containerOn(host, data.containerId);
    if (host === undefined || c === undefined) return;
    // Stop implies leaving every network; logs written by docknet already carry
    // EndpointLeft events, this keeps evolve total for hand-written logs.
    for (const networkId of c.attachments.keys()) releaseEndpoint(host, c, networkId);
    c.status = 'exited';
    c.exitCode = data.exitCode;
    c.finishedAt = at;
    c.pid = 0;
    c.sandbox = undefined;
  },
  ContainerPaused: (_state, host, data) => {
    const c = containerOn(host, data.containerId);
    if (c !== undefined) c.status = 'paused';
  },
  ContainerUnpaused: (_state, host, data) => {
    const c = containerOn(host, data.containerId);
    if (c !== undefined) c.status = 'running';
  },
  ContainerRemoved: (_state, host, data) => {
    const c = containerOn(host, data.containerId);
    if (host === undefined || c === undefined) return;
    for (const networkId of c.attachments.keys()) releaseEndpoint(host, c, networkId);
    for (const p of c.published) host.ports.release(p.proto, p.hostIp, p.hostPort);
    host.containers.delete(c.id);
    if (host.containerIdsByName.get(c.name) === c.id) host.containerIdsByName.delete(c.name);
  },
  ContainerRenamed: (_state, host, data) => {
    const c = containerOn(host, data.containerId);
    if (host === undefined || c === undefined) return;
    host.containerIdsByName.delete(c.name);
    // In place: a spread copy would be a slow dictionary-mode object (see new-container.ts).
    c.name = data.name;
    host.containerIdsByName.set(data.name, c.id);
  },
  NetworkConnected: (_state, host, data) => {
    const c = containerOn(host, data.containerId);
    if (c === undefined) return;
    c.attachments.set(data.attachment.networkId, { ...data.attachment, dnsNames: data.dnsNames });
  },
  NetworkDisconnected: (_state, host, data) => {
    const c = containerOn(host, data.containerId);
    if (host === undefined || c === undefined) return;
    releaseEndpoint(host, c, data.networkId);
    c.attachments.delete(data.networkId);
  },
  SwarmInitialized: (state, host, data) => {
    const { cluster, node } = data;
    state.swarms.set(cluster.id, {
      ...cluster,
      nodes: new Map([[node.id, { ...node, status: 'ready' as const }]]),
      networks: new Map(),
      networkIdsByName: new Map(),
      services: new Map(),
      serviceIdsByName: new Map(),
      poolCursor: 0,
    });
    if (host !== undefined) host.swarm = { clusterId: cluster.id, nodeId: node.id };
  },
  NodeJoined: (state, host, data) => {
    const cluster = clusterOf(state, data.clusterId);
    if (cluster === undefined) return;
    cluster.nodes.set(data.node.id, { ...data.node, status: 'ready' });
    if (host !== undefined) host.swarm = { clusterId: cluster.id, nodeId: data.node.id };
  },
  NodeLeft: (state, host, data) => {
    const cluster = clusterOf(state, data.clusterId);
    if (host?.swarm?.nodeId === data.nodeId) host.swarm = undefined;
    if (cluster === undefined) return;
    const node = cluster.nodes.get(data.nodeId);
    if (node !== undefined) node.status = 'down';
    // The swarm ends with its last live node; managers keep a node that left as `Down`.
    if (![...cluster.nodes.values()].some((n) => n.status === 'ready')) state.swarms.delete(cluster.id);
  },
  NodeRemoved: (state, _host, data) => {
    clusterOf(state, data.clusterId)?.nodes.delete(data.nodeId);
  },
  SwarmNetworkCreated: (state, _host, data) => {
    const cluster = clusterOf(state, data.clusterId);
    if (cluster === undefined) return;
    const record = data.network;
    const shared: SwarmNetwork = {
      record,
      pools: registry.openPools(record, profileFor(state.profile)),
      endpoints: new Map(),
      vips: new Map(),
    };
    cluster.networks.set(record.id, shared);
    cluster.networkIdsByName.set(record.name, record.id);
    if (data.poolCursor !== undefined) cluster.poolCursor = data.poolCursor;
  },
  SwarmNetworkRemoved: (state, _host, data) => {
    const cluster = clusterOf(state, data.clusterId);
    const network = cluster?.networks.get(data.networkId);
    if (cluster === undefined || network === undefined) return;
    cluster.networks.delete(data.networkId);
    if (cluster.networkIdsByName.get(network.record.name) === data.networkId) cluster.networkIdsByName.delete(network.record.name);
  },
  ServiceCreated: (state, _host, data) => {
    const cluster = clusterOf(state, data.clusterId);
    if (cluster === undefined) return;
    const service = data.service;
    cluster.services.set(service.id, { ...service, tasks: new Map() });
    cluster.serviceIdsByName.set(service.name, service.id);
    for (const v of service.vips) {
      const network = cluster.networks.get(v.networkId);
      if (network === undefined) continue;
      network.pools.allocate(v.vip, 'dynamic');
      network.vips.set(service.name, v.vip);
    }
  },
  ServiceScaled: (state, _host, data) => {
    const service = clusterOf(state, data.clusterId)?.services.get(data.serviceId);
    if (service !== undefined) service.replicas = data.replicas;
  },
  ServiceRemoved: (state, _host, data) => {
    const cluster = clusterOf(state, data.clusterId);
    const service = cluster?.services.get(data.serviceId);
    if (cluster === undefined || service === undefined) return;
    for (const v of service.vips) {
      const network = cluster.networks.get(v.networkId);
      if (network === undefined) continue;
      network.pools.release(v.vip);
      if (network.vips.get(service.name) === v.vip) network.vips.delete(service.name);
    }
    cluster.services.delete(service.id);
    if (cluster.serviceIdsByName.get(service.name) === service.id) cluster.serviceIdsByName.delete(service.name);
  },
  TaskCreated: (state, _host, data) => {
    clusterOf(state, data.clusterId)?.services.get(data.task.serviceId)?.tasks.set(data.task.id, data.task);
  },
  TaskRemoved: (state, _host, data) => {
    clusterOf(state, data.clusterId)?.services.get(data.serviceId)?.tasks.delete(data.taskId);
  },
});

/** Builds `evolve` for a registry. */
export const makeEvolve = (registry: DriverRegistry) => {
  const table = appliers(registry);
  return (state: EngineState, event: EventEnvelope): EngineState => {
    const host = state.hosts.get(event.host);
    // The union is sound: each applier receives exactly its event's data.
    (table[event.type] as Apply<EventType>)(state, host, event.data as never, event.at, event.host);
    state.seq = event.seq;
    state.at = event.at;
    return state;
  };
};
