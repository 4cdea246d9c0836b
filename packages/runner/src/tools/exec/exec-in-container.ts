/**
 * `docker exec` without the CLI: find the container, ask the lifecycle whether exec is
 * allowed (not running, paused), run the program in the container's namespace, and turn a
 * missing executable into the runtime's error.
 */
import { lifecycleTransition, type ContainerState } from '@docknet/core';
import * as E from 'fp-ts/lib/Either.js';
import type { CliContext } from '../../docker/command-spec.js';
import type { CliResult } from '../../docker/cli-result.js';
import { lookupContainer } from '../../views/lookup/find-object.js';
import { EXEC_MISSING_EXIT, execMissingMessage } from './missing-executable.js';
import { runProgram } from './run-program.js';
import { containerToolContext } from './tool-contexts.js';

export interface ExecOptions {
  readonly detach: boolean;
  readonly tty: boolean;
  readonly env: readonly string[];
}

const daemonFailure = (message: string): CliResult => ({ stdout: '', stderr: `Error response from daemon: ${message}\n`, exit: 1 });

const refusal = (cli: CliContext, container: ContainerState, ref: string): CliResult | undefined => {
  const outcome = lifecycleTransition(container.status, { type: 'exec' });
  if (E.isRight(outcome)) return undefined;
  return daemonFailure(outcome.left.message(container.id, container.name, cli.profile.id, ref));
};

export const execInContainer = (cli: CliContext, ref: string, argv: readonly string[], options: ExecOptions): CliResult => {
  const host = cli.session.state.hosts.get(cli.host);
  if (host === undefined) return daemonFailure(`No such container: ${ref}`);
  const found = lookupContainer(host, ref);
  if (found.kind === 'not-found') return daemonFailure(`No such container: ${ref}`);
  if (found.kind === 'ambiguous') return daemonFailure(`Multiple IDs found with provided prefix: ${ref}`);
  const container = found.value;
  const refused = refusal(cli, container, ref);
  if (refused !== undefined) return refused;
  const ctx = containerToolContext(cli, container, { tty: options.tty, env: options.env });
  if (ctx === undefined) return daemonFailure(`No such container: ${ref}`);
  const outcome = runProgram(ctx, argv);
  if (outcome.kind === 'missing') {
    // The daemon writes the start error into the attached output stream: stdout.
    return options.detach
      ? daemonFailure(execMissingMessage(outcome.program))
      : { stdout: `${execMissingMessage(outcome.program)}\n`, stderr: '', exit: EXEC_MISSING_EXIT };
  }
  return options.detach ? { stdout: '', stderr: '', exit: 0 } : outcome.result;
};
