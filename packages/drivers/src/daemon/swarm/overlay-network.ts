/**
 * Swarm-scope networks: `docker network create -d overlay` on a manager (the subnet from
 * the cluster's pools, a VXLAN id, visible at once on every manager) and `docker network
 * rm` of one (refused while a service uses it) — docker-facts.md §3.2, §10.
 */
import * as E from 'fp-ts/lib/Either.js';
import {
  daemonError,
  swarmId,
  type CreateNetwork,
  type DecideContext,
  type DecidedEvent,
  type DockerError,
  type IpamConfigEntry,
  type NetworkRecord,
  type NetworkState,
} from '@docknet/core';
import { firstGateway, subnetOverlaps, validateIpamRequest, type IpamEntry } from '../ipam-adapter.js';
import { msg } from '../messages.js';
import { toConfigEntry } from '../network-create.js';
import { nodeContextOf, readyManagers, type NodeContext } from './cluster-lookup.js';
import { nextVxlanId, showNetworkOn, VXLAN_OPTION } from './node-networks.js';
import { pickSwarmSubnet, swarmSubnets } from './swarm-subnets.js';
import { swarmMsg } from './swarm-messages.js';

/** Whether a `network create` asks for a swarm-scope network. */
export const wantsSwarmScope = (cmd: CreateNetwork): boolean => cmd.driver === 'overlay';

/** Only a manager creates swarm networks (§3.2). */
const managerFor = (ctx: DecideContext): E.Either<DockerError, NodeContext> => {
  const node = nodeContextOf(ctx.state, ctx.host);
  if (node === undefined) return E.left(daemonError(msg.notSwarmManager, 'forbidden'));
  if (node.node.role !== 'manager') return E.left(daemonError(swarmMsg.workerNetwork, 'forbidden'));
  return E.right(node);
};

export const createSwarmNetwork = (ctx: DecideContext, cmd: CreateNetwork): E.Either<DockerError, DecidedEvent[]> => {
  const manager = managerFor(ctx);
  if (E.isLeft(manager)) return manager;
  const { host, cluster } = manager.right;
  if (cluster.networkIdsByName.has(cmd.name) || host.networkIdsByName.has(cmd.name)) {
    return E.left(daemonError(msg.networkExists(cmd.name), 'conflict'));
  }
  const entries = validateIpamRequest(cmd, ctx.profile);
  if (E.isLeft(entries)) return entries;
  const inUse = swarmSubnets(cluster);
  for (const e of entries.right) {
    if (inUse.some((s) => subnetOverlaps(s, e.subnet))) return E.left(daemonError(swarmMsg.poolOverlap, 'forbidden'));
  }
  const config: IpamConfigEntry[] = [];
  let poolCursor: number | undefined;
  const v4 = entries.right.filter((e) => e.family === 4);
  if (v4.length > 0) {
    for (const e of v4) config.push(toConfigEntry(e, e.gateway ?? firstGateway(e, ctx.profile), true));
  } else {
    const picked = pickSwarmSubnet(ctx.profile, cluster, inUse, cluster.poolCursor);
    if (E.isLeft(picked)) return E.left(daemonError(picked.left, 'unavailable'));
    poolCursor = picked.right.cursor;
    const entry: IpamEntry = { family: 4, subnet: picked.right.subnet, aux: {} };
    config.push(toConfigEntry(entry, firstGateway(entry, ctx.profile), false));
  }
  for (const e of entries.right.filter((x) => x.family === 6)) config.push(toConfigEntry(e, e.gateway ?? firstGateway(e, ctx.profile), true));
  const network: NetworkRecord = {
    id: swarmId(ctx.state.seed, 'swarm-network', ctx.nonce),
    name: cmd.name,
    driver: 'overlay',
    scope: 'swarm',
    created: ctx.at,
    enableIPv4: cmd.ipv4,
    enableIPv6: cmd.ipv6,
    internal: cmd.internal,
    attachable: cmd.attachable,
    ingress: cmd.ingress,
    ipam: { driver: cmd.ipamDriver, options: { ...cmd.ipamOptions }, config },
    options: { ...cmd.options, [VXLAN_OPTION]: String(nextVxlanId([...cluster.networks.values()].map((n) => n.record))) },
    labels: { ...cmd.labels },
    predefined: false,
  };
  const events: DecidedEvent[] = [
    { type: 'SwarmNetworkCreated', data: poolCursor === undefined ? { clusterId: cluster.id, network } : { clusterId: cluster.id, network, poolCursor } },
  ];
  for (const m of readyManagers(cluster)) {
    const managerHost = ctx.state.hosts.get(m.hostName);
    if (managerHost !== undefined) events.push(...showNetworkOn(managerHost, network));
  }
  return E.right(events);
};

/** `docker network rm` of a swarm network: from a manager, not while a service uses it; gone from every node. */
export const removeSwarmNetwork = (ctx: DecideContext, network: NetworkState): E.Either<DockerError, DecidedEvent[]> => {
  const manager = managerFor(ctx);
  if (E.isLeft(manager)) return manager;
  const { cluster } = manager.right;
  for (const s of cluster.services.values()) {
    if (s.vips.some((v) => v.networkId === network.id)) return E.left(daemonError(swarmMsg.networkInUseByService(network.id, s.id), 'forbidden'));
  }
  const shared = cluster.networks.get(network.id);
  const busy = [...(shared?.endpoints.values() ?? [])].filter((e) => e.endpoint.label === undefined);
  if (busy.length > 0) {
    const eps = busy.map((e) => ({ name: e.names[0] ?? e.endpoint.containerId, id: e.endpoint.id }));
    return E.left(daemonError(msg.activeEndpoints(ctx.profile, network, eps), 'forbidden'));
  }
  const events: DecidedEvent[] = [];
  for (const h of ctx.state.hosts.values()) {
    const local = h.networks.get(network.id);
    if (local === undefined) continue;
    for (const ep of local.endpoints.values()) {
      events.push({ type: 'EndpointLeft', host: h.name, data: { containerId: ep.containerId, networkId: network.id, endpointId: ep.id } });
    }
    events.push({ type: 'NetworkRemoved', host: h.name, data: { networkId: network.id } });
  }
  events.push({ type: 'SwarmNetworkRemoved', data: { clusterId: cluster.id, networkId: network.id } });
  return E.right(events);
};
