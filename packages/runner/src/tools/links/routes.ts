/**
 * The IPv4 main routing table of a namespace: a default route (when there is a way out)
 * and one kernel route per connected subnet, in the order the kernel dumps them (by
 * destination address, default first).
 */
import type { HostState } from '@docknet/core';
import { gatewayEndpoint, hostDefaultRoute, namespaceOf, type Viewer } from '@docknet/drivers';
import { ipv4Value, networkOf } from './ipv4-math.js';
import { viewerLinks } from './namespace-links.js';

export interface Route {
  /** `0.0.0.0` with prefix 0 for the default route. */
  readonly destination: string;
  readonly prefixLength: number;
  readonly gateway?: string;
  readonly device: string;
  /** Kernel route of a connected subnet: `proto kernel scope link src …`. */
  readonly source?: string;
  /** The device has no carrier (iproute2 prints `linkdown`). */
  readonly linkdown: boolean;
}

export const routesOf = (host: HostState, viewer: Viewer): Route[] => {
  const ns = namespaceOf(host, viewer);
  if (ns.kind === 'down' || ns.kind === 'none') return [];
  const links = viewerLinks(host, viewer);
  const connected: Route[] = [];
  for (const link of links) {
    if (link.kind === 'loopback') continue;
    for (const a of link.addresses) {
      if (a.family !== 4) continue;
      connected.push({ destination: networkOf(a.ip, a.prefixLength), prefixLength: a.prefixLength, device: link.name, source: a.ip, linkdown: !link.carrier });
    }
  }
  let defaultRoute: Route | undefined;
  if (ns.kind === 'host') {
    const route = hostDefaultRoute(host);
    if (route !== undefined) defaultRoute = { destination: '0.0.0.0', prefixLength: 0, gateway: route.gateway, device: route.device, linkdown: false };
  } else {
    const endpoint = gatewayEndpoint(ns.endpoints, host);
    if (endpoint?.gateway !== undefined && endpoint.ifName !== undefined) {
      defaultRoute = { destination: '0.0.0.0', prefixLength: 0, gateway: endpoint.gateway, device: endpoint.ifName, linkdown: false };
    }
  }
  connected.sort((a, b) => ipv4Value(a.destination) - ipv4Value(b.destination) || b.prefixLength - a.prefixLength);
  return defaultRoute === undefined ? connected : [defaultRoute, ...connected];
};
