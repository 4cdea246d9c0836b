/**
 * One scenario line, as a shell on the Docker host would run it: split into a pipeline,
 * the first stage answered by docker (or a host tool), later stages by text filters.
 * The status is the last stage's, as in a shell without `pipefail`.
 */
import * as E from 'fp-ts/lib/Either.js';
import { parseCommandLine } from '../shell/index.js';
import { isFilter, runFilter } from '../filters/index.js';
import { runDocker } from '../docker/dispatch.js';
import type { CliContext } from '../docker/command-spec.js';
import type { CliResult } from '../docker/cli-result.js';
import { runOnHost } from '../tools/exec/run-on-host.js';

/** Runs the first stage of a pipeline: docker, or a host command. */
const runStage = (ctx: CliContext, argv: readonly string[], input: string | undefined): CliResult => {
  const [program = '', ...args] = argv;
  if (program === 'docker') return runDocker(ctx, args);
  if (input !== undefined && isFilter(program)) return runFilter(program, args, input);
  if (input === undefined && isFilter(program) && args.length === 0) return runFilter(program, args, '');
  return runOnHost(ctx, argv) ?? { stdout: '', stderr: `bash: ${program}: command not found\n`, exit: 127 };
};

export const runLine = (ctx: CliContext, line: string): CliResult => {
  const parsed = parseCommandLine(line);
  if (E.isLeft(parsed)) return { stdout: '', stderr: `docknet: ${parsed.left.message}\n`, exit: 2 };
  let stdout: string | undefined;
  let stderr = '';
  let exit = 0;
  for (const stage of parsed.right.stages) {
    const r = runStage(ctx, stage, stdout);
    stdout = r.stdout;
    stderr += r.stderr;
    exit = r.exit;
  }
  return { stdout: stdout ?? '', stderr, exit };
};
