/**
 * The `docknet shell` prompt: node:readline with history (earlier sessions' commands
 * included), Ctrl-D to leave, Ctrl-C to drop the line. When the input is not a terminal,
 * lines are read and run one after another with no prompt, so a script piped in prints
 * exactly what a replay prints.
 */
import { createInterface } from 'node:readline';
import type { CliResult } from '../docker/cli-result.js';
import { parseShellInput } from './shell-input.js';
import { runShellCommand } from './shell-commands.js';
import type { ShellSession } from './shell-session.js';

export interface ShellIo {
  readonly input: NodeJS.ReadableStream;
  /** The terminal readline draws on; used only when `terminal`. */
  readonly output: NodeJS.WritableStream;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** An interactive terminal: prompt, line editing, history. */
  readonly terminal: boolean;
}

/** What a line did: its result, or the wish to leave. */
type Outcome = { readonly result: CliResult } | 'exit' | 'nothing';

/**
 * Runs one line (a command, a `:` command, `exit`).
 *
 * @example
 * await runShellLine(shell, 'docker network ls') // { result: { stdout: 'NETWORK ID …', stderr: '', exit: 0 } }
 */
export const runShellLine = async (shell: ShellSession, line: string): Promise<Outcome> => {
  const input = parseShellInput(line);
  switch (input.kind) {
    case 'blank':
      return 'nothing';
    case 'exit':
      return 'exit';
    case 'meta':
      return { result: await runShellCommand(shell, input.name, input.args) };
    case 'command':
      return { result: await shell.run(input.line) };
  }
};

const show = (io: Pick<ShellIo, 'out' | 'err'>, result: CliResult): void => {
  if (result.stdout !== '') io.out(result.stdout);
  if (result.stderr !== '') io.err(result.stderr);
};

/** Runs `line` alone (`-c`); resolves to its exit status. */
export const runShellOnce = async (shell: ShellSession, line: string, io: Pick<ShellIo, 'out' | 'err'>): Promise<number> => {
  const outcome = await runShellLine(shell, line);
  if (typeof outcome === 'string') return 0;
  show(io, outcome.result);
  return outcome.result.exit;
};

/** The prompt loop; resolves to the last command's exit status when the input ends or on `exit`. */
export const runShell = async (shell: ShellSession, io: ShellIo): Promise<number> => {
  const rl = createInterface({
    input: io.input,
    ...(io.terminal ? { output: io.output, history: shell.history, historySize: 1000, removeHistoryDuplicates: true } : {}),
    terminal: io.terminal,
    prompt: `${shell.host}$ `,
  });
  if (io.terminal) {
    io.out(`docknet shell · engine ${shell.header.engine} · log ${shell.logPath} · :help for help, Ctrl-D to leave\n`);
    rl.on('SIGINT', () => {
      io.out('^C\n');
      rl.write(null, { ctrl: true, name: 'u' });
      rl.prompt();
    });
    rl.prompt();
  }
  let status = 0;
  for await (const line of rl) {
    const outcome = await runShellLine(shell, line);
    if (outcome === 'exit') break;
    if (outcome !== 'nothing') {
      show(io, outcome.result);
      status = outcome.result.exit;
    }
    if (io.terminal) rl.prompt();
  }
  rl.close();
  if (io.terminal) io.out('\n');
  return status;
};
