/**
 * `docker run IMAGE TOOL…` hooks (docker/commands/container.ts calls these):
 *
 * - before start, a program the image does not ship fails the start with the runtime's
 *   error and exit 127; the container stays `Created` (as Docker leaves it);
 * - after start, without `-d`, a simulated tool's output is the command's output; the
 *   container then exits with the tool's status (`ExitContainer`, the lifecycle's `die`),
 *   and `--rm` removes it; the `docker run` exit status is the tool's.
 */
import { daemonError } from '@docknet/core';
import * as E from 'fp-ts/lib/Either.js';
import { runFailure, type CliResult } from '../../docker/cli-result.js';
import type { CliContext } from '../../docker/command-spec.js';
import { RUN_MISSING_EXIT, runMissingMessage } from './missing-executable.js';
import { runProgram } from './run-program.js';
import { containerToolContext } from './tool-contexts.js';
import { lookupTool, programName } from '../registry.js';

const SHELLS = new Set(['sh', 'ash', 'dash', 'bash']);

const containerById = (cli: CliContext, id: string) => cli.session.state.hosts.get(cli.host)?.containers.get(id);

/** The start failure of a container whose command the image lacks, or undefined. */
export const missingExecutableAtStart = (cli: CliContext, id: string, idLine: string): CliResult | undefined => {
  const container = containerById(cli, id);
  const argv0 = container?.cmd[0];
  if (container === undefined || argv0 === undefined) return undefined;
  const ctx = containerToolContext(cli, container, { tty: container.tty, env: [] });
  if (ctx === undefined) return undefined;
  const missing = (programName(argv0) === 'bash' && ctx.tools.shell === 'ash') || lookupTool(argv0, ctx.tools).kind === 'missing';
  if (!missing) return undefined;
  const failure = runFailure(cli.profile, 'docker run', daemonError(runMissingMessage(cli.profile, argv0)), 'start', idLine);
  return { ...failure, exit: RUN_MISSING_EXIT };
};

/** The output of a simulated tool run as the container's command, or undefined for other commands. */
export const runToolInForeground = (cli: CliContext, id: string, autoRemove: boolean): CliResult | undefined => {
  const container = containerById(cli, id);
  const [argv0 = '', ...args] = container?.cmd ?? [];
  if (container === undefined || container.status !== 'running') return undefined;
  const isScript = SHELLS.has(programName(argv0)) && args.includes('-c');
  const ctx = containerToolContext(cli, container, { tty: container.tty, env: [] });
  if (ctx === undefined || (!isScript && lookupTool(argv0, ctx.tools).kind !== 'tool')) return undefined;
  const outcome = runProgram(ctx, container.cmd);
  const result = outcome.kind === 'ran' ? outcome.result : { stdout: '', stderr: '', exit: RUN_MISSING_EXIT };
  const stopped = cli.session.execute(cli.host, { type: 'ExitContainer', ref: id, exitCode: result.exit });
  if (autoRemove && E.isRight(stopped)) cli.session.execute(cli.host, { type: 'RemoveContainer', ref: id, force: false });
  return result;
};
