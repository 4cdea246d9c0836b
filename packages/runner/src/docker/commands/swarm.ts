/**
 * `docker swarm init|join|join-token|leave` (docker/cli `cli/command/swarm`; swarm-facts.md
 * §1–§5). Daemon refusals print as `Error response from daemon: …`.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { DockerError, EventEnvelope, InitSwarm, JoinSwarm } from '@docknet/core';
import { nodeContextOf, SWARM_PORT } from '@docknet/drivers';
import { errorText, fail, ok, type CliResult } from '../cli-result.js';
import type { CliContext, DockerCommandSpec } from '../command-spec.js';
import { flagBool, flagValue, flagValues, type FlagSpec } from '../flags.js';
import { managerView, swarmStrings } from '../../views/swarm/index.js';
import { convergeCluster } from './swarm-converge.js';

const daemonFailure = (err: DockerError): CliResult => fail(`${errorText(err)}\n`);

const ADVERTISE_ADDR: FlagSpec = {
  name: 'advertise-addr',
  kind: 'string',
  description: 'Advertised address (format: "<ip|interface>[:port]")',
};

/** An IPv4 CIDR, as pflag's IPNetSlice accepts it. */
const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

const isCidr = (value: string): boolean => {
  const m = CIDR.exec(value);
  return m !== null && m.slice(1, 5).every((o) => Number(o) <= 255) && Number(m[5]) <= 32;
};

/** `--default-addr-pool` is a pflag IPNetSlice: comma-separated CIDRs. */
const addrPoolValue = (value: string): E.Either<string, string> => {
  const bad = value.split(',').find((c) => !isCidr(c.trim()));
  return bad === undefined ? E.right(value) : E.left(`invalid CIDR address: ${bad}`);
};

/** `192.168.1.5:2400` advertises port 2400; without a port the manager listens on 2377. */
const advertisedPort = (requested: string | undefined): number => {
  const m = requested === undefined ? null : /^[^:[\]]+:(\d+)$/.exec(requested);
  return m === null ? SWARM_PORT : Number(m[1]);
};

const initCommand = (advertiseAddr: string | undefined, pools: readonly string[], mask: string | undefined): InitSwarm => ({
  type: 'InitSwarm',
  ...(advertiseAddr === undefined ? {} : { advertiseAddr }),
  defaultAddrPool: pools.flatMap((p) => p.split(',').map((c) => c.trim())),
  subnetSize: mask === undefined ? 24 : Number(mask),
});

const initOutput = (events: readonly EventEnvelope[], port: number): string => {
  const init = events.find((e) => e.type === 'SwarmInitialized');
  if (init?.type !== 'SwarmInitialized') return '';
  const { cluster, node } = init.data;
  return swarmStrings.initialized(node.id, cluster.tokens.worker, node.addr, port);
};

export const swarmInit: DockerCommandSpec = {
  path: 'docker swarm init',
  usage: 'docker swarm init [OPTIONS]',
  description: 'Initialize a swarm',
  args: { none: true },
  interspersed: true,
  usageExit: 1,
  flags: [
    ADVERTISE_ADDR,
    { name: 'default-addr-pool', kind: 'list', description: 'default address pool in CIDR format (default [])', parse: addrPoolValue },
    { name: 'default-addr-pool-mask-length', kind: 'int', description: 'default address pool subnet mask length (default 24)' },
  ],
  run: (ctx, f) => {
    const advertise = flagValue(f, 'advertise-addr');
    const command = initCommand(advertise, flagValues(f, 'default-addr-pool'), flagValue(f, 'default-addr-pool-mask-length'));
    const result = ctx.session.execute(ctx.host, command);
    return E.isLeft(result) ? daemonFailure(result.left) : ok(initOutput(result.right, advertisedPort(advertise)));
  },
};

const isRole = (role: string): role is 'worker' | 'manager' => role === 'worker' || role === 'manager';

export const swarmJoinToken: DockerCommandSpec = {
  path: 'docker swarm join-token',
  usage: 'docker swarm join-token [OPTIONS] (worker|manager)',
  description: 'Manage join tokens',
  args: { exactly: 1 },
  interspersed: true,
  usageExit: 1,
  flags: [{ name: 'quiet', short: 'q', kind: 'bool', description: 'Only display token' }],
  run: (ctx, f) => {
    const role = f.positionals[0] ?? '';
    // The CLI checks the role before asking the daemon anything.
    if (!isRole(role)) return fail(`${swarmStrings.unknownRole(role)}\n`);
    const view = managerView(ctx.session.state, ctx.host);
    if (E.isLeft(view)) return daemonFailure(view.left);
    const token = view.right.cluster.tokens[role];
    if (flagBool(f, 'quiet')) return ok(`${token}\n`);
    return ok(swarmStrings.joinToken(role, token, view.right.node.addr, SWARM_PORT));
  },
};

const joinCommand = (token: string, remoteAddr: string, advertiseAddr: string | undefined): JoinSwarm => ({
  type: 'JoinSwarm',
  token,
  remoteAddr,
  ...(advertiseAddr === undefined ? {} : { advertiseAddr }),
});

/** The role the node joined as, read back as the CLI does (`Info` → `ControlAvailable`). */
const joinedRole = (ctx: CliContext): 'worker' | 'manager' =>
  nodeContextOf(ctx.session.state, ctx.session.state.hosts.get(ctx.host))?.node.role ?? 'worker';

export const swarmJoin: DockerCommandSpec = {
  path: 'docker swarm join',
  usage: 'docker swarm join [OPTIONS] HOST:PORT',
  description: 'Join a swarm as a node and/or manager',
  args: { exactly: 1 },
  interspersed: true,
  usageExit: 1,
  flags: [ADVERTISE_ADDR, { name: 'token', kind: 'string', description: 'Token for entry into the swarm' }],
  run: (ctx, f) => {
    const command = joinCommand(flagValue(f, 'token') ?? '', f.positionals[0] ?? '', flagValue(f, 'advertise-addr'));
    const result = ctx.session.execute(ctx.host, command);
    return E.isLeft(result) ? daemonFailure(result.left) : ok(swarmStrings.joined(joinedRole(ctx)));
  },
};

export const swarmLeave: DockerCommandSpec = {
  path: 'docker swarm leave',
  usage: 'docker swarm leave [OPTIONS]',
  description: 'Leave the swarm',
  args: { none: true },
  interspersed: true,
  usageExit: 1,
  flags: [{ name: 'force', short: 'f', kind: 'bool', description: 'Force this node to leave the swarm, ignoring warnings' }],
  run: (ctx, f, host) => {
    const clusterId = host.swarm?.clusterId;
    const result = ctx.session.execute(ctx.host, { type: 'LeaveSwarm', force: flagBool(f, 'force') });
    if (E.isLeft(result)) return daemonFailure(result.left);
    // The managers reschedule the tasks the node ran.
    if (clusterId !== undefined) convergeCluster(ctx.session, clusterId);
    return ok(swarmStrings.left);
  },
};
