/**
 * From argv (`docker network create --subnet … mynet`) to a command spec, its parsed
 * flags and its result — with the docker CLI's unknown-command, flag and argument errors.
 */
import * as E from 'fp-ts/lib/Either.js';
import { fail, ok, usageFailure, type CliResult } from './cli-result.js';
import type { CliContext, DockerCommandSpec } from './command-spec.js';
import { flagHelp, parseFlags } from './flags.js';
import { DOCKER_COMMANDS } from './commands/index.js';

const GROUPS = new Set(['network', 'container', 'image', 'volume', 'swarm', 'node', 'service', 'system']);

/** Management-command aliases: `docker container ls` is `docker ps`, etc. */
const CONTAINER_ALIASES: Readonly<Record<string, string>> = {
  ls: 'ps',
  list: 'ps',
  ps: 'ps',
  run: 'run',
  create: 'create',
  start: 'start',
  stop: 'stop',
  restart: 'restart',
  kill: 'kill',
  pause: 'pause',
  unpause: 'unpause',
  rm: 'rm',
  remove: 'rm',
  rename: 'rename',
  inspect: 'inspect',
  port: 'port',
  exec: 'exec',
};

const NETWORK_ALIASES: Readonly<Record<string, string>> = { list: 'ls', remove: 'rm' };

const argCountError = (spec: DockerCommandSpec, n: number): string | undefined => {
  const a = spec.args;
  const q = `'${spec.path}'`;
  if ('none' in a) return n === 0 ? undefined : `docker: ${q} accepts no arguments`;
  if ('exactly' in a) return n === a.exactly ? undefined : `docker: ${q} requires ${a.exactly} argument${a.exactly === 1 ? '' : 's'}`;
  if ('atLeast' in a) return n >= a.atLeast ? undefined : `docker: ${q} requires at least ${a.atLeast} argument${a.atLeast === 1 ? '' : 's'}`;
  const [lo, hi] = a.between;
  return n >= lo && n <= hi ? undefined : `docker: ${q} requires at least ${lo} and at most ${hi} arguments`;
};

const helpText = (spec: DockerCommandSpec): string =>
  `\nUsage:  ${spec.usage}\n\n${spec.description}\n\nOptions:\n${flagHelp(spec.flags)}\n`;

/** Resolves `docker <words>` to a command spec and the remaining args. */
interface Resolved {
  readonly spec: DockerCommandSpec | undefined;
  readonly rest: readonly string[];
  readonly path: string;
}

const resolve = (words: readonly string[]): Resolved => {
  const [first = '', second = '', ...more] = words;
  if (first === 'container') {
    const target = CONTAINER_ALIASES[second];
    return { spec: target === undefined ? undefined : DOCKER_COMMANDS.get(target), rest: more, path: `docker container ${second}` };
  }
  if (GROUPS.has(first)) {
    const sub = NETWORK_ALIASES[second] ?? second;
    const spec = DOCKER_COMMANDS.get(`${first} ${sub}`);
    return { spec, rest: more, path: `docker ${first} ${second}`.trimEnd() };
  }
  const spec = DOCKER_COMMANDS.get(first);
  return { spec, rest: words.slice(1), path: `docker ${first}` };
};

/** Runs `docker …` (argv without the leading `docker`). */
export const runDocker = (ctx: CliContext, argv: readonly string[]): CliResult => {
  if (argv.length === 0 || argv[0] === '--help') return ok('Usage:  docker [OPTIONS] COMMAND\n');
  const { spec, rest, path } = resolve(argv);
  if (spec === undefined) {
    const group = argv[0] ?? '';
    if (GROUPS.has(group) && argv.length === 1) return ok(`\nUsage:  docker ${group} COMMAND\n`);
    const scope = GROUPS.has(group) ? `docker ${group}` : 'docker';
    return fail(`docker: unknown command: ${path}\n\nRun '${scope} --help' for more information\n`, 1);
  }
  const parsed = parseFlags([...spec.flags, { name: 'help', kind: 'bool', description: 'Print usage' }], rest, spec.interspersed, ctx.profile);
  if (E.isLeft(parsed)) return usageFailure(ctx.profile, spec.path, spec.usage, parsed.left, spec.usageExit);
  if (parsed.right.bools.get('help') === true) return ok(helpText(spec));
  const countError = argCountError(spec, parsed.right.positionals.length);
  if (countError !== undefined) {
    const footer = 'atLeast' in spec.args ? 'See' : 'Run';
    return usageFailure(ctx.profile, spec.path, spec.usage, countError, spec.usageExit === 125 ? 125 : 1, footer);
  }
  const host = ctx.session.state.hosts.get(ctx.host);
  // Scenario hosts are booted before any step runs; this guards programmatic callers.
  if (host === undefined) return fail(`docknet: no such host: ${ctx.host}\n`, 1);
  return spec.run(ctx, parsed.right, host);
};
