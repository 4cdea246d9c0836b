/**
 * SRC arguments (SPEC §3): a scenario (.yaml/.yml) replayed, an event log (.jsonl) folded,
 * or a state file (.json) read, optionally `SRC@N` / `SRC@end`.
 */
import { readFileSync } from 'node:fs';
import * as E from 'fp-ts/lib/Either.js';
import { EventBodyC, formatLogError, makeEngine, readEventLog, type EngineState, type EventEnvelope } from '@docknet/core';
import { daemonRegistry } from '@docknet/drivers';
import { formatScenarioError, loadScenario } from '../scenario/index.js';
import { replayScenario } from '../replay/replay-scenario.js';

export interface LoadedSource {
  readonly events: readonly EventEnvelope[];
  readonly state: EngineState;
}

export const splitAt = (src: string): { path: string; at: number | 'end' } => {
  const m = /^(.*)@(\d+|end)$/.exec(src);
  if (m === null) return { path: src, at: 'end' };
  return { path: m[1] ?? src, at: m[2] === 'end' ? 'end' : Number(m[2]) };
};

export const loadSource = (src: string, atOption?: number): E.Either<string, LoadedSource> => {
  const { path, at: atSuffix } = splitAt(src);
  const at = atOption ?? atSuffix;
  if (/\.ya?ml$/.test(path)) {
    const scenario = loadScenario(path);
    if (E.isLeft(scenario)) return E.left(scenario.left.map(formatScenarioError).join('\n'));
    const outcome = replayScenario(scenario.right, at === 'end' ? {} : { stopAfter: at });
    return E.right({ events: outcome.events, state: outcome.state });
  }
  if (path.endsWith('.jsonl')) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      return E.left(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const log = readEventLog(text, EventBodyC);
    if (E.isLeft(log)) return E.left(formatLogError(log.left, path));
    const engine = makeEngine(daemonRegistry);
    const events: EventEnvelope[] = log.right.events
      .filter((e) => at === 'end' || e.seq <= at)
      .map((e) => ({ seq: e.seq, at: e.at, host: e.host, ...e.event }));
    const state = engine.fold(
      engine.initialState({ profile: log.right.header.engine, seed: log.right.header.seed, at: log.right.header.clock ?? '' }),
      events,
    );
    return E.right({ events, state });
  }
  return E.left(`${path}: not a scenario (.yaml/.yml) or event log (.jsonl)`);
};
