/**
 * What happens to a TCP connection from a viewer to `ip:port` (curl, wget): published
 * ports first (DNAT and docker-proxy on the host's addresses, docker-facts.md §6), then
 * the packet path of {@link pathVerdict}, then whether anything listens in the namespace
 * that owns the address.
 */
import type { ContainerState, HostState, PublishedPort } from '@docknet/core';
import { findContainerAddress, isHostAddress, isLoopback } from './addresses.js';
import { hostModeContainers, namespaceMembers, namespaceOf, sandboxOwner } from './network-namespace.js';
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

export const tcpVerdict = (host: HostState, viewer: Viewer, ip: string, port: number, listens: ListeningPorts): TcpVerdict => {
  const ns = namespaceOf(host, viewer);
  if (ns.kind === 'down') return { kind: 'network-unreachable' };
  const inHostNs = ns.kind === 'host';
  const hostLocal = isHostAddress(host, ip) || (inHostNs && isLoopback(ip));
  if (hostLocal) {
    const published = publishedTarget(host, ip, port, inHostNs);
    if (published !== undefined) {
      const verdict = connectToNamespaceOf(host, published.container, published.containerPort, listens);
      // docker-proxy accepted the connection; an empty backend shows as a reset.
      return verdict.kind === 'refused' ? { kind: 'reset' } : verdict;
    }
    // Nothing published there: a host-network container may listen on it.
    const path = pathVerdict(host, viewer, ip);
    if (path.kind !== 'reply') return path.kind === 'filtered' ? { kind: 'timeout' } : path;
    return serve(listenerIn(hostModeContainers(host), port, listens), port);
  }
  if (ns.kind !== 'host' && isLoopback(ip)) return serve(listenerIn(namespaceMembers(host, ns.owner), port, listens), port);
  const path = pathVerdict(host, viewer, ip);
  if (path.kind === 'filtered') return { kind: 'timeout' };
  if (path.kind !== 'reply') return path;
  if (path.outside) return OUTSIDE_PORTS.includes(port) ? { kind: 'connected', server: 'outside', port } : { kind: 'timeout' };
  const target = findContainerAddress(host, ip);
  if (target === undefined) return { kind: 'refused' };
  return connectToNamespaceOf(host, target.container, port, listens);
};
