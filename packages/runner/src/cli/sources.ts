/**
 * SRC arguments (SPEC §3): a scenario (.yaml/.yml) replayed, an event log (.jsonl) folded,
 * or a state file (.json) read. Suffixes, in any order, pick the moment and the run:
 * `SRC@N` (after step N of a scenario, event N of a log; `@0` is the fresh engine),
 * `SRC@end` (the default), and for a scenario `SRC@engine=20.10` and `SRC@seed=7`, which
 * replay it under another engine profile or seed.
 */
import { readFileSync } from 'node:fs';
import * as E from 'fp-ts/lib/Either.js';
import {
  EventBodyC,
  formatLogError,
  isJsonObject,
  isProfileId,
  loadLogState as loadLogStateFromSnapshots,
  makeEngine,
  PROFILE_IDS,
  readEventLog,
  sortKeys,
  stateToJson,
  type EngineState,
  type EventEnvelope,
  type Json,
  type LogError,
  type ProfileId,
} from '@docknet/core';
import { daemonRegistry } from '@docknet/drivers';
import { formatScenarioError, loadScenario } from '../scenario/index.js';
import { replayScenario, type StepOutcome } from '../replay/replay-scenario.js';

/** Which run of SRC to look at: an engine profile or a seed other than the scenario's own. */
export interface SourceOverrides {
  readonly engine?: ProfileId;
  readonly seed?: number;
}

/** A parsed SRC argument. */
export interface SourceSpec extends SourceOverrides {
  readonly path: string;
  readonly at: number | 'end';
}

/** A scenario replayed or an event log folded, up to the chosen step/event. */
export interface LoadedSource {
  readonly kind: 'scenario' | 'log';
  readonly events: readonly EventEnvelope[];
  readonly state: EngineState;
  /** A scenario's steps that ran, each with the events it produced. */
  readonly steps?: readonly StepOutcome[];
}

/** The canonical state JSON of any SRC, state files included. */
export interface StateSource {
  readonly kind: 'scenario' | 'log' | 'state';
  readonly json: Json;
  /** The replay or fold behind it; absent for a state file. */
  readonly loaded?: LoadedSource;
}

const SUFFIX = /@(\d+|end|engine=[^@]*|seed=[^@]*)$/;

/**
 * Splits `SRC@…` suffixes off a path, from the right, so a path that itself contains `@`
 * still works. An unknown engine or a bad seed is a Left.
 *
 * @example
 * parseSource('a.yaml@engine=20.10@3') // right({ path: 'a.yaml', at: 3, engine: '20.10' })
 */
export const parseSource = (src: string): E.Either<string, SourceSpec> => {
  let path = src;
  let at: number | 'end' | undefined;
  let engine: ProfileId | undefined;
  let seed: number | undefined;
  for (let m = SUFFIX.exec(path); m !== null; m = SUFFIX.exec(path)) {
    const suffix = m[1] ?? '';
    path = path.slice(0, m.index);
    if (suffix.startsWith('engine=')) {
      const value = suffix.slice('engine='.length);
      if (!isProfileId(value)) return E.left(`${src}: unknown engine "${value}" (one of ${PROFILE_IDS.join(', ')})`);
      engine ??= value;
    } else if (suffix.startsWith('seed=')) {
      const value = suffix.slice('seed='.length);
      if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) return E.left(`${src}: the seed must be an integer, not "${value}"`);
      seed ??= Number(value);
    } else {
      at ??= suffix === 'end' ? 'end' : Number(suffix);
    }
  }
  return E.right({
    path,
    at: at ?? 'end',
    ...(engine === undefined ? {} : { engine }),
    ...(seed === undefined ? {} : { seed }),
  });
};

/** `SRC@N` → path and moment (kept for callers that only need those two). */
export const splitAt = (src: string): { path: string; at: number | 'end' } => {
  const spec = parseSource(src);
  return E.isRight(spec) ? { path: spec.right.path, at: spec.right.at } : { path: src, at: 'end' };
};

const readText = (path: string): E.Either<string, string> => {
  try {
    return E.right(readFileSync(path, 'utf8'));
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : String(e);
    return E.left(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code}`);
  }
};

const loadScenarioSource = (spec: SourceSpec): E.Either<string, LoadedSource> => {
  const loaded = loadScenario(spec.path);
  if (E.isLeft(loaded)) return E.left(loaded.left.map(formatScenarioError).join('\n'));
  const scenario = {
    ...loaded.right,
    ...(spec.engine === undefined ? {} : { engine: spec.engine }),
    ...(spec.seed === undefined ? {} : { seed: spec.seed }),
  };
  if (spec.at !== 'end' && spec.at > scenario.steps.length) {
    return E.left(`${spec.path}@${spec.at}: the scenario has ${scenario.steps.length} steps`);
  }
  const outcome = replayScenario(scenario, spec.at === 'end' ? {} : { stopAfter: spec.at });
  return E.right({ kind: 'scenario', events: outcome.events, state: outcome.state, steps: outcome.steps });
};

/** The reader's message, with what to do about it where that is not obvious. */
const explainLogError = (error: LogError, path: string): string => {
  const message = formatLogError(error, path);
  if (error.kind === 'version-too-new') return `${message}; this docknet reads logs up to version ${error.supported}: upgrade docknet to read it`;
  if (error.kind === 'wrong-shape' && error.reason.includes('unknown event type')) {
    return `${message}; the log was written by a newer docknet or edited by hand, and is not read`;
  }
  return message;
};

const loadLogSource = (spec: SourceSpec): E.Either<string, LoadedSource> => {
  if (spec.engine !== undefined || spec.seed !== undefined) {
    return E.left(`${spec.path}: @engine= and @seed= replay a scenario; an event log holds decisions already made`);
  }
  const text = readText(spec.path);
  if (E.isLeft(text)) return text;
  const log = readEventLog(text.right, EventBodyC);
  if (E.isLeft(log)) return E.left(explainLogError(log.left, spec.path));
  const last = log.right.events.length;
  if (spec.at !== 'end' && spec.at > last) return E.left(`${spec.path}@${spec.at}: the log ends at event ${last}`);
  const engine = makeEngine(daemonRegistry);
  const events: EventEnvelope[] = log.right.events
    .filter((e) => spec.at === 'end' || e.seq <= spec.at)
    .map((e) => ({ seq: e.seq, at: e.at, host: e.host, ...e.event }));
  const { header } = log.right;
  const state = engine.fold(engine.initialState({ profile: header.engine, seed: header.seed, at: header.clock ?? '' }), events);
  return E.right({ kind: 'log', events, state });
};

const NOT_A_SOURCE = 'not a scenario (.yaml/.yml), an event log (.jsonl) or a state file (.json)';

const specOf = (src: string, atOption: number | undefined, overrides: SourceOverrides): E.Either<string, SourceSpec> =>
  E.map((spec: SourceSpec): SourceSpec => ({ ...spec, ...overrides, ...(atOption === undefined ? {} : { at: atOption }) }))(
    parseSource(src),
  );

/**
 * Replays a scenario or folds an event log up to step/event N (`atOption` wins over an
 * `@N` suffix; `overrides` over `@engine=`/`@seed=`).
 *
 * @example
 * loadSource('scenarios/bridge/default-bridge.yaml@2') // right({ kind: 'scenario', events, state, steps })
 */
export const loadSource = (src: string, atOption?: number, overrides: SourceOverrides = {}): E.Either<string, LoadedSource> => {
  const spec = specOf(src, atOption, overrides);
  if (E.isLeft(spec)) return spec;
  const { path } = spec.right;
  if (/\.ya?ml$/.test(path)) return loadScenarioSource(spec.right);
  if (path.endsWith('.jsonl')) return loadLogSource(spec.right);
  if (path.endsWith('.json')) return E.left(`${path}: a state file has no events; give a scenario or an event log`);
  return E.left(`${path}: ${NOT_A_SOURCE}`);
};

/** A state file must at least look like one, so that diffing two unrelated JSON files fails loudly. */
const readStateFile = (spec: SourceSpec): E.Either<string, StateSource> => {
  if (spec.at !== 'end') return E.left(`${spec.path}@${spec.at}: a state file is one moment; @N needs a scenario or an event log`);
  if (spec.engine !== undefined || spec.seed !== undefined) return E.left(`${spec.path}: @engine= and @seed= replay a scenario, not a state file`);
  const text = readText(spec.path);
  if (E.isLeft(text)) return text;
  let value: unknown;
  try {
    value = JSON.parse(text.right);
  } catch {
    return E.left(`${spec.path}: not JSON`);
  }
  const json = sortKeys(value);
  if (!isJsonObject(json) || !isJsonObject(json['hosts'] ?? null) || typeof json['profile'] !== 'string') {
    return E.left(`${spec.path}: not a docknet state (expected {"hosts":{…},"profile":…}, as \`docknet state --json\` writes)`);
  }
  return E.right({ kind: 'state', json });
};

/**
 * A log's state needs no event list: it is folded from the newest snapshot that still
 * matches the log (`F.jsonl.snap/N.json`, written by `replay --snapshot-every`) plus the
 * tail, streaming, so a million-event log is never held in memory. No `loaded` then.
 */
const loadLogState = (spec: SourceSpec): E.Either<string, StateSource> => {
  if (spec.engine !== undefined || spec.seed !== undefined) {
    return E.left(`${spec.path}: @engine= and @seed= replay a scenario; an event log holds decisions already made`);
  }
  const folded = loadLogStateFromSnapshots(spec.path, daemonRegistry, spec.at);
  if (E.isLeft(folded)) {
    const { left } = folded;
    return E.left(left.kind === 'unreadable' ? left.message : explainLogError(left.error, spec.path));
  }
  const last = folded.right.end.seq;
  if (spec.at !== 'end' && spec.at > last) return E.left(`${spec.path}@${spec.at}: the log ends at event ${last}`);
  return E.right({ kind: 'log', json: stateToJson(folded.right.state) });
};

/**
 * The canonical state JSON of SRC at step/event N: a scenario replayed, a log folded or a
 * state file read (see {@link loadSource} for the arguments).
 *
 * @example
 * loadStateSource('out/state.json') // right({ kind: 'state', json })
 */
export const loadStateSource = (src: string, atOption?: number, overrides: SourceOverrides = {}): E.Either<string, StateSource> => {
  const spec = specOf(src, atOption, overrides);
  if (E.isLeft(spec)) return spec;
  if (spec.right.path.endsWith('.json')) return readStateFile(spec.right);
  if (spec.right.path.endsWith('.jsonl')) return loadLogState(spec.right);
  return E.map((loaded: LoadedSource): StateSource => ({ kind: loaded.kind, json: stateToJson(loaded.state), loaded }))(
    loadSource(src, atOption, overrides),
  );
};
