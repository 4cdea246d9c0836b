/**
 * `docker service create|scale|rm`: the desired state of a service (its virtual IPs are
 * allocated at once, serially, in each network's shared pool). Tasks are placed by the
 * orchestrator step (converge.ts), one per decided command, as swarm's own loop does.
 */
import * as E from 'fp-ts/lib/Either.js';
import {
  daemonError,
  generateContainerName,
  swarmId,
  type ClusterState,
  type CommandHandler,
  type CreateService,
  type DecidedEvent,
  type DockerError,
  type HostState,
  type RemoveService,
  type ScaleService,
  type ServicePort,
  type ServiceState,
  type ServiceVip,
  type SwarmNetwork,
} from '@docknet/core';
import { stopEvents } from '../container-lifecycle.js';
import { prefixLength } from '../ipam-adapter.js';
import { findNetwork } from '../lookup.js';
import { findService, findSwarmNetwork, requireManager } from './cluster-lookup.js';
import { swarmMsg } from './swarm-messages.js';

/** The CLI pins a service's image to a tag (`nginx` → `nginx:latest`) before sending the spec. */
const withTag = (image: string): string => {
  const lastSlash = image.lastIndexOf('/');
  return image.includes('@') || image.slice(lastSlash + 1).includes(':') ? image : `${image}:latest`;
};

/** swarmkit's dynamic range for published ports left unspecified. */
const DYNAMIC_PORT_START = 30000;
const DYNAMIC_PORT_END = 32767;

const resolveNetworks = (host: HostState, cluster: ClusterState, refs: readonly string[]): E.Either<DockerError, SwarmNetwork[]> => {
  const out: SwarmNetwork[] = [];
  for (const ref of refs) {
    const found = findSwarmNetwork(cluster, ref);
    if (found === undefined) {
      const local = findNetwork(host, ref);
      return E.left(
        E.isRight(local)
          ? daemonError(swarmMsg.localNetworkForService(ref), 'invalid-parameter')
          : daemonError(swarmMsg.noSuchNetwork(ref), 'not-found'),
      );
    }
    if (!out.includes(found)) out.push(found);
  }
  return E.right(out);
};

/** Published ports: a given port must be free in the swarm; 0 takes the next free from 30000. */
const resolvePorts = (cluster: ClusterState, cmd: CreateService): E.Either<DockerError, ServicePort[]> => {
  const owners = new Map<string, { readonly name: string; readonly id: string }>();
  for (const s of cluster.services.values()) for (const p of s.ports) owners.set(`${p.protocol}/${p.publishedPort}`, s);
  const out: ServicePort[] = [];
  for (const p of cmd.ports) {
    let published = p.publishedPort;
    if (published === 0) {
      published = DYNAMIC_PORT_START;
      while (published <= DYNAMIC_PORT_END && owners.has(`${p.protocol}/${published}`)) published++;
    }
    const owner = owners.get(`${p.protocol}/${published}`);
    if (owner !== undefined && p.publishMode === 'ingress') {
      return E.left(daemonError(swarmMsg.portInUse(published, owner.name, owner.id), 'invalid-parameter'));
    }
    const port: ServicePort = { protocol: p.protocol, targetPort: p.targetPort, publishedPort: published, publishMode: p.publishMode };
    owners.set(`${p.protocol}/${published}`, { name: cmd.name ?? '', id: '' });
    out.push(port);
  }
  return E.right(out);
};

const vipOn = (network: SwarmNetwork): E.Either<DockerError, ServiceVip> => {
  const vip = network.pools.nextDynamic(4);
  const subnet = network.record.ipam.config?.find((c) => !c.subnet.includes(':'))?.subnet;
  if (vip === undefined || subnet === undefined) {
    return E.left(daemonError(`could not find an available IP while allocating VIP`, 'unavailable'));
  }
  return E.right({ networkId: network.record.id, vip, prefixLen: prefixLength(subnet) });
};

export const createService: CommandHandler<CreateService> = (ctx, cmd) => {
  const manager = requireManager(ctx);
  if (E.isLeft(manager)) return manager;
  const { host, cluster } = manager.right;
  const id = swarmId(ctx.state.seed, 'service', ctx.nonce);
  const name = cmd.name ?? generateContainerName(ctx.state.seed, ctx.nonce, (n) => cluster.serviceIdsByName.has(n), id);
  if (cluster.serviceIdsByName.has(name)) return E.left(daemonError(swarmMsg.serviceNameConflict(name), 'conflict'));
  const networks = resolveNetworks(host, cluster, cmd.networks);
  if (E.isLeft(networks)) return networks;
  const ports = resolvePorts(cluster, cmd);
  if (E.isLeft(ports)) return ports;
  const ingress = ports.right.some((p) => p.publishMode === 'ingress')
    ? [...cluster.networks.values()].find((n) => n.record.ingress)
    : undefined;
  const vips: ServiceVip[] = [];
  for (const network of ingress === undefined ? networks.right : [ingress, ...networks.right]) {
    const vip = vipOn(network);
    if (E.isLeft(vip)) return vip;
    vips.push(vip.right);
  }
  return E.right([
    {
      type: 'ServiceCreated',
      data: {
        clusterId: cluster.id,
        service: {
          id,
          name,
          image: withTag(cmd.image.name),
          cmd: cmd.cmd.length > 0 ? [...cmd.cmd] : [...cmd.image.cmd],
          env: [...cmd.image.env, ...cmd.env],
          mode: cmd.mode,
          replicas: cmd.mode === 'global' ? 0 : cmd.replicas,
          created: ctx.at,
          ports: ports.right,
          vips,
        },
      },
    },
  ]);
};

const withService = (
  ctx: Parameters<CommandHandler<ScaleService>>[0],
  ref: string,
  f: (cluster: ClusterState, service: ServiceState) => E.Either<DockerError, DecidedEvent[]>,
): E.Either<DockerError, DecidedEvent[]> => {
  const manager = requireManager(ctx);
  if (E.isLeft(manager)) return manager;
  const service = findService(manager.right.cluster, ref);
  if (service === undefined) return E.left(daemonError(swarmMsg.noSuchService(ref), 'not-found'));
  return f(manager.right.cluster, service);
};

export const scaleService: CommandHandler<ScaleService> = (ctx, cmd) =>
  withService(ctx, cmd.ref, (cluster, service) =>
    service.mode === 'global'
      ? E.left(daemonError(swarmMsg.globalScale, 'invalid-parameter'))
      : E.right([{ type: 'ServiceScaled', data: { clusterId: cluster.id, serviceId: service.id, replicas: cmd.replicas } }]),
  );

/** The events that end one task: its container stops and goes, on its own node. */
export const taskRemovalEvents = (
  state: Parameters<CommandHandler<ScaleService>>[0]['state'],
  cluster: ClusterState,
  service: ServiceState,
  taskId: string,
): DecidedEvent[] => {
  const task = service.tasks.get(taskId);
  if (task === undefined) return [];
  const events: DecidedEvent[] = [];
  const c = state.hosts.get(task.hostName)?.containers.get(task.containerId);
  if (c !== undefined) {
    const running = c.status === 'running' || c.status === 'paused';
    events.push(...(running ? stopEvents(c, 0) : []).map((e) => ({ ...e, host: task.hostName })));
    events.push({ type: 'ContainerRemoved', host: task.hostName, data: { containerId: c.id } });
  }
  events.push({ type: 'TaskRemoved', data: { clusterId: cluster.id, serviceId: service.id, taskId } });
  return events;
};

export const removeService: CommandHandler<RemoveService> = (ctx, cmd) =>
  withService(ctx, cmd.ref, (cluster, service) =>
    E.right([
      ...[...service.tasks.keys()].flatMap((taskId) => taskRemovalEvents(ctx.state, cluster, service, taskId)),
      { type: 'ServiceRemoved', data: { clusterId: cluster.id, serviceId: service.id } },
    ]),
  );
