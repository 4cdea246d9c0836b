/**
 * The interfaces of a network namespace, built from the engine state:
 *
 * - host: `lo`, the NICs from the scenario's `hosts:`, every bridge device, and the host
 *   side of every veth (enslaved to its bridge, `@if<N>` naming the container side);
 * - a container sandbox: `lo` and one `ethN` per live endpoint, with the index, MAC and
 *   addresses the daemon decided (so `ip a` agrees with `docker inspect`);
 * - `--network none`: `lo` only.
 *
 * Swarm overlays: a sandbox's overlay interface has MTU 1450 (VXLAN's 50 bytes of
 * encapsulation off 1500), and its veth peer lives in the overlay's own namespace (with the
 * VXLAN device), so the host namespace shows no veth for it; docker_gwbridge is an
 * ordinary bridge with the sandboxes' gateway veths.
 *
 * IPv6 appears only where Docker enables it: on the host, and in sandboxes with an IPv6
 * network (containers on IPv4-only networks run with IPv6 disabled).
 */
import type { ContainerState, Endpoint, HostState, NetworkState } from '@docknet/core';
import { isOverlay, namespaceOf, type NetworkNamespace, type Viewer } from '@docknet/drivers';
import type { Link, LinkAddress } from './link.js';
import { broadcastOf } from './ipv4-math.js';
import { derivedMac, linkLocalOf } from './mac.js';

const LOOPBACK_MTU = 65536;
const ETHERNET_MTU = 1500;
/** Docker's VXLAN overlay MTU (1500 less the encapsulation), unless the network sets one. */
const OVERLAY_MTU = 1450;
const MTU_OPTION = 'com.docker.network.driver.mtu';

/** The MTU of a sandbox interface on `network`. */
const interfaceMtu = (network: NetworkState | undefined): number => {
  if (network === undefined) return ETHERNET_MTU;
  const asked = Number(network.options[MTU_OPTION]);
  if (isOverlay(network)) return Number.isInteger(asked) && asked > 0 ? asked : OVERLAY_MTU;
  return network.bridge?.mtu ?? ETHERNET_MTU;
};

const loopback = (ipv6: boolean): Link => ({
  index: 1,
  name: 'lo',
  kind: 'loopback',
  mac: '00:00:00:00:00:00',
  mtu: LOOPBACK_MTU,
  up: true,
  carrier: true,
  qdisc: 'noqueue',
  qlen: 1000,
  addresses: [
    { family: 4, ip: '127.0.0.1', prefixLength: 8, scope: 'host' },
    ...(ipv6 ? [{ family: 6 as const, ip: '::1', prefixLength: 128, scope: 'host' as const }] : []),
  ],
});

const v4Address = (ip: string, prefixLength: number): LinkAddress => {
  const broadcast = broadcastOf(ip, prefixLength);
  return broadcast === undefined
    ? { family: 4, ip, prefixLength, scope: 'global' }
    : { family: 4, ip, prefixLength, broadcast, scope: 'global' };
};

const linkLocal = (mac: string): LinkAddress => ({ family: 6, ip: linkLocalOf(mac), prefixLength: 64, scope: 'link' });

/** Live endpoints of every running container whose veth peer is in the host namespace, with their networks. */
const liveEndpointsOf = (host: HostState): { endpoint: Endpoint; network: NetworkState; container: ContainerState }[] => {
  const out: { endpoint: Endpoint; network: NetworkState; container: ContainerState }[] = [];
  for (const container of host.containers.values()) {
    for (const a of container.attachments.values()) {
      const network = host.networks.get(a.networkId);
      if (a.endpoint?.veth !== undefined && network !== undefined && !isOverlay(network)) out.push({ endpoint: a.endpoint, network, container });
    }
  }
  return out;
};

/**
 * `link-netnsid` of each sandbox as the host sees it: the kernel hands ids out lowest
 * first as peers appear, which for running sandboxes is their start order (pid order).
 */
const netnsIds = (host: HostState): Map<string, number> => {
  const owners = [...new Set(liveEndpointsOf(host).map((e) => e.container))].sort((a, b) => a.pid - b.pid);
  return new Map(owners.map((c, i) => [c.id, i]));
};

const hostLinks = (host: HostState): Link[] => {
  const live = liveEndpointsOf(host);
  const ids = netnsIds(host);
  const nics = host.interfaces.map((nic): Link => {
    const addresses: LinkAddress[] = [];
    if (nic.ipv4 !== undefined) {
      const [ip = '', len = '32'] = nic.ipv4.split('/');
      addresses.push(v4Address(ip, Number(len)), linkLocal(nic.mac));
    }
    // A NIC the scenario gives no address is modelled as unplugged (NO-CARRIER).
    return {
      index: nic.ifIndex,
      name: nic.name,
      kind: 'ether',
      mac: nic.mac,
      mtu: 1500,
      up: true,
      carrier: nic.ipv4 !== undefined,
      qdisc: 'fq_codel',
      qlen: 1000,
      addresses,
    };
  });
  const bridges = [...host.networks.values()].flatMap((network): Link[] => {
    const device = network.bridge;
    if (device === undefined || network.driver !== 'bridge') return [];
    const ports = live.filter((e) => e.network.id === network.id);
    const addresses: LinkAddress[] = [];
    for (const c of network.ipam.config ?? []) {
      if (c.gateway === undefined) continue;
      const len = Number(c.subnet.slice(c.subnet.indexOf('/') + 1));
      addresses.push(c.subnet.includes(':') ? { family: 6, ip: c.gateway, prefixLength: len, scope: 'global' } : v4Address(c.gateway, len));
    }
    // The kernel configures the link-local address once the bridge has carrier.
    if (ports.length > 0) addresses.push(linkLocal(device.mac));
    return [
      {
        index: device.ifIndex,
        name: device.name,
        kind: 'bridge',
        mac: device.mac,
        mtu: device.mtu,
        up: true,
        carrier: ports.length > 0,
        qdisc: 'noqueue',
        qlen: 0,
        addresses,
      },
    ];
  });
  const veths = live.flatMap(({ endpoint, network, container }): Link[] => {
    const veth = endpoint.veth;
    if (veth === undefined) return [];
    const mac = derivedMac(veth.name);
    const netnsId = ids.get(container.id);
    return [
      {
        index: veth.ifIndex,
        name: veth.name,
        kind: 'veth',
        ...(endpoint.ifIndex === undefined ? {} : { peerIndex: endpoint.ifIndex }),
        mac,
        mtu: network.bridge?.mtu ?? 1500,
        up: true,
        carrier: true,
        qdisc: 'noqueue',
        qlen: 0,
        ...(network.bridge === undefined ? {} : { master: network.bridge.name }),
        ...(netnsId === undefined ? {} : { netnsId }),
        addresses: [linkLocal(mac)],
      },
    ];
  });
  return [loopback(true), ...nics, ...bridges, ...veths].sort((a, b) => a.index - b.index);
};

const sandboxLinks = (host: HostState, endpoints: readonly Endpoint[]): Link[] => {
  const ipv6 = endpoints.some((e) => e.ipv6 !== undefined);
  const eths = endpoints.flatMap((endpoint): Link[] => {
    if (endpoint.ifName === undefined || endpoint.ifIndex === undefined) return [];
    const network = host.networks.get(endpoint.networkId);
    const addresses: LinkAddress[] = [];
    if (endpoint.ipv4 !== undefined) addresses.push(v4Address(endpoint.ipv4, endpoint.ipv4PrefixLen));
    if (endpoint.ipv6 !== undefined) {
      addresses.push({ family: 6, ip: endpoint.ipv6, prefixLength: endpoint.ipv6PrefixLen, scope: 'global' }, linkLocal(endpoint.mac));
    }
    return [
      {
        index: endpoint.ifIndex,
        name: endpoint.ifName,
        kind: 'veth',
        ...(endpoint.veth === undefined ? {} : { peerIndex: endpoint.veth.ifIndex }),
        mac: endpoint.mac,
        mtu: interfaceMtu(network),
        up: true,
        carrier: true,
        qdisc: 'noqueue',
        qlen: 0,
        netnsId: 0,
        addresses,
      },
    ];
  });
  return [loopback(ipv6), ...eths].sort((a, b) => a.index - b.index);
};

/** The interfaces of a namespace, sorted by index. */
export const linksOf = (host: HostState, ns: NetworkNamespace): Link[] => {
  switch (ns.kind) {
    case 'host':
      return hostLinks(host);
    case 'none':
      return [loopback(false)];
    case 'sandbox':
      return sandboxLinks(host, ns.endpoints);
    case 'down':
      return [];
  }
};

/** The interfaces a viewer sees. */
export const viewerLinks = (host: HostState, viewer: Viewer): Link[] => linksOf(host, namespaceOf(host, viewer));
