/**
 * `docker swarm init|join|leave` and `docker node rm` (docker-facts.md §10).
 */
import * as E from 'fp-ts/lib/Either.js';
import {
  daemonError,
  hexId,
  joinToken,
  swarmId,
  type CommandHandler,
  type ContainerState,
  type DecideContext,
  type DecidedEvent,
  type DockerError,
  type HostState,
  type InitSwarm,
  type JoinSwarm,
  type LeaveSwarm,
  type NetworkRecord,
  type RemoveNode,
  type SwarmCluster,
  type SwarmNode,
} from '@docknet/core';
import { stopEvents } from '../container-lifecycle.js';
import { idsFor } from '../ids.js';
import { firstGateway, openNetworkPools } from '../ipam-adapter.js';
import { advertiseAddress, hostPart } from './advertise-address.js';
import { findNode, nodeContextOf, readyManagers, requireManager, type NodeContext } from './cluster-lookup.js';
import { FIRST_VXLAN_ID, nodeSetupEvents, showNetworkOn, VXLAN_OPTION } from './node-networks.js';
import { pickSwarmSubnet } from './swarm-subnets.js';
import { swarmMsg } from './swarm-messages.js';

/** Per-command index ranges of swarm ids, apart from the hex ids' indexes. */
const swarmIds = (ctx: DecideContext) => ({
  id: (kind: Parameters<typeof swarmId>[1], index = 0) => swarmId(ctx.state.seed, kind, ctx.nonce * 64 + index),
});

const nodeRecord = (ctx: DecideContext, host: HostState, role: SwarmNode['role'], addr: string): SwarmNode => ({
  id: swarmIds(ctx).id('node'),
  hostName: host.name,
  role,
  addr,
  // libnetwork's agent names a node in networkdb hostname + "-" + a random short id.
  peerName: `${host.name}-${hexId(ctx.state.seed, 'swarm-peer', ctx.nonce).slice(0, 12)}`,
  created: ctx.at,
});

const notInSwarmAlready = (host: HostState): E.Either<DockerError, void> =>
  host.swarm === undefined ? E.right(undefined) : E.left(daemonError(swarmMsg.alreadyInSwarm, 'unavailable'));

/** The ingress network of a new swarm: the first subnet of the cluster's pools, no user subnet. */
const ingressRecord = (ctx: DecideContext, id: string, subnet: string): NetworkRecord => {
  const gateway = firstGateway({ subnet }, ctx.profile);
  return {
    id,
    name: 'ingress',
    driver: 'overlay',
    scope: 'swarm',
    created: ctx.at,
    enableIPv4: true,
    enableIPv6: false,
    internal: false,
    attachable: false,
    ingress: true,
    ipam: {
      driver: 'default',
      options: null,
      config: [{ subnet, ...(gateway === undefined ? {} : { gateway }), userSubnet: false, userGateway: false }],
    },
    options: { [VXLAN_OPTION]: String(FIRST_VXLAN_ID) },
    labels: {},
    predefined: false,
  };
};

export const initSwarm: CommandHandler<InitSwarm> = (ctx, cmd) => {
  const host = ctx.host;
  if (host === undefined) return E.left(daemonError('no host'));
  const already = notInSwarmAlready(host);
  if (E.isLeft(already)) return already;
  const addr = advertiseAddress(host, cmd.advertiseAddr);
  if (E.isLeft(addr)) return addr;
  const clusterId = swarmIds(ctx).id('cluster');
  const cluster: SwarmCluster = {
    id: clusterId,
    created: ctx.at,
    defaultAddrPool: [...cmd.defaultAddrPool],
    subnetSize: cmd.subnetSize,
    tokens: { worker: joinToken(ctx.state.seed, clusterId, 'worker'), manager: joinToken(ctx.state.seed, clusterId, 'manager') },
  };
  const subnet = pickSwarmSubnet(ctx.profile, cluster, [], 0);
  if (E.isLeft(subnet)) return E.left(daemonError(subnet.left, 'invalid-parameter'));
  const ingress = ingressRecord(ctx, swarmIds(ctx).id('swarm-network'), subnet.right.subnet);
  const node = nodeRecord(ctx, host, 'manager', addr.right);
  const setup = nodeSetupEvents(ctx, idsFor(ctx), host, ingress, openNetworkPools(ingress, ctx.profile));
  if (E.isLeft(setup)) return setup;
  return E.right([
    { type: 'SwarmInitialized', data: { cluster, node } },
    { type: 'SwarmNetworkCreated', data: { clusterId, network: ingress, poolCursor: subnet.right.cursor } },
    ...setup.right,
  ]);
};

const TOKEN = /^SWMTKN-1-([0-9a-z]{50})-([0-9a-z]{25})$/;

export const joinSwarm: CommandHandler<JoinSwarm> = (ctx, cmd) => {
  const host = ctx.host;
  if (host === undefined) return E.left(daemonError('no host'));
  const already = notInSwarmAlready(host);
  if (E.isLeft(already)) return already;
  if (!TOKEN.test(cmd.token)) return E.left(daemonError(swarmMsg.invalidJoinToken, 'invalid-parameter'));
  const target = hostPart(cmd.remoteAddr);
  // The manager listening at the address, in any swarm of the simulated world.
  const found = [...ctx.state.swarms.values()].flatMap((cluster) =>
    readyManagers(cluster)
      .filter((n) => n.addr === target)
      .map(() => cluster),
  )[0];
  if (found === undefined) return E.left(daemonError(swarmMsg.joinTimeout, 'unavailable'));
  const role = cmd.token === found.tokens.manager ? 'manager' : cmd.token === found.tokens.worker ? 'worker' : undefined;
  if (role === undefined) return E.left(daemonError(swarmMsg.wrongJoinToken, 'invalid-parameter'));
  const addr = advertiseAddress(host, cmd.advertiseAddr);
  if (E.isLeft(addr)) return addr;
  const ingress = [...found.networks.values()].find((n) => n.record.ingress);
  const node = nodeRecord(ctx, host, role, addr.right);
  const events: DecidedEvent[] = [{ type: 'NodeJoined', data: { clusterId: found.id, node } }];
  if (ingress !== undefined) {
    const setup = nodeSetupEvents(ctx, idsFor(ctx), host, ingress.record, ingress.pools);
    if (E.isLeft(setup)) return setup;
    events.push(...setup.right);
  }
  // Managers see every swarm network at once; workers only when a task or container needs it.
  if (role === 'manager') {
    for (const n of found.networks.values()) if (!n.record.ingress) events.push(...showNetworkOn(host, n.record));
  }
  return E.right(events);
};

const onSwarmNetwork = (host: HostState, c: ContainerState): boolean =>
  [...c.attachments.keys()].some((id) => host.networks.get(id)?.scope === 'swarm');

export const leaveSwarm: CommandHandler<LeaveSwarm> = (ctx, cmd) => {
  const host = ctx.host;
  if (host === undefined) return E.left(daemonError('no host'));
  const node = nodeContextOf(ctx.state, host);
  if (node === undefined) return E.left(daemonError(swarmMsg.notInSwarm, 'unavailable'));
  if (node.node.role === 'manager' && !cmd.force) {
    const managers = [...node.cluster.nodes.values()].filter((n) => n.role === 'manager');
    const reachable = managers.filter((n) => n.status === 'ready').length;
    const unreachable = managers.length - reachable;
    return E.left(
      daemonError(reachable <= 1 && unreachable === 0 ? swarmMsg.leaveLastManager : swarmMsg.leaveManager(reachable, unreachable), 'unavailable'),
    );
  }
  const events: DecidedEvent[] = [];
  // Task containers go with the node; standalone containers lose their swarm networks.
  for (const c of host.containers.values()) {
    const taskId = c.labels['com.docker.swarm.task.id'];
    const serviceId = c.labels['com.docker.swarm.service.id'];
    if (taskId !== undefined && serviceId !== undefined) {
      events.push(...stopEvents(c, 0), { type: 'ContainerRemoved', data: { containerId: c.id } });
      events.push({ type: 'TaskRemoved', data: { clusterId: node.cluster.id, serviceId, taskId } });
    } else if (onSwarmNetwork(host, c)) {
      for (const a of c.attachments.values()) {
        const network = host.networks.get(a.networkId);
        if (network?.scope !== 'swarm') continue;
        if (a.endpoint !== undefined) {
          events.push({ type: 'EndpointLeft', data: { containerId: c.id, networkId: a.networkId, endpointId: a.endpoint.id } });
        }
        events.push({ type: 'NetworkDisconnected', data: { containerId: c.id, networkId: a.networkId } });
      }
    }
  }
  // The daemon's own endpoints (the ingress sandbox, on ingress and docker_gwbridge) go;
  // swarm networks leave the node; docker_gwbridge stays.
  for (const network of host.networks.values()) {
    for (const ep of network.endpoints.values()) {
      if (ep.label !== undefined && !host.containers.has(ep.containerId)) {
        events.push({ type: 'EndpointLeft', data: { containerId: ep.containerId, networkId: network.id, endpointId: ep.id } });
      }
    }
    if (network.scope === 'swarm') events.push({ type: 'NetworkRemoved', data: { networkId: network.id } });
  }
  events.push({ type: 'NodeLeft', data: { clusterId: node.cluster.id, nodeId: node.node.id } });
  return E.right(events);
};

export const removeNode: CommandHandler<RemoveNode> = (ctx, cmd) =>
  E.chain((manager: NodeContext) => {
    const target = findNode(manager.cluster, cmd.ref);
    if (target === undefined) return E.left(daemonError(swarmMsg.noSuchNode(cmd.ref), 'not-found'));
    if (target.status === 'ready' && target.role === 'manager') return E.left(daemonError(swarmMsg.removeManager(target.id), 'conflict'));
    if (target.status === 'ready' && !cmd.force) return E.left(daemonError(swarmMsg.nodeNotDown(target.id), 'conflict'));
    return E.right([{ type: 'NodeRemoved' as const, data: { clusterId: manager.cluster.id, nodeId: target.id } }]);
  })(requireManager(ctx));
