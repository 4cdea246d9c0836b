/**
 * Running a program inside a container (or on the host): a simulated tool, a shell with
 * `-c` (its pipeline run stage by stage, text filters included), or nothing when the image
 * lacks the program, which the caller turns into Docker's exec/run error.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { CliResult } from '../../docker/cli-result.js';
import { isFilter, runFilter } from '../../filters/index.js';
import { parseCommandLine } from '../../shell/index.js';
import { lookupTool, programName } from '../registry.js';
import type { ToolContext } from '../tool-context.js';

export type ProgramOutcome =
  | { readonly kind: 'ran'; readonly result: CliResult }
  /** The image has no such executable. */
  | { readonly kind: 'missing'; readonly program: string };

const SHELLS = new Set(['sh', 'ash', 'dash', 'bash']);

/** docknet's answer for a program it does not simulate (an image would have `ls`; docknet does not). */
export const notSimulated = (program: string): CliResult => ({
  stdout: '',
  stderr: `docknet: ${program}: not simulated (see docs/tools.md)\n`,
  exit: 127,
});

const shellNotFound = (ctx: ToolContext, shell: string, program: string): CliResult => {
  if (ctx.tools.shell === 'ash') return { stdout: '', stderr: `sh: ${program}: not found\n`, exit: 127 };
  if (shell === 'bash') return { stdout: '', stderr: `bash: line 1: ${program}: command not found\n`, exit: 127 };
  return { stdout: '', stderr: `sh: 1: ${program}: not found\n`, exit: 127 };
};

/** One stage of a shell pipeline: a tool, or a text filter reading the previous stage. */
const runStage = (ctx: ToolContext, shell: string, argv: readonly string[], input: string | undefined): CliResult => {
  const [argv0 = '', ...args] = argv;
  const program = programName(argv0);
  if (input !== undefined && isFilter(program)) return runFilter(program, args, input);
  const found = lookupTool(argv0, ctx.tools);
  if (found.kind === 'tool') return found.run(ctx, args);
  if (found.kind === 'missing') return shellNotFound(ctx, shell, program);
  if (isFilter(program)) return runFilter(program, args, '');
  return notSimulated(program);
};

/** `sh -c 'ip a | grep inet'`: the script's pipeline, status of the last stage. */
export const runScript = (ctx: ToolContext, shell: string, script: string): CliResult => {
  const parsed = parseCommandLine(script);
  if (E.isLeft(parsed)) return { stdout: '', stderr: `${shell}: ${parsed.left.message}\n`, exit: 2 };
  let stdout: string | undefined;
  let stderr = '';
  let exit = 0;
  for (const stage of parsed.right.stages) {
    const r = runStage(ctx, shell, stage, stdout);
    stdout = r.stdout;
    stderr += r.stderr;
    exit = r.exit;
  }
  return { stdout: stdout ?? '', stderr, exit };
};

/** Runs argv as the container's runtime would exec it. */
export const runProgram = (ctx: ToolContext, argv: readonly string[]): ProgramOutcome => {
  const [argv0 = '', ...args] = argv;
  const program = programName(argv0);
  if (SHELLS.has(program)) {
    if (program === 'bash' && ctx.tools.shell === 'ash') return { kind: 'missing', program: argv0 };
    const c = args.indexOf('-c');
    const script = c === -1 ? undefined : args[c + 1];
    // A shell without a script and without stdin reads EOF and exits.
    return { kind: 'ran', result: script === undefined ? { stdout: '', stderr: '', exit: 0 } : runScript(ctx, program, script) };
  }
  const found = lookupTool(argv0, ctx.tools);
  if (found.kind === 'missing') return { kind: 'missing', program: argv0 };
  if (found.kind === 'unknown') return { kind: 'ran', result: notSimulated(program) };
  return { kind: 'ran', result: found.run(ctx, args) };
};
