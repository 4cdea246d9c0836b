/** The shell's own `:` commands: `:graph`, `:state`, `:undo`, `:save FILE`, `:help`. */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { writeFileAtomic } from '@docknet/core';
import { layoutTopologies, renderSvg, toDot, toMermaid, topologyOf } from '../graph/index.js';
import type { CliResult } from '../docker/cli-result.js';
import type { ShellSession } from './shell-session.js';

export const SHELL_HELP = `Type docker commands as on a Docker host (pipes into grep, awk, … work too).
  :graph [mermaid|dot|svg]  the topology now (default mermaid)
  :state                    the state as canonical JSON
  :undo                     drop the last command's events (the log is folded again without them)
  :save FILE                write this session as a scenario YAML (replayable with docknet replay)
  :help                     this text
  exit, :quit or Ctrl-D     leave
`;

const ok = (stdout: string, stderr = ''): CliResult => ({ stdout, stderr, exit: 0 });
const fail = (stderr: string, exit = 1): CliResult => ({ stdout: '', stderr, exit });

const graph = async (shell: ShellSession, args: readonly string[]): Promise<CliResult> => {
  const [format = 'mermaid', ...rest] = args;
  if (rest.length > 0) return fail(':graph takes at most one argument: mermaid, dot or svg\n', 2);
  const topology = topologyOf(shell.state);
  if (format === 'mermaid') return ok(toMermaid(topology));
  if (format === 'dot') return ok(toDot(topology));
  if (format === 'svg') return ok(renderSvg(topology, await layoutTopologies([topology])));
  return fail(`:graph: unknown format "${format}" (mermaid, dot or svg)\n`, 2);
};

const save = async (shell: ShellSession, args: readonly string[]): Promise<CliResult> => {
  const [file, ...rest] = args;
  if (file === undefined || rest.length > 0) return fail(':save takes one FILE\n', 2);
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, shell.scenarioYaml());
  const foreign = shell.foreignEvents();
  const warning =
    foreign === 0 ? '' : `warning: the log holds ${foreign} event${foreign === 1 ? '' : 's'} not typed in this shell; the scenario replays only the commands\n`;
  return ok(`saved ${shell.stepCount} step${shell.stepCount === 1 ? '' : 's'} to ${file}\n`, warning);
};

/**
 * Runs `:name args`.
 *
 * @example
 * await runShellCommand(shell, 'undo', []) // { stdout: 'undone: docker run -d --name web nginx\n', … }
 */
export const runShellCommand = async (shell: ShellSession, name: string, args: readonly string[]): Promise<CliResult> => {
  switch (name) {
    case 'help':
    case 'h':
    case '?':
      return ok(SHELL_HELP);
    case 'graph':
      return graph(shell, args);
    case 'state':
      return ok(shell.stateText());
    case 'undo': {
      const undone = await shell.undo();
      return E.isLeft(undone) ? fail(`:undo: ${undone.left}\n`) : ok(`undone: ${undone.right.run}\n`);
    }
    case 'save':
      return save(shell, args);
    default:
      return fail(`unknown shell command :${name} (try :help)\n`, 2);
  }
};
