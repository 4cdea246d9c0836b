/**
 * `docker network ls|create|rm|inspect|connect|disconnect|prune`.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { CreateNetwork, HostState, NetworkState } from '@docknet/core';
import { errorText, fail, ok, type CliResult } from '../cli-result.js';
import type { CliContext, DockerCommandSpec } from '../command-spec.js';
import { flagBool, flagValue, flagValues, type FlagSpec, type ParsedFlags } from '../flags.js';
import { formatEach } from '../format-output.js';
import { containerIpValue, linkValue } from '../flag-values.js';
import { networkInspectJson, networkLsOutput, renderInspectJson, type GoJson } from '../../views/index.js';

const FORMAT: FlagSpec = { name: 'format', short: 'f', kind: 'string', description: 'Format output using a custom template' };

/** `key=value` options (`-o`, `--label`, `--ipam-opt`, `--aux-address`). */
const keyValues = (list: readonly string[]): Record<string, string> => {
  const entries = new Map<string, string>();
  for (const item of list) {
    const eq = item.indexOf('=');
    entries.set(eq === -1 ? item : item.slice(0, eq), eq === -1 ? '' : item.slice(eq + 1));
  }
  // fromEntries defines own properties, so a key such as `__proto__` is kept, not swallowed.
  return Object.fromEntries(entries);
};

const daemonFailure = (err: Parameters<typeof errorText>[0]): CliResult => fail(`${errorText(err)}\n`);

export const networkCreate: DockerCommandSpec = {
  path: 'docker network create',
  usage: 'docker network create [OPTIONS] NETWORK',
  description: 'Create a network',
  args: { exactly: 1 },
  interspersed: true,
  usageExit: 1,
  flags: [
    { name: 'attachable', kind: 'bool', description: 'Enable manual container attachment' },
    { name: 'aux-address', kind: 'list', description: 'Auxiliary IPv4 or IPv6 addresses used by Network driver' },
    { name: 'config-from', kind: 'string', description: 'The network from which to copy the configuration' },
    { name: 'config-only', kind: 'bool', description: 'Create a configuration only network' },
    { name: 'driver', short: 'd', kind: 'string', description: 'Driver to manage the Network (default "bridge")' },
    { name: 'gateway', kind: 'list', description: 'IPv4 or IPv6 Gateway for the master subnet' },
    { name: 'ingress', kind: 'bool', description: 'Create swarm routing-mesh network' },
    { name: 'internal', kind: 'bool', description: 'Restrict external access to the network' },
    { name: 'ip-range', kind: 'list', description: 'Allocate container ip from a sub-range' },
    { name: 'ipam-driver', kind: 'string', description: 'IP Address Management Driver (default "default")' },
    { name: 'ipam-opt', kind: 'list', description: 'Set IPAM driver specific options' },
    { name: 'ipv4', kind: 'bool', description: 'Enable or disable IPv4 address assignment (default true)' },
    { name: 'ipv6', kind: 'bool', description: 'Enable or disable IPv6 address assignment' },
    { name: 'label', kind: 'list', description: 'Set metadata on a network' },
    { name: 'opt', short: 'o', kind: 'list', description: 'Set driver specific options' },
    { name: 'scope', kind: 'string', description: "Control the network's scope" },
    { name: 'subnet', kind: 'list', description: 'Subnet in CIDR format that represents a network segment' },
  ],
  run: (ctx, f) => {
    const name = f.positionals[0] ?? '';
    const command: CreateNetwork = {
      type: 'CreateNetwork',
      name,
      driver: flagValue(f, 'driver') ?? 'bridge',
      subnets: flagValues(f, 'subnet'),
      ipRanges: flagValues(f, 'ip-range'),
      gateways: flagValues(f, 'gateway'),
      auxAddresses: flagValues(f, 'aux-address'),
      ipv6: flagBool(f, 'ipv6'),
      ipv4: f.bools.get('ipv4') ?? true,
      internal: flagBool(f, 'internal'),
      attachable: flagBool(f, 'attachable'),
      ingress: flagBool(f, 'ingress'),
      options: keyValues(flagValues(f, 'opt')),
      labels: keyValues(flagValues(f, 'label')),
      ipamDriver: flagValue(f, 'ipam-driver') ?? 'default',
      ipamOptions: keyValues(flagValues(f, 'ipam-opt')),
    };
    const result = ctx.session.execute(ctx.host, command);
    if (E.isLeft(result)) return result.left.source === 'cli' ? fail(`${result.left.message}\n`) : daemonFailure(result.left);
    const created = result.right.find((e) => e.type === 'NetworkCreated');
    return ok(created?.type === 'NetworkCreated' ? `${created.data.network.id}\n` : '');
  },
};

export const networkRm: DockerCommandSpec = {
  path: 'docker network rm',
  usage: 'docker network rm NETWORK [NETWORK...]',
  description: 'Remove one or more networks',
  args: { atLeast: 1 },
  interspersed: true,
  usageExit: 1,
  flags: [{ name: 'force', short: 'f', kind: 'bool', description: 'Do not error if the network does not exist' }],
  run: (ctx, f) => {
    let stdout = '';
    let stderr = '';
    let failed = false;
    for (const ref of f.positionals) {
      const result = ctx.session.execute(ctx.host, { type: 'RemoveNetwork', ref });
      if (E.isRight(result)) stdout += `${ref}\n`;
      else if (!(flagBool(f, 'force') && result.left.kind === 'not-found')) {
        failed = true;
        stderr += `${errorText(result.left)}\n`;
      }
    }
    if (failed && ctx.profile.networkRmExitStatusLine) stderr += 'exit status 1\n';
    return { stdout, stderr, exit: failed ? 1 : 0 };
  },
};

export const networkLs: DockerCommandSpec = {
  path: 'docker network ls',
  usage: 'docker network ls [OPTIONS]',
  description: 'List networks',
  args: { none: true },
  interspersed: true,
  usageExit: 1,
  flags: [
    { name: 'filter', short: 'f', kind: 'list', description: 'Provide filter values (e.g. "driver=bridge")' },
    { name: 'format', kind: 'string', description: 'Format output using a custom template' },
    { name: 'no-trunc', kind: 'bool', description: 'Do not truncate the output' },
    { name: 'quiet', short: 'q', kind: 'bool', description: 'Only display network IDs' },
  ],
  run: (ctx, f: ParsedFlags, host) => {
    const out = networkLsOutput(host, {
      quiet: flagBool(f, 'quiet'),
      noTrunc: flagBool(f, 'no-trunc'),
      filters: flagValues(f, 'filter'),
      format: flagValue(f, 'format'),
    });
    return E.isLeft(out) ? fail(`${out.left}\n`) : ok(out.right);
  },
};

export const networkInspect: DockerCommandSpec = {
  path: 'docker network inspect',
  usage: 'docker network inspect [OPTIONS] NETWORK [NETWORK...]',
  description: 'Display detailed information on one or more networks',
  args: { atLeast: 1 },
  interspersed: true,
  usageExit: 1,
  flags: [FORMAT, { name: 'verbose', short: 'v', kind: 'bool', description: 'Verbose output for diagnostics' }],
  run: (ctx, f, host) => {
    const objects: GoJson[] = [];
    let stderr = '';
    for (const ref of f.positionals) {
      const found = findNetworkForView(host, ref);
      if (found === undefined) stderr += `Error response from daemon: network ${ref} not found\n`;
      else objects.push(networkInspectJson(host, found, ctx.profile, ctx.session.state.swarms));
    }
    return formatEach(objects, flagValue(f, 'format'), stderr, renderInspectJson);
  },
};

/** Full id, exact name, then unique id prefix — what the daemon's inspect accepts. */
export const findNetworkForView = (host: HostState, ref: string): NetworkState | undefined => {
  const byId = host.networks.get(ref);
  if (byId !== undefined) return byId;
  const id = host.networkIdsByName.get(ref);
  if (id !== undefined) return host.networks.get(id);
  const matches = [...host.networks.values()].filter((n) => ref !== '' && n.id.startsWith(ref));
  return matches.length === 1 ? matches[0] : undefined;
};

export const networkConnect: DockerCommandSpec = {
  path: 'docker network connect',
  usage: 'docker network connect [OPTIONS] NETWORK CONTAINER',
  description: 'Connect a container to a network',
  args: { exactly: 2 },
  interspersed: true,
  usageExit: 1,
  flags: [
    { name: 'alias', kind: 'list', description: 'Add network-scoped alias for the container' },
    { name: 'driver-opt', kind: 'list', description: 'driver options for the network' },
    { name: 'gw-priority', kind: 'int', description: 'Highest gw-priority provides the default gateway' },
    { name: 'ip', kind: 'string', description: 'IPv4 address (e.g., "172.30.100.104")', parse: containerIpValue },
    { name: 'ip6', kind: 'string', description: 'IPv6 address (e.g., "2001:db8::33")', parse: containerIpValue },
    { name: 'link', kind: 'list', description: 'Add link to another container', parse: linkValue },
    { name: 'link-local-ip', kind: 'list', description: 'Add a link-local address for the container' },
  ],
  run: (ctx, f) => {
    const [network = '', container = ''] = f.positionals;
    const ip = flagValue(f, 'ip');
    const ip6 = flagValue(f, 'ip6');
    const result = ctx.session.execute(ctx.host, {
      type: 'ConnectNetwork',
      network,
      container,
      aliases: flagValues(f, 'alias'),
      links: flagValues(f, 'link'),
      ...(ip === undefined ? {} : { ipv4: ip }),
      ...(ip6 === undefined ? {} : { ipv6: ip6 }),
    });
    return E.isLeft(result) ? daemonFailure(result.left) : ok();
  },
};

export const networkDisconnect: DockerCommandSpec = {
  path: 'docker network disconnect',
  usage: 'docker network disconnect [OPTIONS] NETWORK CONTAINER',
  description: 'Disconnect a container from a network',
  args: { exactly: 2 },
  interspersed: true,
  usageExit: 1,
  flags: [{ name: 'force', short: 'f', kind: 'bool', description: 'Force the container to disconnect from a network' }],
  run: (ctx, f) => {
    const [network = '', container = ''] = f.positionals;
    const result = ctx.session.execute(ctx.host, { type: 'DisconnectNetwork', network, container, force: flagBool(f, 'force') });
    return E.isLeft(result) ? daemonFailure(result.left) : ok();
  },
};

export const networkPrune: DockerCommandSpec = {
  path: 'docker network prune',
  usage: 'docker network prune [OPTIONS]',
  description: 'Remove all unused networks',
  args: { none: true },
  interspersed: true,
  usageExit: 1,
  flags: [
    { name: 'filter', kind: 'list', description: 'Provide filter values (e.g. "until=<timestamp>")' },
    { name: 'force', short: 'f', kind: 'bool', description: 'Do not prompt for confirmation' },
  ],
  run: (ctx, f, host) => {
    const prompt =
      'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ';
    if (!flagBool(f, 'force')) return ok(prompt, '');
    const unused = [...host.networks.values()]
      .filter((n) => !n.predefined && n.endpoints.size === 0)
      .map((n) => n.name)
      .sort();
    const removed: string[] = [];
    for (const name of unused) if (E.isRight(ctx.session.execute(ctx.host, { type: 'RemoveNetwork', ref: name }))) removed.push(name);
    return ok(removed.length === 0 ? '' : `Deleted Networks:\n${removed.map((n) => `${n}\n`).join('')}`);
  },
};
