/**
 * What happens to a TCP connection from a viewer to `ip:port` (curl, wget): published
 * ports first (DNAT and docker-proxy on the host's addresses, docker-facts.md §6), then
 * the packet path of {@link pathVerdict}, then whether anything listens in the namespace
 * that owns the address. Given the engine state, a swarm service's ingress ports answer on
 * every address of every node of its cluster (the routing mesh: DNAT to the ingress
 * sandbox, IPVS to a task), overlay peers and service VIPs answer from any node, and
 * another host of the scenario answers on its NIC addresses as its own port table says.
 */
import type { ContainerState, EngineState, HostState, PublishedPort } from '@docknet/core';
import { findContainerAddress, ipv4Subnet, isHostAddress, isLoopback } from './addresses.js';
import { contains } from '../ipam/cidr.js';
import { peerHostAt } from './lan.js';
import { clusterOf, isOverlay, overlayEndpointAt, serviceAtVip } from './overlay.js';
import { hostModeContainers, namespaceMembers, namespaceOf, sandboxOwner, type NetworkNamespace } from './network-namespace.js';
import { pathVerdict } from './path-verdict.js';
import type { Viewer } from './viewer.js';

/** TCP ports a running container's main process listens on (from the image catalogue). */
export type ListeningPorts = (container: ContainerState) => readonly number[];

export type TcpVerdict =
  /** Connected to a process in `server` (a container), or to the simulated outside. */
  | { readonly kind: 'connected'; readonly server: ContainerState | 'outside'; readonly port: number }
  /** Accepted by docker-proxy, which then found nothing listening: the peer resets. */
  | { readonly kind: 'reset' }
  /** The server is frozen (`docker pause`): the handshake completes, no answer follows. */
  | { readonly kind: 'stalled' }
  | { readonly kind: 'refused' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'network-unreachable' }
  | { readonly kind: 'host-unreachable' };

/** Ports the outside world serves (HTTP and HTTPS). */
export const OUTSIDE_PORTS: readonly number[] = [80, 443];

const listenerIn = (members: readonly ContainerState[], port: number, listens: ListeningPorts): ContainerState | undefined =>
  members.find((c) => listens(c).includes(port));

const serve = (server: ContainerState | undefined, port: number): TcpVerdict => {
  if (server === undefined) return { kind: 'refused' };
  if (server.status === 'paused') return { kind: 'stalled' };
  return { kind: 'connected', server, port };
};

const bindingMatches = (binding: PublishedPort, ip: string, port: number, fromHost: boolean): boolean => {
  if (binding.proto !== 'tcp' || binding.hostPort !== port) return false;
  if (binding.hostIp === '0.0.0.0' || binding.hostIp === '::' || binding.hostIp === '') return true;
  if (binding.hostIp === ip) return true;
  // 127.0.0.1 bindings are reachable only from the host itself.
  return fromHost && isLoopback(binding.hostIp) && isLoopback(ip);
};

/** The container publishing `port` on the host address `ip`, and its container port. */
const publishedTarget = (
  host: HostState,
  ip: string,
  port: number,
  fromHost: boolean,
): { readonly container: ContainerState; readonly containerPort: number } | undefined => {
  for (const container of host.containers.values()) {
    const binding = container.published.find((b) => bindingMatches(b, ip, port, fromHost));
    if (binding !== undefined) return { container, containerPort: binding.containerPort };
  }
  return undefined;
};

const connectToNamespaceOf = (host: HostState, container: ContainerState, port: number, listens: ListeningPorts): TcpVerdict => {
  const owner = sandboxOwner(host, container) ?? container;
  return serve(listenerIn(namespaceMembers(host, owner), port, listens), port);
};

const isLive = (c: ContainerState): boolean => c.status === 'running' || c.status === 'paused';

/**
 * A connection IPVS balances over the tasks of `service` (by name) to `port`: the first
 * live task in the service's task order answers (round-robin's first pick, kept
 * deterministic). No live task: IPVS answers ICMP port-unreachable, a refusal.
 */
const toService = (state: EngineState | undefined, host: HostState, service: string, port: number, listens: ListeningPorts): TcpVerdict => {
  const cluster = clusterOf(state, host);
  const id = cluster?.serviceIdsByName.get(service);
  const record = id === undefined ? undefined : cluster?.services.get(id);
  for (const task of record?.tasks.values() ?? []) {
    const taskHost = state?.hosts.get(task.hostName);
    const container = taskHost?.containers.get(task.containerId);
    if (taskHost !== undefined && container !== undefined && isLive(container)) return connectToNamespaceOf(taskHost, container, port, listens);
  }
  return { kind: 'refused' };
};

/** The service publishing `port` through the routing mesh of `host`'s cluster, with its target port. */
const meshService = (state: EngineState | undefined, host: HostState, port: number): { readonly name: string; readonly targetPort: number } | undefined => {
  for (const service of clusterOf(state, host)?.services.values() ?? []) {
    const p = service.ports.find((x) => x.publishMode === 'ingress' && x.protocol === 'tcp' && x.publishedPort === port);
    if (p !== undefined) return { name: service.name, targetPort: p.targetPort };
  }
  return undefined;
};

/**
 * A connection to one of `host`'s own addresses on `port`: a container's published port
 * (docker-proxy), then a service's ingress port (routing mesh); undefined when neither.
 */
const toPublished = (host: HostState, ip: string, port: number, fromHost: boolean, listens: ListeningPorts, state: EngineState | undefined): TcpVerdict | undefined => {
  const published = publishedTarget(host, ip, port, fromHost);
  if (published !== undefined) {
    const verdict = connectToNamespaceOf(host, published.container, published.containerPort, listens);
    // docker-proxy accepted the connection; an empty backend shows as a reset.
    return verdict.kind === 'refused' ? { kind: 'reset' } : verdict;
  }
  const mesh = meshService(state, host, port);
  return mesh === undefined ? undefined : toService(state, host, mesh.name, mesh.targetPort, listens);
};

/** A connection from elsewhere on the LAN to another host's NIC address. */
const toPeerHost = (peer: HostState, ip: string, port: number, listens: ListeningPorts, state: EngineState | undefined): TcpVerdict =>
  toPublished(peer, ip, port, false, listens, state) ?? serve(listenerIn(hostModeContainers(peer), port, listens), port);

/** A connection to an address on an overlay the sandbox is on: a peer on any node, or a service VIP. */
const toOverlay = (host: HostState, ns: NetworkNamespace, ip: string, port: number, listens: ListeningPorts, state: EngineState | undefined): TcpVerdict | undefined => {
  if (ns.kind !== 'sandbox') return undefined;
  for (const endpoint of ns.endpoints) {
    const network = host.networks.get(endpoint.networkId);
    const v4 = network === undefined ? undefined : ipv4Subnet(network);
    if (network === undefined || v4 === undefined || !isOverlay(network) || !contains(v4.subnet, ip)) continue;
    const service = serviceAtVip(network, ip);
    if (service !== undefined) return toService(state, host, service, port, listens);
    const peer = overlayEndpointAt(network, ip);
    const peerHost = peer === undefined ? undefined : peer.host === host.name ? host : state?.hosts.get(peer.host);
    const container = peer === undefined ? undefined : peerHost?.containers.get(peer.endpoint.containerId);
    if (peerHost === undefined || container === undefined) return { kind: 'refused' };
    return connectToNamespaceOf(peerHost, container, port, listens);
  }
  return undefined;
};

/** A connection to one of the viewer's own host's addresses (or loopback in the host namespace). */
const toOwnHost = (host: HostState, viewer: Viewer, ip: string, port: number, listens: ListeningPorts, state: EngineState | undefined): TcpVerdict => {
  const fromHost = namespaceOf(host, viewer).kind === 'host';
  const published = toPublished(host, ip, port, fromHost, listens, state);
  if (published !== undefined) return published;
  // Nothing published there: a host-network container may listen on it.
  const path = pathVerdict(host, viewer, ip, state);
  if (path.kind !== 'reply') return path.kind === 'filtered' ? { kind: 'timeout' } : path;
  return serve(listenerIn(hostModeContainers(host), port, listens), port);
};

/**
 * What a TCP connection from `viewer` to `ip:port` meets. `state` (the whole engine) adds
 * the routing mesh, overlay peers on other nodes and the other hosts of the scenario.
 */
export const tcpVerdict = (
  host: HostState,
  viewer: Viewer,
  ip: string,
  port: number,
  listens: ListeningPorts,
  state?: EngineState,
): TcpVerdict => {
  const ns = namespaceOf(host, viewer);
  if (ns.kind === 'down') return { kind: 'network-unreachable' };
  if (isHostAddress(host, ip) || (ns.kind === 'host' && isLoopback(ip))) return toOwnHost(host, viewer, ip, port, listens, state);
  if (ns.kind !== 'host' && isLoopback(ip)) return serve(listenerIn(namespaceMembers(host, ns.owner), port, listens), port);
  const path = pathVerdict(host, viewer, ip, state);
  if (path.kind === 'filtered') return { kind: 'timeout' };
  if (path.kind !== 'reply') return path;
  if (path.outside) return OUTSIDE_PORTS.includes(port) ? { kind: 'connected', server: 'outside', port } : { kind: 'timeout' };
  const peer = peerHostAt(state, host, ip);
  if (peer !== undefined) return toPeerHost(peer, ip, port, listens, state);
  const overlay = toOverlay(host, ns, ip, port, listens, state);
  if (overlay !== undefined) return overlay;
  const target = findContainerAddress(host, ip);
  if (target === undefined) return { kind: 'refused' };
  return connectToNamespaceOf(host, target.container, port, listens);
};
