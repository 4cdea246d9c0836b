/**
 * `docker create` (and the create half of `docker run`): name, network mode, per-network
 * settings, ports, links and their conflicts (docker-facts.md §4, §7).
 * Nothing is allocated here: addresses, MACs and veths come at start (§8).
 */
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import {
  daemonError,
  type AttachmentConfig,
  type CommandHandler,
  type ContainerRecord,
  type CreateContainer,
  type DecideContext,
  type DecidedEvent,
  type DockerError,
  type HostState,
  type LegacyLink,
  type NetworkRequest,
  type NetworkState,
  type PortBindingRequest,
} from '@docknet/core';
import { generateContainerName } from '@docknet/core';
import { idsFor } from './ids.js';
import { ipFamily, ipInAnySubnet } from './ipam-adapter.js';
import { findContainer, findNetwork, isUserDefined } from './lookup.js';
import { msg } from './messages.js';
import { dnsNamesFor } from './dns-names.js';
import { findSwarmNetwork, nodeContextOf } from './swarm/cluster-lookup.js';
import { showNetworkOn, swarmNetworkOn } from './swarm/node-networks.js';

const VALID_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export type NetworkMode =
  | { readonly kind: 'bridge'; readonly stored: string }
  | { readonly kind: 'host' }
  | { readonly kind: 'none' }
  | { readonly kind: 'container'; readonly donorRef: string }
  | { readonly kind: 'user'; readonly name: string };

/** Classifies the first `--network` value as Docker's NetworkMode does. */
export const networkModeOf = (ref: string | undefined): NetworkMode => {
  if (ref === undefined || ref === 'default') return { kind: 'bridge', stored: 'default' };
  if (ref === 'bridge') return { kind: 'bridge', stored: 'bridge' };
  if (ref === 'host') return { kind: 'host' };
  if (ref === 'none') return { kind: 'none' };
  if (ref.startsWith('container:')) return { kind: 'container', donorRef: ref.slice('container:'.length) };
  return { kind: 'user', name: ref };
};

/** Docker's name rules: the pattern, then uniqueness; returns the name without its `/`. */
export const checkName = (host: HostState, name: string): E.Either<DockerError, string> => {
  if (!VALID_NAME.test(name)) return E.left(daemonError(msg.invalidName(name)));
  const bare = name.startsWith('/') ? name.slice(1) : name;
  const taken = host.containerIdsByName.get(bare);
  return taken === undefined ? E.right(bare) : E.left(daemonError(msg.nameConflict(bare, taken), 'conflict'));
};

/** Static `--ip` rules checked at create time (v25+, §4.2). */
const checkStaticIp = (ctx: DecideContext, network: NetworkState, req: NetworkRequest): E.Either<DockerError, void> => {
  const ips = [req.ipv4, req.ipv6].filter((x): x is string => x !== undefined);
  if (ips.length === 0) return E.right(undefined);
  const wrap = (reason: string) => daemonError(msg.endpointSettings(network.name, reason));
  if (!isUserDefined(network)) return E.left(wrap(msg.userIpOnPredefined(ctx.profile)));
  const userSubnet = (network.ipam.config ?? []).some((c) => c.userSubnet);
  if (!userSubnet && !ctx.profile.ipWithoutUserSubnet) return E.left(wrap(msg.userIpNoSubnet));
  for (const [family, ip] of [[4, req.ipv4], [6, req.ipv6]] as const) {
    if (ip === undefined) continue;
    if (ipFamily(ip) !== family) return E.left(wrap(msg.invalidIp(family, ip)));
    const subnets = (network.ipam.config ?? []).map((c) => c.subnet);
    if (!ipInAnySubnet(ip, subnets)) return E.left(wrap(msg.ipOutsideSubnets(ctx.profile, ip)));
  }
  return E.right(undefined);
};

/**
 * A network by reference on this host, or — on a swarm node that does not see it yet — the
 * swarm network of that name (a worker learns of an attachable overlay when a container asks).
 */
const findNetworkOrSwarm = (ctx: DecideContext, host: HostState, ref: string): E.Either<DockerError, NetworkState> => {
  const local = findNetwork(host, ref);
  if (E.isRight(local)) return local;
  const node = nodeContextOf(ctx.state, host);
  const shared = node === undefined ? undefined : findSwarmNetwork(node.cluster, ref);
  return shared === undefined ? local : E.right(swarmNetworkOn(host, shared));
};

/** Resolves the requested networks into attachments (the `EndpointsConfig`). */
const resolveAttachments = (
  ctx: DecideContext,
  host: HostState,
  mode: NetworkMode,
  requests: readonly NetworkRequest[],
): E.Either<DockerError, AttachmentConfig[]> => {
  if (mode.kind === 'container') return E.right([]);
  const refs: NetworkRequest[] =
    requests.length === 0 ? [{ ref: 'bridge', aliases: [], links: [] }] : requests.map((r) => (r.ref === 'default' ? { ...r, ref: 'bridge' } : r));
  const out: AttachmentConfig[] = [];
  for (const req of refs) {
    const found = findNetworkOrSwarm(ctx, host, req.ref);
    if (E.isLeft(found)) return found;
    const network = found.right;
    if (req.aliases.length > 0 && !isUserDefined(network)) {
      return E.left(daemonError(msg.endpointSettings(network.name, msg.aliasOnPredefined(ctx.profile))));
    }
    if (ctx.profile.ipCheckedAt === 'create') {
      const ip = checkStaticIp(ctx, network, req);
      if (E.isLeft(ip)) return ip;
    }
    out.push({
      networkId: network.id,
      networkName: network.name,
      aliases: [...req.aliases],
      links: [...req.links],
      ...(req.ipv4 === undefined ? {} : { ipv4: req.ipv4 }),
      ...(req.ipv6 === undefined ? {} : { ipv6: req.ipv6 }),
      ...(req.mac === undefined ? {} : { mac: req.mac }),
    });
  }
  return E.right(out);
};

/** Conflicts between the network mode and other options (§4.4, runconfig). */
const checkModeConflicts = (ctx: DecideContext, mode: NetworkMode, cmd: CreateContainer): E.Either<DockerError, void> => {
  const c = msg.containerModeConflict;
  const mac = cmd.networks[0]?.mac !== undefined;
  if (mode.kind === 'host' && cmd.links.length > 0) return E.left(daemonError(msg.hostWithLinks));
  if (mode.kind === 'host' && mac && ctx.profile.macConflictsWithHostMode) return E.left(daemonError(c.mac));
  if (mode.kind !== 'container') return E.right(undefined);
  if (cmd.hostname !== undefined) return E.left(daemonError(c.hostname));
  if (cmd.links.length > 0) return E.left(daemonError(c.links));
  if (cmd.dns.length > 0) return E.left(daemonError(c.dns));
  if (cmd.extraHosts.length > 0) return E.left(daemonError(c.extraHosts));
  if (mac) return E.left(daemonError(c.mac));
  if (cmd.publish.length > 0 || cmd.publishAll) return E.left(daemonError(c.publish));
  if (cmd.expose.length > 0) return E.left(daemonError(c.expose));
  return E.right(undefined);
};

const resolveLinks = (host: HostState, cmd: CreateContainer): E.Either<DockerError, LegacyLink[]> => {
  const out: LegacyLink[] = [];
  for (const link of cmd.links) {
    const target = findContainer(host, link.ref);
    if (E.isLeft(target)) return E.left(daemonError(msg.linkTargetMissing(link.ref), 'not-found'));
    out.push({ containerId: target.right.id, alias: link.alias });
  }
  return E.right(out);
};

/** `HostConfig.PortBindings` from the parsed `-p` specs (ranges expanded as the CLI does). */
export const portBindingsOf = (cmd: CreateContainer): Record<string, PortBindingRequest[]> => {
  const out: Record<string, PortBindingRequest[]> = {};
  for (const p of cmd.publish) {
    const count = p.containerPortEnd - p.containerPort + 1;
    const hostIsRange = p.hostPort !== 0 && p.hostPortEnd !== p.hostPort;
    for (let i = 0; i < count; i++) {
      const key = `${p.containerPort + i}/${p.proto}`;
      let hostPort = '';
      if (p.hostPort !== 0) {
        hostPort = count > 1 ? String(p.hostPort + i) : hostIsRange ? `${p.hostPort}-${p.hostPortEnd}` : String(p.hostPort);
      }
      (out[key] ??= []).push({ hostIp: p.hostIp, hostPort });
    }
  }
  return out;
};

/** `--expose 4000-4001/udp` → `4000/udp`, `4001/udp` (the CLI expands ranges, tcp by default). */
const expandExpose = (spec: string): string[] => {
  const slash = spec.indexOf('/');
  const proto = slash === -1 ? 'tcp' : spec.slice(slash + 1);
  const ports = slash === -1 ? spec : spec.slice(0, slash);
  const m = /^(\d+)-(\d+)$/.exec(ports);
  if (m === null) return [`${ports}/${proto}`];
  const out: string[] = [];
  for (let p = Number(m[1]); p <= Number(m[2]); p++) out.push(`${p}/${proto}`);
  return out;
};

const exposedPortsOf = (cmd: CreateContainer, bindings: Record<string, PortBindingRequest[]>): string[] => {
  const set = new Set<string>([...cmd.image.exposedPorts, ...cmd.expose.flatMap(expandExpose), ...Object.keys(bindings)]);
  return [...set].sort();
};

export const createContainer: CommandHandler<CreateContainer> = (ctx, cmd) => {
  const host = ctx.host;
  if (host === undefined) return E.left(daemonError('no host'));
  const ids = idsFor(ctx);
  const id = ids.hex('container');
  const mode = networkModeOf(cmd.networks[0]?.ref);
  const name: E.Either<DockerError, string> =
    cmd.name === undefined
      ? E.right(generateContainerName(ctx.state.seed, ids.serial, (n) => host.containerIdsByName.has(n), id))
      : checkName(host, cmd.name);
  return pipe(
    name,
    E.chainFirst(() => checkModeConflicts(ctx, mode, cmd)),
    E.bindTo('name'),
    // A donor that exists is recorded by id; a missing one is only found missing at start
    // (moby#49374: create does not validate it).
    E.bind('donor', () => {
      if (mode.kind !== 'container') return E.right(undefined);
      const found = findContainer(host, mode.donorRef);
      return E.right(E.isRight(found) ? found.right.id : undefined);
    }),
    E.bind('attachments', () => resolveAttachments(ctx, host, mode, cmd.networks)),
    E.bind('links', () => resolveLinks(host, cmd)),
    E.map(({ name, donor, attachments, links }) => {
      const donorState = donor === undefined ? undefined : host.containers.get(donor);
      const hostname =
        mode.kind === 'host' ? host.name : donorState !== undefined ? donorState.hostname : (cmd.hostname ?? id.slice(0, 12));
      const portBindings = portBindingsOf(cmd);
      const networkMode =
        mode.kind === 'bridge'
          ? mode.stored === 'default'
            ? ctx.profile.defaultNetworkModeName
            : 'bridge'
          : mode.kind === 'container'
            ? `container:${donor ?? mode.donorRef}`
            : mode.kind === 'user'
              ? mode.name
              : mode.kind;
      const container: ContainerRecord = {
        id,
        name,
        image: cmd.image.name,
        cmd: cmd.cmd.length > 0 ? [...cmd.cmd] : [...cmd.image.cmd],
        created: ctx.at,
        hostname,
        domainname: cmd.domainname ?? '',
        networkMode,
        tty: cmd.tty,
        openStdin: cmd.openStdin,
        env: [...cmd.image.env, ...cmd.env],
        exposedPorts: exposedPortsOf(cmd, portBindings),
        portBindings,
        publishAllPorts: cmd.publishAll,
        links,
        dns: [...cmd.dns],
        extraHosts: [...cmd.extraHosts],
        autoRemove: cmd.autoRemove,
        restartPolicy: cmd.restartPolicy,
        labels: {},
        attachments,
      };
      const dnsNames: Record<string, string[]> = {};
      const shown: DecidedEvent[] = [];
      const node = nodeContextOf(ctx.state, host);
      for (const a of attachments) {
        const shared = host.networks.has(a.networkId) ? undefined : node?.cluster.networks.get(a.networkId);
        if (shared !== undefined) shown.push(...showNetworkOn(host, shared.record));
        const network = host.networks.get(a.networkId) ?? (shared === undefined ? undefined : swarmNetworkOn(host, shared));
        if (network !== undefined) dnsNames[a.networkId] = dnsNamesFor(network, container, a, cmd.hostname !== undefined);
      }
      return [...shown, { type: 'ContainerCreated' as const, data: { container, dnsNames } }];
    }),
  );
};
