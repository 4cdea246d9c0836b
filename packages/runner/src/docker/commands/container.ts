/**
 * `docker run|create|start|stop|restart|kill|pause|unpause|rm|rename`. `docker run` is
 * create + start as the real CLI does it: with `-d` the id is printed before start, so a
 * failed start still shows it (docker-facts.md §6.4).
 */
import * as E from 'fp-ts/lib/Either.js';
import type { Command, CreateContainer, DockerError, NetworkRequest, PortSpec } from '@docknet/core';
import { errorText, fail, ok, runFailure, type CliResult } from '../cli-result.js';
import type { CliContext, DockerCommandSpec } from '../command-spec.js';
import { flagBool, flagValue, flagValues, type FlagSpec, type ParsedFlags } from '../flags.js';
import { parsePortSpec } from '../port-spec.js';
import { containerIpValue, extraHostValue, ipAddressValue, linkValue } from '../flag-values.js';
import { imageConfig } from '../../images/catalog.js';
import { missingExecutableAtStart, runToolInForeground } from '../../tools/exec/foreground-run.js';

const CREATE_FLAGS: readonly FlagSpec[] = [
  { name: 'add-host', kind: 'list', description: 'Add a custom host-to-IP mapping (host:ip)', parse: extraHostValue },
  { name: 'attach', short: 'a', kind: 'list', description: 'Attach to STDIN, STDOUT or STDERR' },
  { name: 'cap-add', kind: 'list', description: 'Add Linux capabilities' },
  { name: 'cap-drop', kind: 'list', description: 'Drop Linux capabilities' },
  { name: 'cgroupns', kind: 'string', description: 'Cgroup namespace to use (host|private)' },
  { name: 'cpus', kind: 'string', description: 'Number of CPUs' },
  { name: 'device', kind: 'list', description: 'Add a host device to the container' },
  { name: 'dns', kind: 'list', description: 'Set custom DNS servers', parse: ipAddressValue },
  { name: 'dns-option', kind: 'list', description: 'Set DNS options' },
  { name: 'dns-search', kind: 'list', description: 'Set custom DNS search domains' },
  { name: 'domainname', kind: 'string', description: 'Container NIS domain name' },
  { name: 'entrypoint', kind: 'string', description: 'Overwrite the default ENTRYPOINT of the image' },
  { name: 'env', short: 'e', kind: 'list', description: 'Set environment variables' },
  { name: 'env-file', kind: 'list', description: 'Read in a file of environment variables' },
  { name: 'expose', kind: 'list', description: 'Expose a port or a range of ports' },
  { name: 'gpus', kind: 'string', description: 'GPU devices to add to the container' },
  { name: 'health-cmd', kind: 'string', description: 'Command to run to check health' },
  { name: 'hostname', short: 'h', kind: 'string', description: 'Container host name' },
  { name: 'init', kind: 'bool', description: 'Run an init inside the container' },
  { name: 'interactive', short: 'i', kind: 'bool', description: 'Keep STDIN open even if not attached' },
  { name: 'ip', kind: 'string', description: 'IPv4 address (e.g., 172.30.100.104)', parse: containerIpValue },
  { name: 'ip6', kind: 'string', description: 'IPv6 address (e.g., 2001:db8::33)', parse: containerIpValue },
  { name: 'ipc', kind: 'string', description: 'IPC mode to use' },
  { name: 'label', short: 'l', kind: 'list', description: 'Set meta data on a container' },
  { name: 'link', kind: 'list', description: 'Add link to another container', parse: linkValue },
  { name: 'log-driver', kind: 'string', description: 'Logging driver for the container' },
  { name: 'mac-address', kind: 'string', description: 'Container MAC address (e.g., 92:d0:c6:0a:29:33)' },
  { name: 'memory', short: 'm', kind: 'string', description: 'Memory limit' },
  { name: 'mount', kind: 'list', description: 'Attach a filesystem mount to the container' },
  { name: 'name', kind: 'string', description: 'Assign a name to the container' },
  { name: 'network', kind: 'list', description: 'Connect a container to a network', aliases: ['net'] },
  { name: 'network-alias', kind: 'list', description: 'Add network-scoped alias for the container', aliases: ['net-alias'] },
  { name: 'pid', kind: 'string', description: 'PID namespace to use' },
  { name: 'platform', kind: 'string', description: 'Set platform if server is multi-platform capable' },
  { name: 'privileged', kind: 'bool', description: 'Give extended privileges to this container' },
  { name: 'publish', short: 'p', kind: 'list', description: "Publish a container's port(s) to the host" },
  { name: 'publish-all', short: 'P', kind: 'bool', description: 'Publish all exposed ports to random ports' },
  { name: 'pull', kind: 'string', description: 'Pull image before running ("always", "missing", "never")' },
  { name: 'quiet', short: 'q', kind: 'bool', description: 'Suppress the pull output' },
  { name: 'read-only', kind: 'bool', description: "Mount the container's root filesystem as read only" },
  { name: 'restart', kind: 'string', description: 'Restart policy to apply when a container exits (default "no")' },
  { name: 'rm', kind: 'bool', description: 'Automatically remove the container and its associated anonymous volumes when it exits' },
  { name: 'security-opt', kind: 'list', description: 'Security Options' },
  { name: 'shm-size', kind: 'string', description: 'Size of /dev/shm' },
  { name: 'stop-signal', kind: 'string', description: 'Signal to stop the container' },
  { name: 'stop-timeout', kind: 'int', description: 'Timeout (in seconds) to stop a container' },
  { name: 'sysctl', kind: 'list', description: 'Sysctl options' },
  { name: 'tmpfs', kind: 'list', description: 'Mount a tmpfs directory' },
  { name: 'tty', short: 't', kind: 'bool', description: 'Allocate a pseudo-TTY' },
  { name: 'ulimit', kind: 'list', description: 'Ulimit options' },
  { name: 'user', short: 'u', kind: 'string', description: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
  { name: 'userns', kind: 'string', description: 'User namespace to use' },
  { name: 'uts', kind: 'string', description: 'UTS namespace to use' },
  { name: 'volume', short: 'v', kind: 'list', description: 'Bind mount a volume' },
  { name: 'workdir', short: 'w', kind: 'string', description: 'Working directory inside the container' },
];

const EXTRA_RUN_FLAGS: readonly FlagSpec[] = [
  { name: 'detach', short: 'd', kind: 'bool', description: 'Run container in background and print container ID' },
  { name: 'detach-keys', kind: 'string', description: 'Override the key sequence for detaching a container' },
  { name: 'sig-proxy', kind: 'bool', description: 'Proxy received signals to the process (default true)' },
];

const RUN_FLAGS: readonly FlagSpec[] = [...CREATE_FLAGS, ...EXTRA_RUN_FLAGS].sort((a, b) => a.name.localeCompare(b.name));

const NON_USER_DEFINED = (ref: string) => ['default', 'bridge', 'host', 'none'].includes(ref) || ref.startsWith('container:');

const MAC = /^([0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}$/;

/** `--network name=x,alias=y,ip=…` advanced syntax or a plain name. */
const parseNetworkFlag = (value: string): NetworkRequest => {
  if (!value.includes('=')) return { ref: value, aliases: [], links: [] };
  const fields = Object.fromEntries(value.split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  return {
    ref: fields['name'] ?? '',
    aliases: fields['alias'] === undefined ? [] : [fields['alias']],
    links: [],
    ...(fields['ip'] === undefined ? {} : { ipv4: fields['ip'] }),
    ...(fields['ip6'] === undefined ? {} : { ipv6: fields['ip6'] }),
    ...(fields['mac-address'] === undefined ? {} : { mac: fields['mac-address'] }),
  };
};

/** Client-side validation and translation of create flags (docker/cli `opts.go`, `parse`). */
export const createCommandFromFlags = (ctx: CliContext, f: ParsedFlags): E.Either<string, CreateContainer> => {
  const [image, ...cmd] = f.positionals;
  if (image === undefined) return E.left('missing image');
  const publish: PortSpec[] = [];
  for (const p of flagValues(f, 'publish')) {
    const parsed = parsePortSpec(p);
    if (E.isLeft(parsed)) return parsed;
    publish.push(parsed.right);
  }
  const links = flagValues(f, 'link').map((l) => {
    const [ref = '', alias] = l.split(':');
    return { ref, alias: alias ?? ref };
  });
  const mac = flagValue(f, 'mac-address');
  if (mac !== undefined && !MAC.test(mac)) return E.left(`${mac} is not a valid mac address`);
  const requests = flagValues(f, 'network').map(parseNetworkFlag);
  const seen = new Set<string>();
  for (const r of requests) {
    if (seen.has(r.ref)) return E.left(`network "${r.ref}" is specified multiple times`);
    seen.add(r.ref);
  }
  if (requests.length > 1 && requests.some((r) => NON_USER_DEFINED(r.ref))) {
    return E.left('conflicting options: cannot attach both user-defined and non-user-defined network-modes');
  }
  const first = requests[0]?.ref ?? 'default';
  const aliases = flagValues(f, 'network-alias');
  if (aliases.length > 0 && NON_USER_DEFINED(first)) return E.left('network-scoped aliases are only supported for user-defined networks');
  // CLI ≤v27 copied --link onto any explicitly named network (`Target != "default"`), so a
  // named built-in mode refuses it client side (docker-facts.md §4.3).
  if (links.length > 0 && requests.length > 0 && first !== 'default' && NON_USER_DEFINED(first) && ctx.profile.cliLinksOnNamedBuiltinRefused) {
    return E.left('links are only supported for user-defined networks');
  }
  if (first === 'container:') {
    return E.left(`${ctx.profile.invalidNetworkModeLowercase ? 'invalid' : 'Invalid'} network mode: invalid container format container:<name|id>`);
  }
  const ip = flagValue(f, 'ip');
  const ip6 = flagValue(f, 'ip6');
  // The first network carries the container-level --ip/--ip6/--alias/--mac-address (CLI `parseNetworkOpts`).
  const primary: NetworkRequest = {
    ...(requests[0] ?? { ref: 'default', aliases: [], links: [] }),
    aliases: [...(requests[0]?.aliases ?? []), ...aliases],
    links: NON_USER_DEFINED(first) ? [] : flagValues(f, 'link'),
    ...(ip === undefined ? {} : { ipv4: ip }),
    ...(ip6 === undefined ? {} : { ipv6: ip6 }),
    ...(mac === undefined ? {} : { mac }),
  };
  // CLI ≤v24 drops --ip without an explicit --network (docker-facts.md §4.2).
  const dropIp = ctx.profile.cliDropsIpWithoutNetwork && requests.length === 0;
  const primaryFinal: NetworkRequest = dropIp
    ? { ref: primary.ref, aliases: primary.aliases, links: primary.links, ...(mac === undefined ? {} : { mac }) }
    : primary;
  const name = flagValue(f, 'name');
  const hostname = flagValue(f, 'hostname');
  const domainname = flagValue(f, 'domainname');
  return E.right({
    type: 'CreateContainer',
    ...(name === undefined ? {} : { name }),
    image: imageConfig(ctx.images, image),
    cmd,
    ...(hostname === undefined ? {} : { hostname }),
    ...(domainname === undefined ? {} : { domainname }),
    networks: requests.length === 0 && ip === undefined && aliases.length === 0 && mac === undefined ? [] : [primaryFinal, ...requests.slice(1)],
    publish,
    publishAll: flagBool(f, 'publish-all'),
    expose: flagValues(f, 'expose'),
    links: NON_USER_DEFINED(first) ? links.map(({ ref, alias }) => ({ ref, alias })) : [],
    env: flagValues(f, 'env'),
    tty: flagBool(f, 'tty'),
    openStdin: flagBool(f, 'interactive'),
    dns: flagValues(f, 'dns'),
    extraHosts: flagValues(f, 'add-host'),
    autoRemove: flagBool(f, 'rm'),
    restartPolicy: flagValue(f, 'restart') ?? 'no',
  });
};

const hostModeWarning = (f: ParsedFlags): string =>
  flagValues(f, 'network')[0] === 'host' && (flagValues(f, 'publish').length > 0 || flagBool(f, 'publish-all'))
    ? 'WARNING: Published ports are discarded when using host network mode\n'
    : '';

const createAndMaybeStart = (ctx: CliContext, f: ParsedFlags, command: 'docker run' | 'docker create'): CliResult => {
  const parsed = createCommandFromFlags(ctx, f);
  if (E.isLeft(parsed)) return runFailure(ctx.profile, command, { source: 'cli', message: parsed.left, kind: 'invalid-parameter' }, 'create');
  const warning = hostModeWarning(f);
  const created = ctx.session.execute(ctx.host, parsed.right);
  if (E.isLeft(created)) return runFailure(ctx.profile, command, created.left, 'create');
  const event = created.right.find((e) => e.type === 'ContainerCreated');
  const id = event?.type === 'ContainerCreated' ? event.data.container.id : '';
  if (command === 'docker create') return ok(`${id}\n`, warning);
  const detached = flagBool(f, 'detach');
  const idLine = detached ? `${id}\n` : '';
  // A program the image lacks fails the start (tools/exec/foreground-run.ts).
  const missing = missingExecutableAtStart(ctx, id, idLine);
  if (missing !== undefined) return { ...missing, stderr: warning + missing.stderr };
  const started = ctx.session.execute(ctx.host, { type: 'StartContainer', ref: id });
  if (E.isLeft(started)) {
    const failure = runFailure(ctx.profile, command, started.left, 'start', idLine);
    return { ...failure, stderr: warning + failure.stderr };
  }
  // `docker run busybox ifconfig`: the tool's output, then the container exits.
  const foreground = detached ? undefined : runToolInForeground(ctx, id, flagBool(f, 'rm'));
  if (foreground !== undefined) return { ...foreground, stderr: warning + foreground.stderr };
  if (flagBool(f, 'rm') && started.right.some((e) => e.type === 'ContainerStopped')) {
    ctx.session.execute(ctx.host, { type: 'RemoveContainer', ref: id, force: false });
  }
  return ok(idLine, warning);
};

export const dockerRun: DockerCommandSpec = {
  path: 'docker run',
  usage: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  description: 'Create and run a new container from an image',
  args: { atLeast: 1 },
  interspersed: false,
  usageExit: 125,
  flags: RUN_FLAGS,
  run: (ctx, f) => createAndMaybeStart(ctx, f, 'docker run'),
};

export const dockerCreate: DockerCommandSpec = {
  path: 'docker create',
  usage: 'docker create [OPTIONS] IMAGE [COMMAND] [ARG...]',
  description: 'Create a new container',
  args: { atLeast: 1 },
  interspersed: false,
  usageExit: 125,
  flags: CREATE_FLAGS,
  run: (ctx, f) => createAndMaybeStart(ctx, f, 'docker create'),
};

/** How a verb reports failures beyond the daemon's error line. */
interface FailureWording {
  /** A last line after all arguments were tried (`docker start`). */
  readonly tail?: (failed: readonly string[]) => string;
  /** The daemon's wrapping of an error about a container it found (`Cannot restart container …`). */
  readonly wrap?: (ref: string, message: string) => string;
}

/** Applies one command per argument; prints each argument on success, like the CLI. */
const eachContainer = (
  ctx: CliContext,
  refs: readonly string[],
  toCommands: (ref: string) => readonly Command[],
  wording: FailureWording = {},
): CliResult => {
  let stdout = '';
  let stderr = '';
  const failed: string[] = [];
  for (const ref of refs) {
    let error: DockerError | undefined;
    for (const [index, command] of toCommands(ref).entries()) {
      const r = ctx.session.execute(ctx.host, command);
      if (E.isLeft(r)) {
        // A missing container is the first command's lookup failing; Docker reports it unwrapped.
        const lookupFailed = index === 0 && r.left.kind === 'not-found';
        error = wording.wrap === undefined || lookupFailed ? r.left : { ...r.left, message: wording.wrap(ref, r.left.message) };
        break;
      }
    }
    if (error === undefined) stdout += `${ref}\n`;
    else {
      failed.push(ref);
      stderr += `${errorText(error)}\n`;
    }
  }
  if (failed.length > 0 && wording.tail !== undefined) stderr += wording.tail(failed);
  return { stdout, stderr, exit: failed.length > 0 ? 1 : 0 };
};

const simple = (
  verb: string,
  description: string,
  flags: readonly FlagSpec[],
  toCommands: (ref: string, f: ParsedFlags) => readonly Command[],
  wording: FailureWording = {},
): DockerCommandSpec => ({
  path: `docker ${verb}`,
  usage: `docker ${verb} [OPTIONS] CONTAINER [CONTAINER...]`,
  description,
  args: { atLeast: 1 },
  interspersed: true,
  usageExit: 1,
  flags,
  run: (ctx, f) => eachContainer(ctx, f.positionals, (ref) => toCommands(ref, f), wording),
});

const TIME: FlagSpec = { name: 'time', short: 't', kind: 'int', description: 'Seconds to wait before killing the container' };
const SIGNAL: FlagSpec = { name: 'signal', short: 's', kind: 'string', description: 'Signal to send to the container' };

export const dockerStart = simple(
  'start',
  'Start one or more stopped containers',
  [
    { name: 'attach', short: 'a', kind: 'bool', description: 'Attach STDOUT/STDERR and forward signals' },
    { name: 'interactive', short: 'i', kind: 'bool', description: "Attach container's STDIN" },
  ],
  (ref) => [{ type: 'StartContainer', ref }],
  { tail: (failed) => `Error: failed to start containers: ${failed.join(', ')}\n` },
);
export const dockerStop = simple('stop', 'Stop one or more running containers', [TIME, SIGNAL], (ref) => [{ type: 'StopContainer', ref }]);
// Restart is stop then start (moby `daemon/restart.go`), its errors wrapped with the name as typed.
export const dockerRestart = simple(
  'restart',
  'Restart one or more containers',
  [TIME, SIGNAL],
  (ref) => [
    { type: 'StopContainer', ref },
    { type: 'StartContainer', ref },
  ],
  { wrap: (ref, message) => `Cannot restart container ${ref}: ${message}` },
);
export const dockerKill = simple('kill', 'Kill one or more running containers', [SIGNAL], (ref) => [{ type: 'KillContainer', ref }]);
export const dockerPause = simple('pause', 'Pause all processes within one or more containers', [], (ref) => [{ type: 'PauseContainer', ref }]);
export const dockerUnpause = simple('unpause', 'Unpause all processes within one or more containers', [], (ref) => [
  { type: 'UnpauseContainer', ref },
]);
export const dockerRm = simple(
  'rm',
  'Remove one or more containers',
  [
    { name: 'force', short: 'f', kind: 'bool', description: 'Force the removal of a running container (uses SIGKILL)' },
    { name: 'link', short: 'l', kind: 'bool', description: 'Remove the specified link' },
    { name: 'volumes', short: 'v', kind: 'bool', description: 'Remove anonymous volumes associated with the container' },
  ],
  (ref, f) => [{ type: 'RemoveContainer', ref, force: flagBool(f, 'force') }],
);

export const dockerRename: DockerCommandSpec = {
  path: 'docker rename',
  usage: 'docker rename CONTAINER NEW_NAME',
  description: 'Rename a container',
  args: { exactly: 2 },
  interspersed: true,
  usageExit: 1,
  flags: [],
  run: (ctx, f) => {
    const [ref = '', name = ''] = f.positionals;
    const r = ctx.session.execute(ctx.host, { type: 'RenameContainer', ref, name });
    return E.isLeft(r) ? fail(`${errorText(r.left)}\n`) : ok();
  },
};
