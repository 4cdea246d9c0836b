/**
 * Default routes. A container's default route goes through the gateway of its first
 * endpoint on a non-internal network (an internal network gives none, docker-facts.md
 * §3.3). The host's goes through its first NIC with an address, to that subnet's first
 * host address (a documented simplification: scenarios do not name a router).
 */
import type { Endpoint, HostState } from '@docknet/core';
import { formatIpv4Number, parseIpv4Number } from '../ipam/ip-address.js';

export interface DefaultRoute {
  readonly gateway: string;
  readonly device: string;
}

/**
 * The endpoint that carries a sandbox's default route, if any. Given the host, endpoints
 * on swarm overlays are passed over: the overlay driver sets no gateway, so such a sandbox
 * leaves through its docker_gwbridge endpoint.
 */
export const gatewayEndpoint = (endpoints: readonly Endpoint[], host?: HostState): Endpoint | undefined =>
  endpoints.find((e) => e.gateway !== undefined && e.ipv4 !== undefined && !onOverlay(host, e));

const onOverlay = (host: HostState | undefined, e: Endpoint): boolean => {
  const network = host?.networks.get(e.networkId);
  return network !== undefined && (network.scope === 'swarm' || network.driver === 'overlay');
};

export const hostDefaultRoute = (host: HostState): DefaultRoute | undefined => {
  const nic = host.interfaces.find((i) => i.ipv4 !== undefined);
  if (nic?.ipv4 === undefined) return undefined;
  const [ip = '', len = '32'] = nic.ipv4.split('/');
  const value = parseIpv4Number(ip);
  const prefix = Number(len);
  if (value < 0 || prefix >= 31) return undefined;
  const network = prefix === 0 ? 0 : (value & (~0 << (32 - prefix))) >>> 0;
  const first = network + 1;
  const gateway = first === value ? first + 1 : first;
  return { gateway: formatIpv4Number(gateway >>> 0), device: nic.name };
};
