/**
 * `docknet check [SCENARIO] [--runs N] [--seed S] [--steps L] [--out DIR] [--path P]`:
 * property-based verification of random docker command sequences (SPEC §3). On failure
 * the shrunk counterexample is written as a replayable scenario in DIR.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { counterexampleYaml } from '../../check/counterexample-scenario.js';
import { renderCheckReport } from '../../check/check-report.js';
import { DEFAULT_RUNS, DEFAULT_SEED, DEFAULT_STEPS, runCheck } from '../../check/run-check.js';
import { formatScenarioError, loadScenario, type Scenario } from '../../scenario/index.js';
import { stringOption, UsageError, type CliCommand, type ParsedArgs } from '../option-table.js';
import type { DocknetCommand, Io } from '../docknet-command.js';

/** Where counterexamples go unless `--out` says otherwise. */
export const DEFAULT_OUT = '.docknet/check';

const spec: CliCommand = {
  name: 'check',
  args: '[SCENARIO]',
  summary: 'Property-check random docker command sequences (from SCENARIO\'s state if given); a failure is shrunk and written as a scenario.',
  options: [
    { name: 'runs', type: 'string', value: 'N', description: `Random command sequences to try (default ${DEFAULT_RUNS}; 0 checks SCENARIO's own steps only)` },
    { name: 'seed', type: 'string', value: 'S', description: `Seed of the generator: the same seed tries the same sequences (default ${DEFAULT_SEED})` },
    { name: 'steps', type: 'string', value: 'L', description: `Most generated commands per sequence (default ${DEFAULT_STEPS})` },
    { name: 'out', type: 'string', value: 'DIR', description: `Where to write a counterexample scenario (default ${DEFAULT_OUT})` },
    { name: 'path', type: 'string', value: 'P', description: 'Replay exactly the failure that printed this path (with its --seed and --steps)' },
  ],
};

const count = (args: ParsedArgs, name: string, fallback: number, min: number): number => {
  const text = stringOption(args, name);
  if (text === undefined) return fallback;
  if (!/^-?\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) {
    throw new UsageError(`--${name} takes an integer${min === 0 ? ' ≥ 0' : min === 1 ? ' ≥ 1' : ''}, not "${text}"`);
  }
  return Number(text);
};

const fileStem = (scenario: Scenario | undefined): string =>
  scenario === undefined ? '' : `${basename(scenario.file).replace(/\.ya?ml$/, '')}-`;

const run = async (args: ParsedArgs, io: Io): Promise<number> => {
  if (args.positionals.length > 1) throw new UsageError('check takes at most one SCENARIO');
  const runs = count(args, 'runs', DEFAULT_RUNS, 0);
  const seed = count(args, 'seed', DEFAULT_SEED, Number.MIN_SAFE_INTEGER);
  const steps = count(args, 'steps', DEFAULT_STEPS, 1);
  const path = stringOption(args, 'path');
  const out = stringOption(args, 'out') ?? DEFAULT_OUT;
  const [file] = args.positionals;
  let scenario: Scenario | undefined;
  if (file !== undefined) {
    const loaded = loadScenario(file);
    if (E.isLeft(loaded)) {
      for (const e of loaded.left) io.err(`${formatScenarioError(e)}\n`);
      return 2;
    }
    scenario = loaded.right;
  }
  const result = runCheck({
    runs,
    seed,
    steps,
    ...(path === undefined ? {} : { path }),
    ...(scenario === undefined ? {} : { scenario }),
    onProgress: (line) => io.err(`${line}\n`),
  });
  const ctx = { runs, seed, steps, ...(file === undefined ? {} : { scenarioFile: file }) };
  if (result.kind === 'bad-path') {
    io.err(renderCheckReport(result, ctx));
    return 2;
  }
  if (result.kind !== 'failed') {
    io.out(renderCheckReport(result, ctx));
    return result.kind === 'passed' ? 0 : 1;
  }
  const f = result.failure;
  const reproduce = `docknet check${file === undefined ? '' : ` ${file}`} --seed ${f.seed} --steps ${steps} --path '${f.path}'`;
  const target = join(out, `${fileStem(scenario)}${f.violation.invariant}-seed${f.seed}.yaml`);
  mkdirSync(out, { recursive: true });
  writeFileSync(target, counterexampleYaml({ violation: f.violation, start: f.start, lines: f.lines, step: f.step, reproduce }));
  io.out(renderCheckReport(result, { ...ctx, written: target }));
  return 1;
};

export const checkCommand: DocknetCommand = { spec, run };
