/**
 * The swarm orchestrator, one step per decided `ConvergeSwarm`: drop tasks whose node is
 * gone, then for the first service off its desired state place one task (replicated: the
 * lowest free slot; global: a ready node without one) or remove one (the highest slot).
 * Placement is deterministic: the ready node with the fewest tasks of the service, then
 * the fewest tasks in all, then the earliest joined — round-robin for a fresh service.
 *
 * A placed task is a container on its node: created with swarm's labels, started, its
 * endpoints decided on each network of the service (ingress first when it publishes
 * ports) from the shared serial pools, plus docker_gwbridge as its default gateway.
 */
import * as E from 'fp-ts/lib/Either.js';
import {
  daemonError,
  hexId,
  swarmId,
  type AttachmentConfig,
  type ClusterState,
  type CommandHandler,
  type ContainerRecord,
  type ConvergeSwarm,
  type DecideContext,
  type DecidedEvent,
  type DockerError,
  type Endpoint,
  type NodeState,
  type ServiceState,
} from '@docknet/core';
import { decideEndpoint, newJoinCursor } from '../endpoint-join.js';
import { gatewayAttachment, gatewayBridgeFor, gatewayEndpointLabel } from '../gateway-bridge.js';
import { idsFor } from '../ids.js';
import { nodeContextOf, readyNodes } from './cluster-lookup.js';
import { showNetworkOn, swarmNetworkOn } from './node-networks.js';
import { taskRemovalEvents } from './services.js';

const taskLabels = (service: ServiceState, node: NodeState, taskId: string, name: string): Record<string, string> => ({
  'com.docker.swarm.node.id': node.id,
  'com.docker.swarm.service.id': service.id,
  'com.docker.swarm.service.name': service.name,
  'com.docker.swarm.task': '',
  'com.docker.swarm.task.id': taskId,
  'com.docker.swarm.task.name': name,
});

const placeTask = (
  ctx: DecideContext,
  cluster: ClusterState,
  service: ServiceState,
  slot: number,
  node: NodeState,
): E.Either<DockerError, DecidedEvent[]> => {
  const host = ctx.state.hosts.get(node.hostName);
  if (host === undefined) return E.left(daemonError(`no such host: ${node.hostName}`, 'not-found'));
  const ids = idsFor(ctx);
  const taskId = swarmId(ctx.state.seed, 'task', ctx.nonce);
  const containerId = hexId(ctx.state.seed, 'container', ctx.nonce * 64);
  const name = `${service.name}.${service.mode === 'global' ? node.id : slot}.${taskId}`;
  const networks = service.vips.flatMap((v) => {
    const shared = cluster.networks.get(v.networkId);
    return shared === undefined ? [] : [shared];
  });
  const attachments: AttachmentConfig[] = networks.map((n) => ({ networkId: n.record.id, networkName: n.record.name, aliases: [], links: [] }));
  const container: ContainerRecord = {
    id: containerId,
    name,
    image: service.image,
    cmd: [...service.cmd],
    created: ctx.at,
    hostname: containerId.slice(0, 12),
    domainname: '',
    networkMode: networks[0]?.record.name ?? 'default',
    tty: false,
    openStdin: false,
    env: [...service.env],
    exposedPorts: [],
    portBindings: {},
    publishAllPorts: false,
    links: [],
    dns: [],
    extraHosts: [],
    autoRemove: false,
    restartPolicy: 'no',
    labels: taskLabels(service, node, taskId, name),
    attachments,
  };
  const dnsNames: Record<string, string[]> = {};
  for (const a of attachments) dnsNames[a.networkId] = [name, containerId.slice(0, 12)];
  const on = <T extends DecidedEvent>(e: T): DecidedEvent => ({ ...e, host: host.name });
  const events: DecidedEvent[] = [
    { type: 'TaskCreated', data: { clusterId: cluster.id, task: { id: taskId, serviceId: service.id, slot, nodeId: node.id, hostName: host.name, containerId, created: ctx.at } } },
    ...networks.flatMap((n) => showNetworkOn(host, n.record)),
    on({ type: 'ContainerCreated', data: { container, dnsNames } }),
    on({
      type: 'ContainerStarted',
      data: { containerId, pid: 1000 + ctx.nonce, sandbox: { id: ids.hex('sandbox'), key: `/var/run/docker/netns/${ids.hex('sandbox', 1).slice(0, 12)}` } },
    }),
  ];
  const cursor = newJoinCursor(host, undefined);
  const joined: Endpoint[] = [];
  for (const [i, n] of networks.entries()) {
    const attachment = attachments[i];
    if (attachment === undefined) continue;
    const ep = decideEndpoint(ctx, ids, cursor, container, swarmNetworkOn(host, n), attachment);
    if (E.isLeft(ep)) return ep;
    joined.push(ep.right);
  }
  events.push(...joined.map((endpoint) => on({ type: 'EndpointJoined', data: { endpoint } })));
  const gw = gatewayBridgeFor(host, attachments, (id) => cluster.networks.get(id)?.record);
  if (gw !== undefined) {
    const attachment = gatewayAttachment(gw);
    const ep = decideEndpoint(ctx, ids, cursor, container, gw, attachment);
    if (E.isLeft(ep)) return ep;
    events.push(
      on({ type: 'NetworkConnected', data: { containerId, attachment, dnsNames: [] } }),
      on({ type: 'EndpointJoined', data: { endpoint: { ...ep.right, label: gatewayEndpointLabel(containerId) } } }),
    );
  }
  return E.right(events);
};

/** Tasks per node id, over every service (the scheduler's spread). */
const taskCounts = (cluster: ClusterState, service?: ServiceState): Map<string, number> => {
  const counts = new Map<string, number>();
  const services = service === undefined ? [...cluster.services.values()] : [service];
  for (const s of services) for (const t of s.tasks.values()) counts.set(t.nodeId, (counts.get(t.nodeId) ?? 0) + 1);
  return counts;
};

const pickNode = (cluster: ClusterState, service: ServiceState, nodes: readonly NodeState[]): NodeState | undefined => {
  const mine = taskCounts(cluster, service);
  const all = taskCounts(cluster);
  let best: NodeState | undefined;
  for (const n of nodes) {
    if (best === undefined) {
      best = n;
      continue;
    }
    const a = [mine.get(n.id) ?? 0, all.get(n.id) ?? 0];
    const b = [mine.get(best.id) ?? 0, all.get(best.id) ?? 0];
    if ((a[0] ?? 0) < (b[0] ?? 0) || (a[0] === b[0] && (a[1] ?? 0) < (b[1] ?? 0))) best = n;
  }
  return best;
};

const lowestFreeSlot = (service: ServiceState): number => {
  const used = new Set([...service.tasks.values()].map((t) => t.slot));
  let slot = 1;
  while (used.has(slot)) slot++;
  return slot;
};

/** One orchestration step for a service, or undefined when it is converged. */
const stepFor = (ctx: DecideContext, cluster: ClusterState, service: ServiceState): E.Either<DockerError, DecidedEvent[]> | undefined => {
  const ready = readyNodes(cluster);
  const readyIds = new Set(ready.map((n) => n.id));
  const orphan = [...service.tasks.values()].find((t) => !readyIds.has(t.nodeId));
  if (orphan !== undefined) return E.right(taskRemovalEvents(ctx.state, cluster, service, orphan.id));
  const tasks = [...service.tasks.values()];
  if (service.mode === 'global') {
    const covered = new Set(tasks.map((t) => t.nodeId));
    const node = ready.find((n) => !covered.has(n.id));
    return node === undefined ? undefined : placeTask(ctx, cluster, service, 0, node);
  }
  if (tasks.length < service.replicas) {
    const node = pickNode(cluster, service, ready);
    return node === undefined ? undefined : placeTask(ctx, cluster, service, lowestFreeSlot(service), node);
  }
  if (tasks.length > service.replicas) {
    const last = tasks.reduce((a, b) => (b.slot > a.slot ? b : a));
    return E.right(taskRemovalEvents(ctx.state, cluster, service, last.id));
  }
  return undefined;
};

export const convergeSwarm: CommandHandler<ConvergeSwarm> = (ctx) => {
  const node = nodeContextOf(ctx.state, ctx.host);
  if (node === undefined) return E.right([]);
  for (const service of node.cluster.services.values()) {
    const step = stepFor(ctx, node.cluster, service);
    if (step !== undefined) return step;
  }
  return E.right([]);
};
