/**
 * What a host gets when it becomes a swarm node (docker-facts.md §10): the `ingress`
 * network with the node's ingress sandbox on it, and `docker_gwbridge` (a local bridge on
 * the next free local pool, unless the user made one first) with that sandbox's gateway
 * endpoint. Also: a swarm network made visible on a node (`NetworkCreated` on that host).
 */
import * as E from 'fp-ts/lib/Either.js';
import {
  daemonError,
  type AddressPools,
  type DecideContext,
  type DecidedEvent,
  type DockerError,
  type Endpoint,
  type HostState,
  type NetworkRecord,
  type NetworkState,
  type SwarmNetwork,
} from '@docknet/core';
import type { DaemonIds } from '../ids.js';
import { firstGateway, openNetworkPools, pickLocalSubnet } from '../ipam-adapter.js';
import { bridgeMac, containerMac, overlayMac } from '../macs.js';
import { hostRoutes, localSubnets } from '../network-create.js';

export const GWBRIDGE_NAME = 'docker_gwbridge';
/** The Containers key of a node's ingress sandbox, on `ingress` and on docker_gwbridge. */
export const INGRESS_SANDBOX = 'ingress-sbox';
export const VXLAN_OPTION = 'com.docker.network.driver.overlay.vxlanid_list';
/** swarmkit's first VXLAN id; every swarm network takes the next. */
export const FIRST_VXLAN_ID = 4096;

/** docker_gwbridge's options, exactly as `docker network inspect docker_gwbridge` shows them. */
export const GWBRIDGE_OPTIONS: Readonly<Record<string, string>> = {
  'com.docker.network.bridge.enable_icc': 'false',
  'com.docker.network.bridge.enable_ip_masquerade': 'true',
  'com.docker.network.bridge.name': GWBRIDGE_NAME,
};

/**
 * A swarm network as `host` sees it: its own NetworkState if the node has one, else the
 * one it will get when the network is shown there (no local endpoints, the cluster's pool).
 */
export const swarmNetworkOn = (host: HostState, shared: SwarmNetwork): NetworkState =>
  host.networks.get(shared.record.id) ?? { ...shared.record, endpoints: new Map(), pools: shared.pools, swarm: shared };

/** The events that make `record` visible on `host` (its own NetworkState, sharing the cluster's pools). */
export const showNetworkOn = (host: HostState, record: NetworkRecord): DecidedEvent[] =>
  host.networks.has(record.id) ? [] : [{ type: 'NetworkCreated', data: { network: record }, host: host.name }];

/** A daemon-made endpoint (no container, no interface on the host side). */
const systemEndpoint = (
  ctx: DecideContext,
  ids: DaemonIds,
  index: number,
  networkId: string,
  owner: string,
  label: string,
  ip: string | undefined,
  prefixLen: number,
  overlay: boolean,
): Endpoint => ({
  id: ids.hex('endpoint', index),
  networkId,
  containerId: owner,
  ipv4PrefixLen: ip === undefined ? 0 : prefixLen,
  ipv6PrefixLen: 0,
  mac: overlay ? overlayMac(ids, index, ip) : containerMac(ctx, ids, index, ip),
  ...(ip === undefined ? {} : { ipv4: ip }),
  label,
});

const prefixOf = (subnet: string): number => Number(subnet.slice(subnet.indexOf('/') + 1));

/** The docker_gwbridge record for a host that has none. */
const gwbridgeRecord = (ctx: DecideContext, ids: DaemonIds, host: HostState): E.Either<DockerError, { record: NetworkRecord; cursor: number }> => {
  const picked = pickLocalSubnet(ctx.profile, 4, localSubnets(host), hostRoutes(host), host.poolCursor);
  if (E.isLeft(picked)) return E.left(daemonError(picked.left, 'unavailable'));
  const subnet = picked.right.subnet;
  const gateway = firstGateway({ subnet }, ctx.profile);
  return E.right({
    cursor: picked.right.cursor,
    record: {
      id: ids.hex('network', 1),
      name: GWBRIDGE_NAME,
      driver: 'bridge',
      scope: 'local',
      created: ctx.at,
      enableIPv4: true,
      enableIPv6: false,
      internal: false,
      attachable: false,
      ingress: false,
      ipam: {
        driver: 'default',
        options: null,
        config: [{ subnet, ...(gateway === undefined ? {} : { gateway }), userSubnet: false, userGateway: false }],
      },
      options: { ...GWBRIDGE_OPTIONS },
      labels: {},
      predefined: false,
      bridge: { name: GWBRIDGE_NAME, mac: bridgeMac(ctx, ids), ifIndex: host.nextIfIndex, mtu: 1500 },
    },
  });
};

/**
 * The node-side setup of `host` joining a swarm: ingress visible, its ingress sandbox
 * endpoint (next address of `ingressPools`), docker_gwbridge and the sandbox's gateway
 * endpoint on it. `ingressPools` is the cluster's pool (join) or a scratch one (init).
 */
export const nodeSetupEvents = (
  ctx: DecideContext,
  ids: DaemonIds,
  host: HostState,
  ingress: NetworkRecord,
  ingressPools: AddressPools,
): E.Either<DockerError, DecidedEvent[]> => {
  const events: DecidedEvent[] = [...showNetworkOn(host, ingress)];
  const ingressSubnet = ingress.ipam.config?.[0]?.subnet ?? '';
  events.push({
    type: 'EndpointJoined',
    host: host.name,
    data: {
      endpoint: systemEndpoint(ctx, ids, 10, ingress.id, INGRESS_SANDBOX, 'ingress-endpoint', ingressPools.nextDynamic(4), prefixOf(ingressSubnet), true),
    },
  });
  const existing = [...host.networks.values()].find((n) => n.name === GWBRIDGE_NAME);
  let gwRecord: NetworkRecord;
  let gwPools: AddressPools;
  if (existing === undefined) {
    const made = gwbridgeRecord(ctx, ids, host);
    if (E.isLeft(made)) return made;
    gwRecord = made.right.record;
    gwPools = openNetworkPools(gwRecord, ctx.profile);
    events.push({ type: 'NetworkCreated', host: host.name, data: { network: gwRecord, poolCursor: made.right.cursor } });
  } else {
    gwRecord = existing;
    gwPools = existing.pools;
  }
  const gwSubnet = gwRecord.ipam.config?.[0]?.subnet ?? '';
  events.push({
    type: 'EndpointJoined',
    host: host.name,
    data: {
      endpoint: systemEndpoint(ctx, ids, 11, gwRecord.id, INGRESS_SANDBOX, `gateway_${INGRESS_SANDBOX}`, gwPools.nextDynamic(4), prefixOf(gwSubnet), false),
    },
  });
  return E.right(events);
};

/** The next VXLAN id of a cluster: one past the highest in use. */
export const nextVxlanId = (records: Iterable<NetworkRecord>): number => {
  let next = FIRST_VXLAN_ID;
  for (const r of records) {
    const id = Number(r.options[VXLAN_OPTION]);
    if (Number.isInteger(id) && id >= next) next = id + 1;
  }
  return next;
};
