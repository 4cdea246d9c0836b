/**
 * Properties of the event log as a whole: folding it as logged (JSONL, decoded) gives the
 * same state, and evolve is total over any decodable sequence of events, however
 * shuffled, duplicated or pointing at things that do not exist.
 */
import * as E from 'fp-ts/lib/Either.js';
import {
  EVENT_LOG_KIND,
  EVENT_LOG_VERSION,
  EventBodyC,
  EventEnvelopeC,
  encodeEventLine,
  encodeHeader,
  readEventLog,
  stateToJsonText,
  type EngineState,
  type EventEnvelope,
  type ProfileId,
} from '@docknet/core';
import type { Violation } from './invariant.js';

export interface LogHeader {
  readonly profile: ProfileId;
  readonly seed: number;
  readonly clock: string;
}

/** The JSONL text `docknet replay --events` would write for these events. */
export const eventLogText = (header: LogHeader, events: readonly EventEnvelope[]): string => {
  const head = encodeHeader({ kind: EVENT_LOG_KIND, version: EVENT_LOG_VERSION, engine: header.profile, seed: header.seed, clock: header.clock });
  const lines = events.map(({ seq, at, host, ...event }) => encodeEventLine({ seq, at, host, event }, EventBodyC));
  return `${[head, ...lines].join('\n')}\n`;
};

/** Folds events onto a fresh state; `fresh` builds the state the session started from. */
export type FoldFresh = (events: readonly EventEnvelope[]) => EngineState;

/** The state folded from a JSON copy of the events (what a log holds) equals the live one. */
export const replayViolation = (fold: FoldFresh, events: readonly EventEnvelope[], live: EngineState): Violation | undefined => {
  const copied = JSON.parse(JSON.stringify(events)) as EventEnvelope[];
  const replayed = stateToJsonText(fold(copied));
  const actual = stateToJsonText(live);
  return replayed === actual ? undefined : { invariant: 'replay-equals-state', message: firstDifference(actual, replayed) };
};

/** Writes the log as JSONL, reads it back (validating every line) and folds it: the same state. */
export const logRoundTripViolation = (header: LogHeader, fold: FoldFresh, events: readonly EventEnvelope[], live: EngineState): Violation | undefined => {
  const read = readEventLog(eventLogText(header, events), EventBodyC);
  if (E.isLeft(read)) return { invariant: 'replay-equals-state', message: `the log docknet wrote does not read back: ${JSON.stringify(read.left)}` };
  const decoded = read.right.events.map((e): EventEnvelope => ({ seq: e.seq, at: e.at, host: e.host, ...e.event }));
  const replayed = stateToJsonText(fold(decoded));
  const actual = stateToJsonText(live);
  return replayed === actual ? undefined : { invariant: 'replay-equals-state', message: `after writing and reading the log: ${firstDifference(actual, replayed)}` };
};

const firstDifference = (expected: string, actual: string): string => {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const i = a.findIndex((line, k) => line !== b[k]);
  const at = i < 0 ? Math.min(a.length, b.length) : i;
  return `the replayed state differs at line ${at + 1} of the state JSON: live ${JSON.stringify((a[at] ?? '').trim())}, replayed ${JSON.stringify((b[at] ?? '').trim())}`;
};

const ID = /[0-9a-f]{64}/g;
const GHOST_ID = 'f'.repeat(64);

/**
 * A decodable variation of the recorded events, chosen by `mix`: each number picks an
 * event and one of four treatments — as recorded, its ids swapped for other recorded ids,
 * its ids pointing at nothing, or addressed to a host that does not exist.
 */
export const perturbedEvents = (events: readonly EventEnvelope[], mix: readonly number[]): EventEnvelope[] => {
  if (events.length === 0) return [];
  const ids = [...new Set(events.flatMap((e) => JSON.stringify(e.data).match(ID) ?? []))];
  const out: EventEnvelope[] = [];
  for (const m of mix) {
    const event = events[m % events.length];
    if (event === undefined) continue;
    const treatment = Math.floor(m / events.length) % 4;
    let text = JSON.stringify(event);
    if (treatment === 1 && ids.length > 0) text = text.replace(ID, (_, offset: number) => ids[(m + offset) % ids.length] ?? GHOST_ID);
    if (treatment === 2) text = text.replace(ID, GHOST_ID);
    const parsed = JSON.parse(text) as EventEnvelope;
    const moved = treatment === 3 ? { ...parsed, host: 'no-such-host' } : parsed;
    if (E.isRight(EventEnvelopeC.decode(moved))) out.push({ ...moved, seq: out.length + 1 });
  }
  return out;
};

/** Folding any decodable events must not throw, and the result must still render as state JSON. */
export const evolveTotalityViolation = (fold: FoldFresh, events: readonly EventEnvelope[]): Violation | undefined => {
  try {
    stateToJsonText(fold(events));
    return undefined;
  } catch (e) {
    const types = events.map((ev) => ev.type).join(', ');
    return { invariant: 'evolve-total', message: `folding [${types}] threw: ${e instanceof Error ? e.message : String(e)}` };
  }
};
