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
 * - a swarm overlay is one segment across nodes: its sandboxes reach every live endpoint
 *   on any node, the services' VIPs and its gateway (overlay.ts); the host namespace has no
 *   interface there, so from the host an overlay address goes to the default route and no
 *   reply comes back (100% loss, `filtered`: the LAN router has no route to the overlay);
 * - another host of the scenario answers on its NIC addresses (given the engine state);
 * - everything outside the host's and Docker's subnets is "the outside", which answers
 *   when there is a route out (and masquerading for containers).
 */
import type { Endpoint, EngineState, HostState } from '@docknet/core';
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
import { LAN_TTL, ROUTED_LAN_TTL, peerHostAt } from './lan.js';
import { namespaceOf } from './network-namespace.js';
import { inOverlaySubnet, isOverlay, overlayAnswers } from './overlay.js';
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

const hasNicAddress = (host: HostState): boolean => host.interfaces.some((i) => i.ipv4 !== undefined);

/** Another host of the scenario on `ip`, answering with `ttl`. */
const lanReply = (host: HostState, ip: string, state: EngineState | undefined, ttl: number): PathVerdict | undefined =>
  hasNicAddress(host) && peerHostAt(state, host, ip) !== undefined ? { kind: 'reply', ttl, outside: false } : undefined;

const fromHostNamespace = (host: HostState, ip: string, state: EngineState | undefined): PathVerdict => {
  if (isLoopback(ip) || isHostAddress(host, ip)) return reply();
  const noRoute = hostDefaultRoute(host) === undefined;
  // Not on-link: the echo leaves by the default route and nothing routes it back.
  if (inOverlaySubnet(host, ip, state)) return noRoute ? { kind: 'network-unreachable' } : { kind: 'filtered' };
  const peer = findContainerAddress(host, ip);
  if (peer !== undefined && !isOverlay(peer.network)) return reply();
  const network = networkContaining(host, ip);
  // A bridge subnet is on-link for the host (unless the bridge has no address); an overlay never is.
  if (network !== undefined && !isOverlay(network)) return ipv4Subnet(network)?.gateway === undefined ? { kind: 'network-unreachable' } : { kind: 'host-unreachable' };
  const lan = lanReply(host, ip, state, LAN_TTL);
  if (lan !== undefined) return lan;
  return noRoute ? { kind: 'network-unreachable' } : reply(true);
};

/** An address on a subnet the sandbox has an interface in, or undefined when none holds it. */
const onLink = (host: HostState, endpoints: readonly Endpoint[], ip: string): PathVerdict | undefined => {
  for (const endpoint of endpoints) {
    const network = host.networks.get(endpoint.networkId);
    const v4 = network === undefined ? undefined : ipv4Subnet(network);
    if (network === undefined || v4 === undefined || !contains(v4.subnet, ip)) continue;
    if (v4.gateway === ip) return reply();
    if (isOverlay(network)) return overlayAnswers(network, ip) ? reply() : { kind: 'host-unreachable' };
    const peer = findContainerAddress(host, ip);
    if (peer === undefined || peer.network.id !== network.id) return { kind: 'host-unreachable' };
    return iccEnabled(network) ? reply() : { kind: 'filtered' };
  }
  return undefined;
};

/** A Docker subnet the sandbox is not on: a bridge's, or an overlay's not shadowed by the host's LAN. */
const isOtherDockerSubnet = (host: HostState, ip: string, state: EngineState | undefined): boolean => {
  const network = networkContaining(host, ip);
  return (network !== undefined && !isOverlay(network)) || inOverlaySubnet(host, ip, state);
};

const fromSandbox = (host: HostState, viewer: Viewer, ip: string, state: EngineState | undefined): PathVerdict => {
  const ns = namespaceOf(host, viewer);
  if (ns.kind === 'host') return fromHostNamespace(host, ip, state);
  if (ns.kind === 'down') return { kind: 'network-unreachable' };
  if (isLoopback(ip)) return reply();
  if (ns.kind === 'none') return { kind: 'network-unreachable' };
  if (ns.endpoints.some((e) => e.ipv4 === ip)) return reply();
  const linked = onLink(host, ns.endpoints, ip);
  if (linked !== undefined) return linked;
  const out = gatewayEndpoint(ns.endpoints, host);
  if (out === undefined) return { kind: 'network-unreachable' };
  // Routed through the host: host addresses answer, other Docker subnets are isolated.
  if (isHostAddress(host, ip)) return reply();
  if (isOtherDockerSubnet(host, ip, state)) return { kind: 'filtered' };
  const outNetwork = host.networks.get(out.networkId);
  if (outNetwork !== undefined && !masqueradeEnabled(outNetwork)) return { kind: 'filtered' };
  const lan = lanReply(host, ip, state, ROUTED_LAN_TTL);
  if (lan !== undefined) return lan;
  return hostDefaultRoute(host) === undefined ? { kind: 'filtered' } : reply(true);
};

/**
 * The fate of an echo request from `viewer` to the IPv4 address `ip`. `state` (the whole
 * engine) lets the rules see the other hosts of the scenario and the host's whole swarm.
 */
export const pathVerdict = (host: HostState, viewer: Viewer, ip: string, state?: EngineState): PathVerdict => {
  if (ipFamily(ip) !== 4) return ip === '::1' ? reply() : { kind: 'network-unreachable' };
  return viewer.kind === 'host' ? fromHostNamespace(host, ip, state) : fromSandbox(host, viewer, ip, state);
};
