/**
 * Can an ICMP echo from a viewer reach an IPv4 address, and does the reply come back?
 * The rules follow what Docker's bridge driver programs (docker-facts.md §3.3, §6.7, §8):
 *
 * - loopback and the namespace's own addresses always answer;
 * - on a shared network, containers answer each other unless `enable_icc=false`;
 *   the bridge (gateway) address answers;
 * - across networks, DOCKER-ISOLATION drops the packets;
 * - a sandbox without a default route (`--internal` only, or `none`) cannot leave its subnets;
 * - the host reaches every container on every bridge, internal ones included;
 * - everything outside the host's and Docker's subnets is "the outside", which answers
 *   when there is a route out (and masquerading for containers).
 */
import type { HostState } from '@docknet/core';
import { contains } from '../ipam/cidr.js';
import { ipFamily } from '../ipam/ip-address.js';
import {
  findContainerAddress,
  hostAddresses,
  iccEnabled,
  ipv4Subnet,
  isHostAddress,
  isLoopback,
  masqueradeEnabled,
  networkContaining,
} from './addresses.js';
import { gatewayEndpoint, hostDefaultRoute } from './default-route.js';
import { namespaceOf } from './network-namespace.js';
import type { Viewer } from './viewer.js';

export type PathVerdict =
  /** Replies come back; `outside` when they come from beyond the host. */
  | { readonly kind: 'reply'; readonly ttl: number; readonly outside: boolean }
  /** No route: `Network is unreachable`. */
  | { readonly kind: 'network-unreachable' }
  /** On-link, but nobody answers ARP: `Destination Host Unreachable`. */
  | { readonly kind: 'host-unreachable' }
  /** Dropped silently by the firewall: 100% packet loss. */
  | { readonly kind: 'filtered' };

/** TTL of replies from inside the host. */
export const LOCAL_TTL = 64;
/** TTL of replies from the simulated outside (a typical value for a public resolver). */
export const OUTSIDE_TTL = 117;

const reply = (outside = false): PathVerdict => ({ kind: 'reply', ttl: outside ? OUTSIDE_TTL : LOCAL_TTL, outside });

/** True when `ip` belongs to no Docker network and no host subnet: the outside world. */
export const isOutside = (host: HostState, ip: string): boolean =>
  !isLoopback(ip) && networkContaining(host, ip) === undefined && !hostAddresses(host).some((a) => a.ip === ip);

const fromHostNamespace = (host: HostState, ip: string): PathVerdict => {
  if (isLoopback(ip) || isHostAddress(host, ip)) return reply();
  if (findContainerAddress(host, ip) !== undefined) return reply();
  const network = networkContaining(host, ip);
  // A bridge subnet is on-link for the host (unless the bridge has no address).
  if (network !== undefined) return ipv4Subnet(network)?.gateway === undefined ? { kind: 'network-unreachable' } : { kind: 'host-unreachable' };
  return hostDefaultRoute(host) === undefined ? { kind: 'network-unreachable' } : reply(true);
};

const fromSandbox = (host: HostState, viewer: Viewer, ip: string): PathVerdict => {
  const ns = namespaceOf(host, viewer);
  if (ns.kind === 'host') return fromHostNamespace(host, ip);
  if (ns.kind === 'down') return { kind: 'network-unreachable' };
  if (isLoopback(ip)) return reply();
  if (ns.kind === 'none') return { kind: 'network-unreachable' };
  if (ns.endpoints.some((e) => e.ipv4 === ip)) return reply();
  // On-link: a subnet the sandbox has an interface in.
  for (const endpoint of ns.endpoints) {
    const network = host.networks.get(endpoint.networkId);
    const v4 = network === undefined ? undefined : ipv4Subnet(network);
    if (network === undefined || v4 === undefined || !contains(v4.subnet, ip)) continue;
    if (v4.gateway === ip) return reply();
    const peer = findContainerAddress(host, ip);
    if (peer === undefined || peer.network.id !== network.id) return { kind: 'host-unreachable' };
    return iccEnabled(network) ? reply() : { kind: 'filtered' };
  }
  const out = gatewayEndpoint(ns.endpoints);
  if (out === undefined) return { kind: 'network-unreachable' };
  // Routed through the host: host addresses answer, other bridges are isolated.
  if (isHostAddress(host, ip)) return reply();
  if (networkContaining(host, ip) !== undefined) return { kind: 'filtered' };
  const outNetwork = host.networks.get(out.networkId);
  if (outNetwork !== undefined && !masqueradeEnabled(outNetwork)) return { kind: 'filtered' };
  return hostDefaultRoute(host) === undefined ? { kind: 'filtered' } : reply(true);
};

/** The fate of an echo request from `viewer` to the IPv4 address `ip`. */
export const pathVerdict = (host: HostState, viewer: Viewer, ip: string): PathVerdict => {
  if (ipFamily(ip) !== 4) return ip === '::1' ? reply() : { kind: 'network-unreachable' };
  return viewer.kind === 'host' ? fromHostNamespace(host, ip) : fromSandbox(host, viewer, ip);
};
