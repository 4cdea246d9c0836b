/**
 * start, stop, kill, pause, unpause, rm and rename: the lifecycle machine says whether a
 * command is allowed (with Docker's wording when not); these handlers decide the
 * networking effects (docker-facts.md §8).
 */
import * as E from 'fp-ts/lib/Either.js';
import {
  daemonError,
  lifecycleTransition,
  type CommandHandler,
  type ContainerState,
  type DecideContext,
  type DockerError,
  type Endpoint,
  type EventBody,
  type ExitContainer,
  type HostState,
  type KillContainer,
  type LifecycleCommand,
  type LifecycleOutcome,
  type PauseContainer,
  type RemoveContainer,
  type RenameContainer,
  type StartContainer,
  type StopContainer,
  type UnpauseContainer,
} from '@docknet/core';
import { checkName } from './container-create.js';
import { decideEndpoint, newJoinCursor } from './endpoint-join.js';
import { gatewayAttachment, gatewayBridgeFor, gatewayEndpointLabel } from './gateway-bridge.js';
import { swarmMsg } from './swarm/swarm-messages.js';
import { idsFor } from './ids.js';
import { findContainer } from './lookup.js';
import { msg } from './messages.js';
import { decidePorts } from './ports.js';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

const isShell = (c: ContainerState): boolean => {
  const [first, ...rest] = c.cmd;
  return first !== undefined && rest.length === 0 && SHELLS.has(first.slice(first.lastIndexOf('/') + 1));
};

/** A shell with no stdin exits at once (`docker run -d ubuntu`); `-i` keeps it alive. */
export const exitsImmediately = (c: ContainerState): boolean => isShell(c) && !c.openStdin;

/** Shells as PID 1 ignore SIGTERM, so `docker stop` ends them with SIGKILL after the grace period. */
export const stopExitCode = (c: ContainerState): number => (isShell(c) ? 137 : 0);

/** Asks the lifecycle machine; renders Docker's refusal. */
export const allow = (
  ctx: DecideContext,
  container: ContainerState,
  command: LifecycleCommand,
  reference: string,
): E.Either<DockerError, LifecycleOutcome> =>
  E.mapLeft((r: { message: (id: string, name: string, p: typeof ctx.profile.id, ref?: string) => string; code: string }) =>
    daemonError(r.message(container.id, container.name, ctx.profile.id, reference), 'conflict'),
  )(lifecycleTransition(container.status, command));

const withContainer = (
  ctx: DecideContext,
  ref: string,
  f: (host: HostState, c: ContainerState) => E.Either<DockerError, readonly EventBody[]>,
): E.Either<DockerError, readonly EventBody[]> => {
  const host = ctx.host;
  if (host === undefined) return E.left(daemonError('no host'));
  return E.chain((c: ContainerState) => f(host, c))(findContainer(host, ref));
};

const leaveEvents = (
  containerId: string,
  endpoints: readonly Endpoint[],
  hasPorts: boolean,
  exitCode: number,
  sandboxOnly: readonly string[],
): EventBody[] => [
  ...endpoints.map((ep): EventBody => ({
    type: 'EndpointLeft',
    data: { containerId, networkId: ep.networkId, endpointId: ep.id },
  })),
  // The daemon's own attachments (docker_gwbridge) live only as long as the sandbox.
  ...sandboxOnly.map((networkId): EventBody => ({ type: 'NetworkDisconnected', data: { containerId, networkId } })),
  ...(hasPorts ? [{ type: 'PortsReleased' as const, data: { containerId } }] : []),
  { type: 'ContainerStopped', data: { containerId, exitCode } },
];

/** Events that take a running container off every network and stop it. */
export const stopEvents = (c: ContainerState, exitCode: number): EventBody[] =>
  leaveEvents(
    c.id,
    [...c.attachments.values()].flatMap((a) => (a.endpoint === undefined ? [] : [a.endpoint])),
    c.published.length > 0,
    exitCode,
    [...c.attachments.values()].flatMap((a) => (a.sandboxOnly === true ? [a.networkId] : [])),
  );

/**
 * `--network container:<x>`: the donor is resolved at start (create does not check it) and
 * must be running (`getNetworkedContainer`). These errors carry no networking prefix: the
 * daemon raises them before it sets up any network.
 */
const checkDonor = (ctx: DecideContext, host: HostState, c: ContainerState): E.Either<DockerError, void> => {
  if (!c.networkMode.startsWith('container:')) return E.right(undefined);
  const ref = c.networkMode.slice('container:'.length);
  const donor = findContainer(host, ref);
  if (E.isLeft(donor)) {
    return E.left(daemonError(msg.donorMissing(ctx.profile, ref), donor.left.kind === 'not-found' ? 'system' : donor.left.kind));
  }
  if (donor.right.id === c.id) return E.left(daemonError(msg.donorIsSelf(ctx.profile), 'system'));
  // Docker's `State.IsRunning()` is also true while paused, so a paused donor can be joined.
  if (donor.right.status !== 'running' && donor.right.status !== 'paused') {
    const d = { ref, name: donor.right.name, status: donor.right.status };
    return E.left(daemonError(msg.donorNotRunning(ctx.profile, d), 'conflict'));
  }
  return E.right(undefined);
};

const checkLinks = (ctx: DecideContext, host: HostState, c: ContainerState): E.Either<DockerError, void> => {
  for (const link of c.links) {
    const target = host.containers.get(link.containerId);
    if (target === undefined) return E.left(daemonError(msg.linkTargetMissing(link.containerId), 'not-found'));
    if (target.status !== 'running') return E.left(daemonError(msg.linkNotRunning(target.name, c.name, link.alias)));
    const onDefault = [...target.attachments.values()].some((a) => host.networks.get(a.networkId)?.name === 'bridge');
    if (!onDefault) return E.left(daemonError(msg.linkNotDefaultNetwork(target.name)));
  }
  void ctx;
  return E.right(undefined);
};

/** Sandbox, endpoints and ports for a container that starts (and its exit if it dies at once). */
export const startEvents = (ctx: DecideContext, host: HostState, c: ContainerState): E.Either<DockerError, EventBody[]> => {
  const donor = checkDonor(ctx, host, c);
  if (E.isLeft(donor)) return donor;
  const links = checkLinks(ctx, host, c);
  if (E.isLeft(links)) return links;
  const ids = idsFor(ctx);
  const cursor = newJoinCursor(host, undefined);
  const joined: Endpoint[] = [];
  for (const a of c.attachments.values()) {
    if (a.sandboxOnly === true) continue;
    const network = host.networks.get(a.networkId);
    if (network === undefined) return E.left(daemonError(msg.startPrefix(ctx.profile, msg.networkNotFound(a.networkName)), 'not-found'));
    // The manager's allocator refuses a standalone container on a swarm network not made --attachable.
    if (network.scope === 'swarm' && !network.attachable && c.labels['com.docker.swarm.task.id'] === undefined) {
      return E.left(daemonError(msg.startPrefix(ctx.profile, swarmMsg.notAttachable(network.name)), 'forbidden'));
    }
    const ep = decideEndpoint(ctx, ids, cursor, c, network, a);
    if (E.isLeft(ep)) return E.left({ ...ep.left, message: msg.startPrefix(ctx.profile, ep.left.message) });
    joined.push(ep.right);
  }
  const events: EventBody[] = [
    {
      type: 'ContainerStarted',
      data: { containerId: c.id, pid: 1000 + ctx.nonce, sandbox: { id: ids.hex('sandbox'), key: `/var/run/docker/netns/${ids.hex('sandbox', 1).slice(0, 12)}` } },
    },
    ...joined.map((endpoint): EventBody => ({ type: 'EndpointJoined', data: { endpoint } })),
  ];
  const sandboxOnly: string[] = [];
  const gw = c.networkMode.startsWith('container:') ? undefined : gatewayBridgeFor(host, c.attachments.values(), (id) => host.networks.get(id));
  if (gw !== undefined) {
    const attachment = gatewayAttachment(gw);
    const ep = decideEndpoint(ctx, ids, cursor, c, gw, attachment);
    if (E.isLeft(ep)) return E.left({ ...ep.left, message: msg.startPrefix(ctx.profile, ep.left.message) });
    const endpoint = { ...ep.right, label: gatewayEndpointLabel(c.id) };
    events.push({ type: 'NetworkConnected', data: { containerId: c.id, attachment, dnsNames: [] } }, { type: 'EndpointJoined', data: { endpoint } });
    joined.push(endpoint);
    sandboxOnly.push(gw.id);
  }
  const gatewayEp = joined.find((ep) => {
    const n = host.networks.get(ep.networkId);
    return n !== undefined && n.driver === 'bridge' && !n.internal && ep.ipv4 !== undefined;
  });
  if (gatewayEp !== undefined) {
    const network = host.networks.get(gatewayEp.networkId);
    const bindingIp = network?.options['com.docker.network.bridge.host_binding_ipv4'] ?? '0.0.0.0';
    const ports = decidePorts(ctx, host, c, gatewayEp, bindingIp);
    if (E.isLeft(ports)) return ports;
    if (ports.right.length > 0) events.push({ type: 'PortsPublished', data: { containerId: c.id, ports: ports.right } });
  }
  if (exitsImmediately(c)) {
    events.push(...leaveEvents(c.id, joined, events.some((e) => e.type === 'PortsPublished'), 0, sandboxOnly));
  }
  return E.right(events);
};

export const startContainer: CommandHandler<StartContainer> = (ctx, cmd) =>
  withContainer(ctx, cmd.ref, (host, c) =>
    E.chain((o: LifecycleOutcome) => (o.noop ? E.right([]) : startEvents(ctx, host, c)))(allow(ctx, c, { type: 'start' }, cmd.ref)),
  );

export const stopContainer: CommandHandler<StopContainer> = (ctx, cmd) =>
  withContainer(ctx, cmd.ref, (_host, c) =>
    E.map((o: LifecycleOutcome) => (o.noop ? [] : stopEvents(c, stopExitCode(c))))(allow(ctx, c, { type: 'stop' }, cmd.ref)),
  );

export const killContainer: CommandHandler<KillContainer> = (ctx, cmd) =>
  withContainer(ctx, cmd.ref, (_host, c) =>
    E.map((o: LifecycleOutcome) => (o.noop ? [] : stopEvents(c, 137)))(allow(ctx, c, { type: 'kill' }, cmd.ref)),
  );

/** The process exited by itself: leave every network, release ports, record its status. */
export const exitContainer: CommandHandler<ExitContainer> = (ctx, cmd) =>
  withContainer(ctx, cmd.ref, (_host, c) =>
    E.map((o: LifecycleOutcome) => (o.noop ? [] : stopEvents(c, cmd.exitCode)))(
      allow(ctx, c, { type: 'die', restart: false }, cmd.ref),
    ),
  );

export const pauseContainer: CommandHandler<PauseContainer> = (ctx, cmd) =>
  withContainer(ctx, cmd.ref, (_host, c) =>
    E.map((o: LifecycleOutcome): EventBody[] => (o.noop ? [] : [{ type: 'ContainerPaused', data: { containerId: c.id } }]))(
      allow(ctx, c, { type: 'pause' }, cmd.ref),
    ),
  );

export const unpauseContainer: CommandHandler<UnpauseContainer> = (ctx, cmd) =>
  withContainer(ctx, cmd.ref, (_host, c) =>
    E.map((o: LifecycleOutcome): EventBody[] => (o.noop ? [] : [{ type: 'ContainerUnpaused', data: { containerId: c.id } }]))(
      allow(ctx, c, { type: 'unpause' }, cmd.ref),
    ),
  );

export const removeContainer: CommandHandler<RemoveContainer> = (ctx, cmd) =>
  withContainer(ctx, cmd.ref, (_host, c) =>
    E.map((o: LifecycleOutcome): EventBody[] => [
      ...(o.effects.includes('disconnect-networks') || c.status === 'running' || c.status === 'paused' ? stopEvents(c, 137) : []),
      { type: 'ContainerRemoved', data: { containerId: c.id } },
    ])(allow(ctx, c, { type: 'remove', force: cmd.force }, cmd.ref)),
  );

export const renameContainer: CommandHandler<RenameContainer> = (ctx, cmd) =>
  withContainer(ctx, cmd.ref, (host, c) => {
    // moby daemon/rename.go: the same name is refused before the name is reserved.
    if ((cmd.name.startsWith('/') ? cmd.name.slice(1) : cmd.name) === c.name) {
      return E.left(daemonError(msg.renameSameName));
    }
    return E.map((name: string): EventBody[] => [{ type: 'ContainerRenamed', data: { containerId: c.id, name } }])(
      checkName(host, cmd.name),
    );
  });
