/**
 * A SRC argument as a run that can be stepped through: a scenario (replayed, with each
 * step's command, output and checks) or an event log (steps = logical instants).
 */
import { readFileSync } from 'node:fs';
import * as E from 'fp-ts/lib/Either.js';
import { EventBodyC, formatLogError, formatRfc3339Nano, makeEngine, readEventLog, type EventEnvelope, type ProfileId } from '@docknet/core';
import { daemonRegistry } from '@docknet/drivers';
import { formatScenarioError, loadScenario } from '../scenario/index.js';
import { replayScenario, type ScenarioOutcome } from '../replay/replay-scenario.js';
import { groupsByInstant, type EventSteps } from './frames.js';

export interface LoadedRun {
  readonly file: string;
  readonly name: string;
  readonly description: string | undefined;
  readonly engine: ProfileId;
  /** Frame i is the world after step i; frame 0 before the first step. */
  readonly steps: EventSteps;
  /** The replay, for a scenario. */
  readonly outcome?: ScenarioOutcome;
  /** The frame for `--at N` / `SRC@N` (`end`: the last). */
  readonly frameAt: (at: number | 'end') => number;
}

/**
 * A replayed scenario as a run: frame 0 after the hosts' boot, frame N after step N.
 *
 * @example
 * foldFrames(outcomeRun(replayScenario(scenario)).steps, topologyOf)
 */
export const outcomeRun = (outcome: ScenarioOutcome): LoadedRun => {
  const stepEvents = outcome.steps.reduce((n, s) => n + s.events.length, 0);
  const boot = outcome.events.slice(0, outcome.events.length - stepEvents);
  const header = outcome.session.header;
  const engine = makeEngine(daemonRegistry);
  return {
    file: outcome.file,
    name: outcome.name,
    description: outcome.description,
    engine: header.profile,
    outcome,
    steps: {
      initial: () => engine.initialState({ profile: header.profile, seed: header.seed, at: formatRfc3339Nano(header.origin) }),
      groups: [boot, ...outcome.steps.map((s) => s.events)],
    },
    frameAt: (at) => (at === 'end' ? outcome.steps.length : Math.min(at, outcome.steps.length)),
  };
};

const scenarioRun = (path: string): E.Either<string, LoadedRun> => {
  const scenario = loadScenario(path);
  if (E.isLeft(scenario)) return E.left(scenario.left.map(formatScenarioError).join('\n'));
  return E.right(outcomeRun(replayScenario(scenario.right)));
};

const logRun = (path: string, cutAfter: number | undefined): E.Either<string, LoadedRun> => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return E.left(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const log = readEventLog(text, EventBodyC);
  if (E.isLeft(log)) return E.left(formatLogError(log.left, path));
  const { header } = log.right;
  const events: EventEnvelope[] = log.right.events.map((e) => ({ seq: e.seq, at: e.at, host: e.host, ...e.event }));
  const groups = groupsByInstant(events, cutAfter);
  const engine = makeEngine(daemonRegistry);
  return E.right({
    file: path,
    name: header.scenario ?? path,
    description: undefined,
    engine: header.engine,
    steps: { initial: () => engine.initialState({ profile: header.engine, seed: header.seed, at: header.clock ?? '' }), groups },
    // Frame k ends with the k-th group; event N is in the frame whose last event is N (or the last before it).
    frameAt: (at) => (at === 'end' ? groups.length - 1 : groups.filter((g, i) => i > 0 && (g[0]?.seq ?? Infinity) <= at).length),
  });
};

/**
 * Loads SRC (`.yaml`/`.yml` scenario or `.jsonl` event log); `cutAfter` makes event N of a
 * log end a step. Errors are messages for the user.
 */
export const loadRun = (path: string, cutAfter?: number): E.Either<string, LoadedRun> => {
  if (/\.ya?ml$/.test(path)) return scenarioRun(path);
  if (path.endsWith('.jsonl')) return logRun(path, cutAfter);
  return E.left(`${path}: not a scenario (.yaml/.yml) or event log (.jsonl)`);
};
