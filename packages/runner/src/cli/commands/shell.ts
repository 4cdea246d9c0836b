/**
 * `docknet shell [--events F] [-c CMD]`: a prompt whose docker commands apply to a
 * persisted event log; commands are read from standard input when it is not a terminal.
 */
import * as E from 'fp-ts/lib/Either.js';
import { isProfileId, PROFILE_IDS } from '@docknet/core';
import { runShell, runShellOnce, ShellSession } from '../../shell-session/index.js';
import { stringOption, UsageError, type CliCommand, type ParsedArgs } from '../option-table.js';
import type { DocknetCommand, Io } from '../docknet-command.js';

/** Where the shell keeps its log unless told otherwise (SPEC §3). */
export const DEFAULT_SHELL_LOG = '.docknet/events.jsonl';

const spec: CliCommand = {
  name: 'shell',
  args: '',
  summary: 'An interactive prompt that applies docker commands to a persisted event log (stdin when not a terminal).',
  options: [
    { name: 'events', type: 'string', value: 'F.jsonl', description: `The event log to apply commands to (default ${DEFAULT_SHELL_LOG}; created if missing)` },
    { name: 'command', short: 'c', type: 'string', value: 'CMD', description: 'Run CMD (a command or a :command) and exit with its status' },
    { name: 'engine', type: 'string', value: 'PROFILE', description: `Engine profile of a new log: ${PROFILE_IDS.join(', ')} (default 28)` },
    { name: 'seed', type: 'string', value: 'N', description: 'Seed of a new log (default 0)' },
  ],
};

const run = async (args: ParsedArgs, io: Io): Promise<number> => {
  if (args.positionals.length > 0) throw new UsageError(`shell takes no arguments (use -c CMD), got "${args.positionals.join(' ')}"`);
  const engine = stringOption(args, 'engine');
  if (engine !== undefined && !isProfileId(engine)) throw new UsageError(`--engine must be one of ${PROFILE_IDS.join(', ')}, not "${engine}"`);
  const seed = stringOption(args, 'seed');
  if (seed !== undefined && !/^-?\d+$/.test(seed)) throw new UsageError(`--seed must be an integer, not "${seed}"`);
  const opened = await ShellSession.open({
    logPath: stringOption(args, 'events') ?? DEFAULT_SHELL_LOG,
    ...(engine === undefined ? {} : { engine }),
    ...(seed === undefined ? {} : { seed: Number(seed) }),
  });
  if (E.isLeft(opened)) {
    io.err(`docknet: ${opened.left}\n`);
    return 1;
  }
  const command = stringOption(args, 'command');
  if (command !== undefined) return runShellOnce(opened.right, command, io);
  const terminal = process.stdin.isTTY === true && process.stdout.isTTY === true;
  return runShell(opened.right, { input: process.stdin, output: process.stdout, out: io.out, err: io.err, terminal });
};

export const shellCommand: DocknetCommand = { spec, run };
