/**
 * Name resolution as a process in a viewer's namespace sees it (docker-facts.md §7):
 * `/etc/hosts` first, then DNS. On user-defined networks the embedded server (127.0.0.11)
 * answers container names, network aliases, short ids, hostnames and network-scoped
 * `--link` aliases, each only on the networks the asker shares with the target; other
 * names go to the host's resolver when the sandbox has a way out. The default bridge has
 * no embedded DNS: only `/etc/hosts` (and so legacy `--link`) names resolve there.
 *
 * On a swarm network the server knows every node's endpoints (gossiped): their names on
 * any node, a service's name (its VIP on that network) and `tasks.<service>` (every task
 * address of the service on that network, in address order). docker_gwbridge, joined by
 * the daemon for the sandbox's way out, gives no names.
 */
import type { ContainerState, HostState, NetworkState } from '@docknet/core';
import { parseIpv4Number } from '../ipam/ip-address.js';
import { findContainerAddress } from './addresses.js';
import { gatewayEndpoint, hostDefaultRoute } from './default-route.js';
import { etcHostsOf, type HostsRecord, type Ipv6HostsLines } from './etc-hosts.js';
import { namespaceOf } from './network-namespace.js';
import { EMBEDDED_DNS, HOST_NAMESERVER, outsideAddress } from './outside-names.js';
import { overlayEndpointAt, serviceAtVip, swarmEndpoints, vipOf } from './overlay.js';
import type { Viewer } from './viewer.js';

export type NameLookup =
  | { readonly kind: 'found'; readonly addresses: readonly string[]; readonly source: 'hosts' | 'dns' | 'outside' }
  /** The server answered NXDOMAIN. */
  | { readonly kind: 'not-found' }
  /** No server could be asked, or it could not forward (SERVFAIL). */
  | { readonly kind: 'unavailable' };

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

const fromHostsFile = (records: readonly HostsRecord[], name: string): string[] =>
  records.filter((r) => r.names.some((n) => sameName(n, name)) && !r.ip.includes(':')).map((r) => r.ip);

/** The nameserver a viewer's resolver asks: the embedded server on user-defined networks, else the host's. */
export const nameserverOf = (host: HostState, viewer: Viewer): string => {
  const ns = namespaceOf(host, viewer);
  if (ns.kind === 'sandbox' && userNetworksOf(host, ns.owner).length > 0) return EMBEDDED_DNS;
  return HOST_NAMESERVER;
};

/** The names the embedded DNS serves for `container` on `network`. */
export const embeddedDnsNames = (container: ContainerState, network: NetworkState): string[] => {
  const aliases = container.attachments.get(network.id)?.aliases ?? [];
  return [...new Set([container.name, ...aliases, container.id.slice(0, 12), container.hostname])];
};

/** User-defined networks the sandbox owner has a live endpoint on, in join order (docker_gwbridge is not one). */
const userNetworksOf = (host: HostState, owner: ContainerState): NetworkState[] =>
  [...owner.attachments.values()].flatMap((a) => {
    const network = host.networks.get(a.networkId);
    return a.endpoint !== undefined && a.sandboxOnly !== true && network !== undefined && !network.predefined ? [network] : [];
  });

/** A network-scoped `--link target:alias` of `owner` on `network`, resolved to the target's address. */
const linkAddress = (host: HostState, owner: ContainerState, network: NetworkState, name: string): string | undefined => {
  for (const link of owner.attachments.get(network.id)?.links ?? []) {
    const [target = '', alias = target] = link.split(':');
    if (!sameName(alias, name)) continue;
    const id = host.containerIdsByName.get(target) ?? target;
    const ip = host.containers.get(id)?.attachments.get(network.id)?.endpoint?.ipv4;
    if (ip !== undefined) return ip;
  }
  return undefined;
};

const TASKS_PREFIX = 'tasks.';

/** Every node's endpoints on a swarm network answering `name` (the names gossiped with them). */
const swarmNamed = (network: NetworkState, name: string): string[] =>
  swarmEndpoints(network).flatMap((e) => (e.endpoint.ipv4 !== undefined && e.names.some((n) => sameName(n, name)) ? [e.endpoint.ipv4] : []));

/** A service's VIP, or with `tasks.`, its task addresses on the network in address order. */
const serviceNamed = (network: NetworkState, name: string): string[] => {
  if (name.toLowerCase().startsWith(TASKS_PREFIX)) {
    const service = name.slice(TASKS_PREFIX.length);
    const ips = swarmEndpoints(network).flatMap((e) => (e.service !== undefined && sameName(e.service, service) && e.endpoint.ipv4 !== undefined ? [e.endpoint.ipv4] : []));
    return ips.sort((a, b) => parseIpv4Number(a) - parseIpv4Number(b));
  }
  const vip = vipOf(network, name);
  return vip === undefined ? [] : [vip];
};

const onNetwork = (host: HostState, owner: ContainerState, network: NetworkState, name: string): string[] => {
  const linked = linkAddress(host, owner, network, name);
  if (linked !== undefined) return [linked];
  if (network.swarm !== undefined) {
    const service = serviceNamed(network, name);
    return service.length > 0 ? service : swarmNamed(network, name);
  }
  const out: string[] = [];
  for (const container of host.containers.values()) {
    const ip = container.attachments.get(network.id)?.endpoint?.ipv4;
    if (ip !== undefined && embeddedDnsNames(container, network).some((n) => sameName(n, name))) out.push(ip);
  }
  return out;
};

const embeddedLookup = (host: HostState, owner: ContainerState, networks: readonly NetworkState[], name: string): string[] => {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  // `name.network` asks one network only.
  for (const network of networks) {
    const suffix = `.${network.name}`;
    if (bare.toLowerCase().endsWith(suffix.toLowerCase())) {
      const found = onNetwork(host, owner, network, bare.slice(0, -suffix.length));
      if (found.length > 0) return found;
    }
  }
  for (const network of networks) {
    const found = onNetwork(host, owner, network, bare);
    if (found.length > 0) return found;
  }
  return [];
};

const outside = (name: string): NameLookup => {
  const ip = outsideAddress(name);
  return ip === undefined ? { kind: 'not-found' } : { kind: 'found', addresses: [ip], source: 'outside' };
};

/**
 * Resolves `name` (IPv4) from the viewer's namespace: `/etc/hosts` then DNS, as libc does;
 * with `useHostsFile: false`, DNS only (what `nslookup` asks).
 */
export const resolveName = (host: HostState, viewer: Viewer, name: string, ipv6: Ipv6HostsLines, useHostsFile = true): NameLookup => {
  const ns = namespaceOf(host, viewer);
  const records = etcHostsOf(host, viewer, ipv6);
  if (ns.kind === 'down' || records === undefined) return { kind: 'unavailable' };
  const local = useHostsFile ? fromHostsFile(records, name) : [];
  if (local.length > 0) return { kind: 'found', addresses: local, source: 'hosts' };
  if (ns.kind === 'host') return hostDefaultRoute(host) === undefined ? { kind: 'unavailable' } : outside(name);
  if (ns.kind === 'none') return { kind: 'unavailable' };
  const networks = userNetworksOf(host, ns.owner);
  const hasWayOut = gatewayEndpoint(ns.endpoints, host) !== undefined && hostDefaultRoute(host) !== undefined;
  if (networks.length > 0) {
    const found = embeddedLookup(host, ns.owner, networks, name);
    if (found.length > 0) return { kind: 'found', addresses: found, source: 'dns' };
    // The embedded server forwards other names only when the sandbox can get out.
    return hasWayOut ? outside(name) : { kind: 'unavailable' };
  }
  return hasWayOut ? outside(name) : { kind: 'unavailable' };
};

/**
 * The name a reverse lookup of `ip` gives: the first name of its `/etc/hosts` line, or
 * `name.network` from the embedded DNS for a container on a network the asker shares.
 */
export const reverseName = (host: HostState, viewer: Viewer, ip: string, ipv6: Ipv6HostsLines): string | undefined => {
  const records = etcHostsOf(host, viewer, ipv6);
  const local = records?.find((r) => r.ip === ip);
  if (local !== undefined) return local.names[0];
  const ns = namespaceOf(host, viewer);
  if (ns.kind !== 'sandbox') return undefined;
  const networks = userNetworksOf(host, ns.owner);
  const swarm = swarmReverse(networks, ip);
  if (swarm !== undefined) return swarm;
  const target = findContainerAddress(host, ip);
  if (target === undefined) return undefined;
  const shared = networks.some((n) => n.id === target.network.id);
  return shared ? `${target.container.name}.${target.network.name}` : undefined;
};

/** `name.network` for an endpoint of a shared swarm network (on any node), or a service VIP there. */
const swarmReverse = (networks: readonly NetworkState[], ip: string): string | undefined => {
  for (const network of networks) {
    if (network.swarm === undefined) continue;
    const name = serviceAtVip(network, ip) ?? overlayEndpointAt(network, ip)?.names[0];
    if (name !== undefined) return `${name}.${network.name}`;
  }
  return undefined;
};
