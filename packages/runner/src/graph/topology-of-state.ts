/**
 * The topology of an engine state: hosts with their interfaces, bridges and other
 * networks, containers with their interfaces and addresses, veth pairs, published ports,
 * shared network namespaces and overlay links. Pure; reads the state, copies what it shows.
 */
import type { ClusterState, ContainerState, EngineState, HostState, NetworkState, PublishedPort } from '@docknet/core';
import type { Topology, TopologyEdge, TopologyNode } from './topology.js';

/** Stable node ids, built from names and Docker ids so they survive every step. */
export const nodeId = {
  host: (host: string): string => `host:${host}`,
  nic: (host: string, nic: string): string => `nic:${host}/${nic}`,
  network: (host: string, networkId: string): string => `net:${host}/${networkId}`,
  /** A swarm network is one node for the whole swarm, outside every host. */
  swarmNetwork: (networkId: string): string => `net:swarm/${networkId}`,
  container: (host: string, containerId: string): string => `ctr:${host}/${containerId}`,
  iface: (host: string, containerId: string, networkId: string): string => `if:${host}/${containerId}/${networkId}`,
  veth: (host: string, name: string): string => `veth:${host}/${name}`,
  port: (host: string, containerId: string, proto: string, hostPort: number): string =>
    `port:${host}/${containerId}/${proto}/${hostPort}`,
};

const edgeId = (kind: string, from: string, to: string): string => `${kind}:${from}->${to}`;

/** `0.0.0.0:8080`, `[::]:8080`: how `docker port` writes a binding. */
const bindingText = (p: PublishedPort): string => `${p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp}:${p.hostPort}`;

const subnetLines = (network: NetworkState): string[] =>
  (network.ipam.config ?? []).map((c) =>
    [c.subnet, c.ipRange === undefined ? '' : `range ${c.ipRange}`, c.gateway === undefined ? '' : `gw ${c.gateway}`]
      .filter((s) => s !== '')
      .join(' '),
  );

/** Where a host's endpoints on `network` connect: the shared swarm node, or the host's own. */
const networkNodeId = (host: HostState, network: NetworkState): string =>
  network.scope === 'swarm' ? nodeId.swarmNetwork(network.id) : nodeId.network(host.name, network.id);

const networkNode = (host: HostState, network: NetworkState): TopologyNode => {
  const flags = [network.internal ? 'internal' : '', network.driver === 'bridge' ? '' : `driver ${network.driver}`].filter((s) => s !== '');
  return network.bridge === undefined
    ? { id: nodeId.network(host.name, network.id), kind: 'network', parent: nodeId.host(host.name), label: [`network ${network.name}`, ...flags, ...subnetLines(network)] }
    : {
        id: nodeId.network(host.name, network.id),
        kind: 'bridge',
        parent: nodeId.host(host.name),
        label: [network.bridge.name, `network ${network.name}`, ...flags, ...subnetLines(network)],
      };
};

const statusText = (c: ContainerState): string =>
  c.status === 'exited' ? `exited (${c.exitCode})` : c.status;

/** What joining a network without an interface of its own means. */
const attachLabel = (network: NetworkState): string | undefined =>
  network.driver === 'host' ? "host's netns" : network.driver === 'null' ? 'loopback only' : undefined;

const containerParts = (host: HostState, c: ContainerState, nodes: TopologyNode[], edges: TopologyEdge[]): void => {
  const ctr = nodeId.container(host.name, c.id);
  const active = c.status === 'running' || c.status === 'paused' || c.status === 'restarting';
  nodes.push({
    id: ctr,
    kind: 'container',
    parent: nodeId.host(host.name),
    label: [c.name, `${c.image} · ${statusText(c)}`],
    ...(active ? {} : { inactive: true }),
  });
  for (const [networkId, attachment] of c.attachments) {
    const endpoint = attachment.endpoint;
    const network = host.networks.get(networkId);
    if (endpoint === undefined || network === undefined) continue;
    const net = networkNodeId(host, network);
    if (endpoint.ifName === undefined) {
      const label = attachLabel(network);
      edges.push({ id: edgeId('attach', ctr, net), kind: 'attach', from: ctr, to: net, ...(label === undefined ? {} : { label }) });
      continue;
    }
    const iface = nodeId.iface(host.name, c.id, networkId);
    const addresses = [
      endpoint.ipv4 === undefined ? '' : `${endpoint.ipv4}/${endpoint.ipv4PrefixLen}`,
      endpoint.ipv6 === undefined ? '' : `${endpoint.ipv6}/${endpoint.ipv6PrefixLen}`,
    ].filter((s) => s !== '');
    nodes.push({
      id: iface,
      kind: 'iface',
      parent: ctr,
      label: [endpoint.veth === undefined ? endpoint.ifName : `${endpoint.ifName}@if${endpoint.veth.ifIndex}`, ...addresses],
    });
    if (endpoint.veth === undefined) {
      edges.push({ id: edgeId('veth', iface, net), kind: 'veth', from: iface, to: net });
      continue;
    }
    // The pair: eth0@if<host end's index> in the container, veth…@if<eth0's index> on the host.
    const veth = nodeId.veth(host.name, endpoint.veth.name);
    nodes.push({ id: veth, kind: 'veth', parent: nodeId.host(host.name), label: [`${endpoint.veth.name}@if${endpoint.ifIndex ?? 0}`] });
    edges.push({ id: edgeId('veth', iface, veth), kind: 'veth', from: iface, to: veth });
    edges.push({ id: edgeId('master', veth, net), kind: 'master', from: veth, to: net });
  }
  if (c.networkMode.startsWith('container:')) {
    const target = c.networkMode.slice('container:'.length);
    if (host.containers.has(target)) {
      const to = nodeId.container(host.name, target);
      edges.push({ id: edgeId('netns', ctr, to), kind: 'netns', from: ctr, to, label: 'shares netns' });
    }
  }
};

/** One node per (container, proto, host port): Docker binds 0.0.0.0 and [::] together. */
const portParts = (host: HostState, c: ContainerState, nodes: TopologyNode[], edges: TopologyEdge[]): void => {
  const groups = new Map<string, PublishedPort[]>();
  for (const p of c.published) {
    const key = `${p.proto}/${p.hostPort}/${p.containerPort}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const ctr = nodeId.container(host.name, c.id);
  for (const ports of groups.values()) {
    const [first] = ports;
    if (first === undefined) continue;
    const id = nodeId.port(host.name, c.id, first.proto, first.hostPort);
    if (nodes.some((n) => n.id === id)) continue;
    nodes.push({ id, kind: 'port', parent: nodeId.host(host.name), label: [`port ${first.hostPort}/${first.proto}`, ...ports.map(bindingText)] });
    edges.push({ id: edgeId('publish', id, ctr), kind: 'publish', from: id, to: ctr, label: `→ ${first.containerPort}/${first.proto}` });
  }
};

/** `swarm manager` / `swarm worker` under a node's name. */
const roleLines = (state: EngineState, host: HostState): string[] => {
  const node = host.swarm === undefined ? undefined : state.swarms.get(host.swarm.clusterId)?.nodes.get(host.swarm.nodeId);
  return node === undefined ? [] : [`swarm ${node.role}`];
};

const hostParts = (state: EngineState, host: HostState, nodes: TopologyNode[], edges: TopologyEdge[]): void => {
  const hostNode = nodeId.host(host.name);
  nodes.push({ id: hostNode, kind: 'host', label: [host.name, ...roleLines(state, host)] });
  for (const nic of host.interfaces) {
    nodes.push({ id: nodeId.nic(host.name, nic.name), kind: 'nic', parent: hostNode, label: [nic.name, nic.ipv4 ?? 'no IPv4 address'] });
  }
  // Masquerading leaves through the default route. docknet models no routes: take the
  // first interface that has an address (a NIC without one cannot carry the route).
  const uplink = host.interfaces.find((i) => i.ipv4 !== undefined) ?? host.interfaces[0];
  for (const network of host.networks.values()) {
    if (network.scope === 'swarm') continue; // drawn once for the swarm (swarmNetworkParts)
    nodes.push(networkNode(host, network));
    if (network.bridge !== undefined && !network.internal && network.enableIPv4 && uplink !== undefined) {
      const from = nodeId.network(host.name, network.id);
      const to = nodeId.nic(host.name, uplink.name);
      edges.push({ id: edgeId('nat', from, to), kind: 'nat', from, to, label: 'NAT' });
    }
  }
  for (const c of host.containers.values()) containerParts(host, c, nodes, edges);
  for (const c of host.containers.values()) portParts(host, c, nodes, edges);
};

/** Each swarm network once (keyed by id across hosts), as the first host that sees it has it. */
const swarmNetworks = (state: EngineState): NetworkState[] => {
  const byId = new Map<string, NetworkState>();
  for (const host of state.hosts.values()) {
    for (const network of host.networks.values()) if (network.scope === 'swarm' && !byId.has(network.id)) byId.set(network.id, network);
  }
  return [...byId.values()];
};

const swarmNetworkNode = (network: NetworkState): TopologyNode => {
  const vni = network.options['com.docker.network.driver.overlay.vxlanid_list'];
  const flags = [network.ingress ? 'ingress' : '', network.internal ? 'internal' : '', network.attachable ? 'attachable' : ''].filter((s) => s !== '');
  return {
    id: nodeId.swarmNetwork(network.id),
    kind: 'network',
    label: [`network ${network.name}`, [`driver ${network.driver}`, 'scope swarm', ...flags].join(' · '), ...subnetLines(network), ...(vni === undefined ? [] : [`VXLAN ${vni}`])],
  };
};

/** The NIC a node advertises (its VXLAN tunnel end), or the host itself when none matches. */
const tunnelEnd = (host: HostState, cluster: ClusterState | undefined): string => {
  const node = host.swarm === undefined ? undefined : cluster?.nodes.get(host.swarm.nodeId);
  const nic = node === undefined ? undefined : host.interfaces.find((i) => i.ipv4 !== undefined && i.ipv4.split('/')[0] === node.addr);
  return nic === undefined ? nodeId.host(host.name) : nodeId.nic(host.name, nic.name);
};

/**
 * The swarm networks, each one node outside the hosts, with a VXLAN link to every node
 * that has a local endpoint on it (its gossip peers).
 */
const swarmNetworkParts = (state: EngineState, nodes: TopologyNode[], edges: TopologyEdge[]): void => {
  for (const network of swarmNetworks(state)) {
    const net = nodeId.swarmNetwork(network.id);
    nodes.push(swarmNetworkNode(network));
    for (const host of state.hosts.values()) {
      if ((host.networks.get(network.id)?.endpoints.size ?? 0) === 0) continue;
      const cluster = host.swarm === undefined ? undefined : state.swarms.get(host.swarm.clusterId);
      const to = tunnelEnd(host, cluster);
      edges.push({ id: edgeId('overlay', net, to), kind: 'overlay', from: net, to, label: 'VXLAN' });
    }
  }
};

/**
 * The topology of `state`, nodes in the state's own (insertion) order.
 *
 * @example
 * topologyOf(outcome.state).nodes.filter((n) => n.kind === 'container').map((n) => n.label[0])
 * // ['web', 'db']
 */
export const topologyOf = (state: EngineState): Topology => {
  const nodes: TopologyNode[] = [];
  const edges: TopologyEdge[] = [];
  for (const host of state.hosts.values()) hostParts(state, host, nodes, edges);
  swarmNetworkParts(state, nodes, edges);
  return { nodes, edges };
};
