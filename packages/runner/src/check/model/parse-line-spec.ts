/**
 * The model's reading of a command line: which {@link LineSpec} a docker line is, parsed
 * with the docker CLI's own flag tables, or undefined for a line the model does not follow
 * (then it takes the engine's state as it comes). Generated lines always parse back to the
 * spec they were rendered from; a user's scenario lines mostly do too.
 */
import * as E from 'fp-ts/lib/Either.js';
import { parseCommandLine } from '../../shell/index.js';
import { DOCKER_COMMANDS } from '../../docker/commands/index.js';
import { flagBool, flagValue, flagValues, parseFlags, type ParsedFlags } from '../../docker/flags.js';
import type { LineSpec } from '../generator/line-spec.js';

const LIFECYCLE = new Set(['start', 'stop', 'restart', 'kill', 'pause', 'unpause']);
const QUERIES = new Set(['ps', 'inspect', 'port', 'network ls', 'network inspect', 'container ls', 'container ps', 'container inspect', 'container port']);

const parsed = (path: string, args: readonly string[]): ParsedFlags | undefined => {
  const spec = DOCKER_COMMANDS.get(path);
  if (spec === undefined) return undefined;
  const flags = parseFlags(spec.flags, args, spec.interspersed);
  return E.isRight(flags) ? flags.right : undefined;
};

/** `docker container start` is `docker start`. */
const commandPath = (argv: readonly string[]): { path: string; args: readonly string[] } | undefined => {
  const [docker, group = '', sub = ''] = argv;
  if (docker !== 'docker') return undefined;
  if (group === 'network') return { path: `network ${sub}`, args: argv.slice(3) };
  if (group === 'container') return { path: sub === 'remove' ? 'rm' : sub, args: argv.slice(3) };
  return { path: group, args: argv.slice(2) };
};

export const parseLineSpec = (line: string, host: string): LineSpec | undefined => {
  const pipeline = parseCommandLine(line);
  if (E.isLeft(pipeline)) return undefined;
  const [argv] = pipeline.right.stages;
  if (argv === undefined) return undefined;
  const command = commandPath(argv);
  if (command === undefined) return undefined;
  const { path, args } = command;
  if (QUERIES.has(path)) return { kind: 'query', host, line };
  const f = parsed(path, args);
  if (f === undefined) return undefined;
  const [a, b, ...more] = f.positionals;
  const one = a !== undefined && b === undefined;
  switch (path) {
    case 'network create':
      return one ? { kind: 'network-create', host, name: a, flags: [] } : undefined;
    case 'network rm':
      // `-f` turns a missing network into a success: not a line whose refusal the model can predict.
      return one && !flagBool(f, 'force') ? { kind: 'network-rm', host, name: a } : undefined;
    case 'network connect':
    case 'network disconnect':
      if (a === undefined || b === undefined || more.length > 0) return undefined;
      return path === 'network connect'
        ? { kind: 'connect', host, network: a, name: b }
        : { kind: 'disconnect', host, network: a, name: b, force: flagBool(f, 'force') };
    case 'rm':
      return one ? { kind: 'rm', host, name: a, force: flagBool(f, 'force') } : undefined;
    case 'rename':
      return a !== undefined && b !== undefined && more.length === 0 ? { kind: 'rename', host, name: a, to: b } : undefined;
    case 'run':
    case 'create': {
      const name = flagValue(f, 'name');
      // Attached runs and --rm end by themselves; a named container is what the model can follow.
      if (name === undefined || a === undefined || flagBool(f, 'rm') || (path === 'run' && !flagBool(f, 'detach'))) return undefined;
      const [ref] = flagValues(f, 'network');
      return {
        kind: 'run',
        host,
        create: path === 'create',
        name,
        interactive: flagBool(f, 'interactive'),
        image: a,
        command: [b, ...more].filter((w): w is string => w !== undefined),
        network: ref === undefined ? undefined : { ref },
        publish: [],
        publishAll: false,
      };
    }
    default:
      return LIFECYCLE.has(path) && one ? { kind: 'lifecycle', host, verb: path as 'start', name: a } : undefined;
  }
};
