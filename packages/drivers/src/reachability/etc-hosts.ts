/**
 * `/etc/hosts` as Docker writes it for a sandbox (docker-facts.md §7, libnetwork
 * `etchosts.Build` and `updateHostsFile`): the base block, `--add-host` entries, legacy
 * `--link` entries, then one line per interface address with the hostname. A
 * `--network host` container gets a copy of the host's file.
 */
import type { ContainerState, HostState } from '@docknet/core';
import { ipv4Subnet } from './addresses.js';
import { liveEndpoints, namespaceOf } from './network-namespace.js';
import type { Viewer } from './viewer.js';

/** One line: an address and its names, canonical name first. */
export interface HostsRecord {
  readonly ip: string;
  readonly names: readonly string[];
}

/** How the IPv6 base lines are written: `fe00::0` (≤v27), `fe00::` (v28+), or left out. */
export type Ipv6HostsLines = 'long' | 'short' | 'none';

const baseRecords = (ipv6: Ipv6HostsLines): HostsRecord[] => {
  const v4: HostsRecord[] = [{ ip: '127.0.0.1', names: ['localhost'] }];
  if (ipv6 === 'none') return v4;
  const zero = ipv6 === 'long' ? '0' : '';
  return [
    ...v4,
    { ip: '::1', names: ['localhost', 'ip6-localhost', 'ip6-loopback'] },
    { ip: `fe00::${zero}`, names: ['ip6-localnet'] },
    { ip: `ff00::${zero}`, names: ['ip6-mcastprefix'] },
    { ip: 'ff02::1', names: ['ip6-allnodes'] },
    { ip: 'ff02::2', names: ['ip6-allrouters'] },
  ];
};

/** The host's own `/etc/hosts` (an Ubuntu host: the hostname on 127.0.1.1). */
export const hostEtcHosts = (host: HostState): HostsRecord[] => [
  { ip: '127.0.0.1', names: ['localhost'] },
  { ip: '127.0.1.1', names: [host.name] },
  { ip: '::1', names: ['ip6-localhost', 'ip6-loopback'] },
  { ip: 'fe00::0', names: ['ip6-localnet'] },
  { ip: 'ff00::0', names: ['ip6-mcastprefix'] },
  { ip: 'ff02::1', names: ['ip6-allnodes'] },
  { ip: 'ff02::2', names: ['ip6-allrouters'] },
];

/** `--add-host name:ip` (`host-gateway` is the default bridge's gateway). */
const extraHostRecords = (host: HostState, container: ContainerState): HostsRecord[] =>
  container.extraHosts.flatMap((entry): HostsRecord[] => {
    const colon = entry.indexOf(':');
    const sep = colon === -1 ? entry.indexOf('=') : colon;
    if (sep === -1) return [];
    const name = entry.slice(0, sep);
    let ip = entry.slice(sep + 1);
    if (ip === 'host-gateway') {
      const bridge = [...host.networks.values()].find((n) => n.name === 'bridge');
      ip = (bridge === undefined ? undefined : ipv4Subnet(bridge)?.gateway) ?? ip;
    }
    return [{ ip, names: [name] }];
  });

/** Legacy links: `<childIP>\t<alias> <childHostname> [<childName>]` (name left out when it equals the alias). */
const linkRecords = (host: HostState, container: ContainerState): HostsRecord[] =>
  container.links.flatMap((link): HostsRecord[] => {
    const child = host.containers.get(link.containerId);
    if (child === undefined) return [];
    const onBridge = [...child.attachments.values()].find((a) => host.networks.get(a.networkId)?.name === 'bridge');
    const ip = onBridge?.endpoint?.ipv4;
    if (ip === undefined) return [];
    const names = [link.alias, child.hostname, ...(link.alias === child.name ? [] : [child.name])];
    return [{ ip, names }];
  });

/** The names of the container's own address line: `host.domain host`, or `fqdn short`. */
const ownNames = (container: ContainerState): string[] => {
  if (container.domainname !== '') return [`${container.hostname}.${container.domainname}`, container.hostname];
  const dot = container.hostname.indexOf('.');
  return dot > 0 ? [container.hostname, container.hostname.slice(0, dot)] : [container.hostname];
};

/** The `/etc/hosts` records of the sandbox owned by `owner`. */
export const sandboxEtcHosts = (host: HostState, owner: ContainerState, ipv6: Ipv6HostsLines): HostsRecord[] => {
  const own = liveEndpoints(owner).flatMap((e): HostsRecord[] => (e.ipv4 === undefined ? [] : [{ ip: e.ipv4, names: ownNames(owner) }]));
  return [...baseRecords(ipv6), ...extraHostRecords(host, owner), ...linkRecords(host, owner), ...own];
};

/** The `/etc/hosts` a viewer reads, or undefined when its container is not running. */
export const etcHostsOf = (host: HostState, viewer: Viewer, ipv6: Ipv6HostsLines): HostsRecord[] | undefined => {
  const ns = namespaceOf(host, viewer);
  if (ns.kind === 'down') return undefined;
  if (ns.kind === 'host') {
    // Host mode copies the host's file unless --add-host entries force a generated one.
    if (viewer.kind === 'container' && viewer.container.extraHosts.length > 0) {
      return [...baseRecords(ipv6), ...extraHostRecords(host, viewer.container)];
    }
    return hostEtcHosts(host);
  }
  return sandboxEtcHosts(host, ns.owner, ipv6);
};
