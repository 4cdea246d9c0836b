/**
 * `docknet check` as a function: random docker command sequences (fast-check model-based
 * testing, `fc.commands`) run through the real CLI layer and engine, every invariant
 * checked after every line; a failure is shrunk and re-run to record its lines.
 *
 * @example
 * const result = runCheck({ runs: 100, seed: 1, steps: 30 });
 * if (result.kind === 'failed') console.log(result.failure.violation.message);
 */
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { makeEngine, PROFILE_IDS, type DriverRegistry, type ProfileId } from '@docknet/core';
import { daemonRegistry } from '@docknet/drivers';
import type { Scenario } from '../scenario/index.js';
import { freshScenario, startFrom, type BrokenStart, type CheckStart } from './check-start.js';
import { formatCheckPath, parseCheckPath, replayPathOf } from './check-path.js';
import { newStats, type CheckStats } from './check-stats.js';
import { CheckSystem, type RecordedLine } from './check-system.js';
import { DockerLineCommand } from './generator/docker-line-command.js';
import { lineSpecArb, universeOf } from './generator/line-arbitraries.js';
import type { Violation } from './invariants/invariant.js';
import { modelOf, type CheckModel } from './model/check-model.js';

export interface CheckOptions {
  /** Random sequences to try. */
  readonly runs: number;
  /** fast-check's seed: the same seed explores the same sequences. */
  readonly seed: number;
  /** The most command lines in one sequence. */
  readonly steps: number;
  /** Replays one failure exactly (`--path` as a failure printed it); `runs` is then ignored. */
  readonly path?: string;
  /** Start from the state this scenario leaves (its profile, hosts, images and names). */
  readonly scenario?: Scenario;
  /** The daemon under test (default: docknet's); tests inject faulty ones. */
  readonly registry?: DriverRegistry;
  /** Profiles to draw from when no scenario is given (default: all). */
  readonly profiles?: readonly ProfileId[];
  /** Progress lines for long runs (the CLI prints them on stderr). */
  readonly onProgress?: (line: string) => void;
}

export interface CheckFailure {
  readonly violation: Violation;
  readonly seed: number;
  /** `--path` that replays this failure with `--seed`. */
  readonly path: string;
  readonly shrinks: number;
  readonly start: CheckStart;
  /** The lines of the shrunk counterexample, as they ran. */
  readonly lines: readonly RecordedLine[];
  /** Index into `lines` of the line after which the invariant broke; `lines.length` for a whole-run property. */
  readonly step: number;
}

export type CheckResult =
  | { readonly kind: 'passed'; readonly runs: number; readonly stats: CheckStats; readonly starts: readonly CheckStart[] }
  | { readonly kind: 'failed'; readonly runs: number; readonly stats: CheckStats; readonly failure: CheckFailure }
  | { readonly kind: 'scenario-broken'; readonly stats: CheckStats; readonly broken: BrokenStart }
  | { readonly kind: 'bad-path'; readonly path: string };

/** The modest number of runs CI uses; `pnpm check:deep` runs many more. */
export const DEFAULT_RUNS = 100;
export const DEFAULT_SEED = 1;
export const DEFAULT_STEPS = 50;

const userNetworks = (start: CheckStart): string[] =>
  [...start.state.hosts.values()].flatMap((h) => [...h.networks.values()].filter((n) => !['bridge', 'host', 'none'].includes(n.name)).map((n) => n.name));

const userContainers = (start: CheckStart): string[] => [...start.state.hosts.values()].flatMap((h) => [...h.containers.values()].map((c) => c.name));

/** Runs the generated lines of one sequence on a fork of `start`; throws on the first broken invariant. */
const runSequence = (system: CheckSystem, commands: Iterable<fc.Command<CheckModel, CheckSystem>>, mix: readonly number[]): void => {
  fc.modelRun(() => ({ model: modelOf(system.session.state), real: system }), commands);
  system.finish(mix);
};

export const runCheck = (options: CheckOptions): CheckResult => {
  const registry = options.registry ?? daemonRegistry;
  const engine = makeEngine(registry);
  const stats = newStats();
  const path = options.path === undefined ? undefined : parseCheckPath(options.path);
  if (options.path !== undefined && path === undefined) return { kind: 'bad-path', path: options.path };

  const scenarios = options.scenario !== undefined ? [options.scenario] : (options.profiles ?? PROFILE_IDS).map(freshScenario);
  const starts = new Map<ProfileId, CheckStart>();
  for (const scenario of scenarios) {
    const start = startFrom(scenario, registry, stats, options.scenario !== undefined);
    if (E.isLeft(start)) return { kind: 'scenario-broken', stats, broken: start.left };
    starts.set(scenario.engine, start.right);
  }
  const profiles = [...starts.keys()];
  const first = starts.get(profiles[0] ?? '28');
  if (first === undefined) throw new Error('no start state');
  const universe = universeOf(first.hosts, [...starts.values()].flatMap(userContainers), [...starts.values()].flatMap(userNetworks));

  const lineArb = fc.tuple(lineSpecArb(universe), fc.integer({ min: 0, max: 9 })).map(([spec, n]) => new DockerLineCommand(spec, n > 0));
  const commandsArb = fc.commands([lineArb], {
    maxCommands: options.steps,
    size: 'max',
    ...(path?.replay === undefined ? {} : { replayPath: path.replay }),
  });
  const mixArb = fc.array(fc.nat({ max: 10_000 }), { maxLength: 40 });
  const profileArb = fc.constantFrom(...profiles);

  let calls = 0;
  let failing = false;
  const every = Math.max(1, Math.ceil(options.runs / 10));
  const property = fc.property(profileArb, commandsArb, mixArb, (profile, commands, mix) => {
    calls++;
    if (!failing && options.runs >= 100 && calls % every === 0) options.onProgress?.(`check: ${calls}/${options.runs} runs`);
    if (failing && calls % 50 === 0) options.onProgress?.(`check: shrinking (${calls} runs so far)`);
    const start = starts.get(profile) ?? first;
    try {
      runSequence(new CheckSystem(start, engine, stats), commands, mix);
    } catch (e) {
      if (!failing) {
        failing = true;
        stats.counting = false;
        options.onProgress?.(`check: run ${calls} failed; shrinking`);
      }
      throw e;
    }
  });
  if (options.runs === 0 && path === undefined) return { kind: 'passed', runs: 0, stats, starts: [...starts.values()] };
  const details = fc.check(property, {
    numRuns: options.runs,
    seed: options.seed,
    ...(path === undefined ? {} : { path: path.counterexample, endOnFailure: true }),
  });
  if (!details.failed || details.counterexample === null) return { kind: 'passed', runs: details.numRuns, stats, starts: [...starts.values()] };

  // Run the shrunk counterexample once more to record its lines and the broken invariant.
  const [profile, commands, mix] = details.counterexample;
  const start = starts.get(profile) ?? first;
  const system = new CheckSystem(start, engine, newStats());
  try {
    runSequence(system, commands, mix);
  } catch {
    // expected: the failure is in system.failure
  }
  const failure = system.failure ?? {
    violation: { invariant: 'no-crash' as const, message: String(details.errorInstance) },
    step: Math.max(0, system.lines.length - 1),
  };
  const counterexamplePath = details.counterexamplePath ?? '0';
  return {
    kind: 'failed',
    runs: details.numRuns,
    stats,
    failure: {
      violation: failure.violation,
      seed: details.seed,
      path: formatCheckPath({ counterexample: counterexamplePath, replay: replayPathOf(commands) }),
      shrinks: details.numShrinks,
      start,
      lines: system.lines,
      step: failure.step,
    },
  };
};
