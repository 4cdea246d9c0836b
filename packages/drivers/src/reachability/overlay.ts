/**
 * Swarm overlays as reachability sees them. An overlay is one L2 segment across every node
 * (VXLAN): a sandbox with an interface on it reaches every live endpoint of the network on
 * any node, the services' virtual IPs on it (IPVS in each sandbox) and its gateway. Overlay
 * endpoints carry no default route (libnetwork's overlay driver sets no gateway); sandboxes
 * leave the swarm through docker_gwbridge. The host namespace has no interface on an overlay,
 * so overlay subnets are not on-link there.
 */
import type { ClusterState, EngineState, HostState, NetworkState, SwarmEndpoint, SwarmNetwork } from '@docknet/core';
import { contains } from '../ipam/cidr.js';
import { ipv4Subnet } from './addresses.js';
import { onHostLan } from './lan.js';

export const isOverlay = (network: NetworkState): boolean => network.scope === 'swarm' || network.driver === 'overlay';

/** The cluster `host` is a node of, if any. */
export const clusterOf = (state: EngineState | undefined, host: HostState): ClusterState | undefined =>
  host.swarm === undefined ? undefined : state?.swarms.get(host.swarm.clusterId);

/** A VIP as stored (`10.0.1.4`, tolerating `10.0.1.4/24`). */
const bareIp = (vip: string): string => (vip.includes('/') ? vip.slice(0, vip.indexOf('/')) : vip);

/** Live endpoints of a swarm network on every node, in join order (the local ones when it has no swarm side). */
export const swarmEndpoints = (network: NetworkState): SwarmEndpoint[] =>
  network.swarm === undefined ? [] : [...network.swarm.endpoints.values()];

/** The live endpoint holding `ip` on the overlay, on any node. */
export const overlayEndpointAt = (network: NetworkState, ip: string): SwarmEndpoint | undefined =>
  swarmEndpoints(network).find((e) => e.endpoint.ipv4 === ip);

/** The service whose virtual IP on `network` is `ip`. */
export const serviceAtVip = (network: NetworkState, ip: string): string | undefined => {
  for (const [service, vip] of network.swarm?.vips ?? []) if (bareIp(vip) === ip) return service;
  return undefined;
};

/** The virtual IP of `service` on `network`. */
export const vipOf = (network: NetworkState, service: string): string | undefined => {
  for (const [name, vip] of network.swarm?.vips ?? []) if (name.toLowerCase() === service.toLowerCase()) return bareIp(vip);
  return undefined;
};

/** Whether something on the overlay answers `ip`: its gateway, a live endpoint on any node, a service VIP. */
export const overlayAnswers = (network: NetworkState, ip: string): boolean => {
  if (ipv4Subnet(network)?.gateway === ip) return true;
  if (network.swarm === undefined) return [...network.endpoints.values()].some((e) => e.ipv4 === ip);
  return overlayEndpointAt(network, ip) !== undefined || serviceAtVip(network, ip) !== undefined;
};

const swarmSubnetHolds = (record: SwarmNetwork['record'], ip: string): boolean =>
  (record.ipam.config ?? []).some((c) => !c.subnet.includes(':') && contains(c.subnet, ip));

/**
 * Whether `ip` lies in an overlay subnet this host knows of (its own swarm networks, and,
 * given the engine state, every network of its cluster) and not on its LAN: the swarm's
 * default pool may well overlap the hosts' own subnet, which the host then keeps using.
 */
export const inOverlaySubnet = (host: HostState, ip: string, state?: EngineState): boolean => {
  if (onHostLan(host, ip)) return false;
  for (const n of host.networks.values()) {
    const v4 = ipv4Subnet(n);
    if (isOverlay(n) && v4 !== undefined && contains(v4.subnet, ip)) return true;
  }
  const cluster = clusterOf(state, host);
  return [...(cluster?.networks.values() ?? [])].some((n) => swarmSubnetHolds(n.record, ip));
};
