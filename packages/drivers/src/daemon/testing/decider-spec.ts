/**
 * Given/when/then for the daemon decider, in the shape of emmett's
 * `DeciderSpecification` (event-driven-io/emmett, `testing/deciderSpecification.ts`):
 * *given* a history (commands the daemon accepted, or events), *when* one command,
 * *then* the events it decides (matched partially, in order) or Docker's exact error.
 *
 * The history is replayed on a fresh engine for every `when`, so specs never share
 * state (evolve updates the state in place).
 *
 * @example
 * const spec = deciderSpec({ profile: '28' });
 * spec
 *   .given(run({ name: 'c1' }))
 *   .when(start('c2'))
 *   .thenFails('No such container: c2');
 */
import * as E from 'fp-ts/lib/Either.js';
import { expect } from 'vitest';
import {
  DEFAULT_PROFILE,
  makeEngine,
  type BootHost,
  type Command,
  type DockerError,
  type Engine,
  type EngineState,
  type EventBody,
  type EventEnvelope,
  type EventOf,
  type EventType,
  type ProfileId,
} from '@docknet/core';
import { daemonRegistry } from '../registry.js';
import { bootHost } from './command-builders.js';

/** The host every spec talks to unless told otherwise. */
export const SPEC_HOST = 'docker-host';
/** Logical time of the engine's start and of every command. */
export const SPEC_EPOCH = '2020-08-14T14:31:29+09:00';
export const SPEC_AT = '2020-08-14T14:31:30+09:00';

/** One item of a spec's history: a command (decided, must be accepted) or an event (folded as is). */
export type HistoryItem = Command | EventBody | EventEnvelope;
/** History items may be nested one level, so `run(...)` (create + start) fits in a list. */
export type History = readonly (HistoryItem | readonly HistoryItem[])[];

/** Any part of a value: objects partially, arrays element by element (vitest's `toMatchObject`). */
export type DeepPartial<T> = T extends readonly (infer U)[]
  ? readonly DeepPartial<U>[]
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * An expected event: its type and any part of its data, type-checked against that event's
 * data. Arrays inside must have the same length; objects match partially.
 */
export type ExpectedEvent = {
  readonly [T in EventType]: { readonly type: T; readonly data?: DeepPartial<EventOf<T>['data']> };
}[EventType];

export interface DeciderSpecOptions {
  /** Engine profile; default "28". */
  readonly profile?: ProfileId;
  readonly seed?: number;
  readonly host?: string;
  /**
   * The `BootHost` run before the history; `false` for an engine with no host (to test
   * `BootHost` itself). Default: one `eth0` with 10.0.2.15/24.
   */
  readonly boot?: BootHost | false;
}

/** What a spec decided, for assertions beyond the built-in ones. */
export interface Decided {
  readonly events: readonly EventEnvelope[];
  /** The state before `when` (fresh fold of the history). */
  readonly before: EngineState;
  /** The state after folding the decided events (a separate fold, `before` is untouched). */
  readonly after: EngineState;
}

/**
 * The outcome half of a spec. Like emmett's, it has a `then` method, so it is a thenable:
 * finish every spec with `then`/`thenFails`/`thenDecided`, never `await` or return a bare
 * `when(...)` from a test.
 */
export interface Then {
  /** The command is accepted and decides exactly these events, in order, each matched partially. */
  then(expected: readonly ExpectedEvent[]): Decided;
  /** The command is accepted; the caller inspects the events and states. */
  thenDecided(): Decided;
  /**
   * The command is refused with this exact message (or a message matching the pattern,
   * or the given error fields).
   */
  thenFails(expected: string | RegExp | Partial<DockerError>): DockerError;
}

export interface When {
  when(command: Command): Then;
  /** The state after the history, for tests that only look at state. */
  state(): EngineState;
}

export interface DeciderSpec {
  readonly engine: Engine;
  readonly host: string;
  given(...history: History): When;
}

const isEvent = (item: HistoryItem): item is EventBody | EventEnvelope => 'data' in item;

interface ResolvedOptions {
  readonly profile: ProfileId;
  readonly seed: number;
  readonly host: string;
  readonly boot: BootHost | false;
}

/** Replays the history on a fresh engine; a refused history command fails the test with its error. */
const replay = (engine: Engine, options: ResolvedOptions, history: History): EngineState => {
  let state = engine.initialState({ profile: options.profile, seed: options.seed, at: SPEC_EPOCH });
  const items: HistoryItem[] = [...(options.boot === false ? [] : [options.boot]), ...history.flat()];
  for (const item of items) {
    if (isEvent(item)) {
      const envelope: EventEnvelope = { seq: state.seq + 1, at: SPEC_AT, host: options.host, ...item } as EventEnvelope;
      state = engine.evolve(state, envelope);
      continue;
    }
    const decided = engine.decide(state, { host: options.host, at: SPEC_AT, command: item });
    if (E.isLeft(decided)) {
      throw new Error(`given: ${item.type} was refused: ${decided.left.message}`);
    }
    state = engine.fold(state, decided.right);
  }
  return state;
};

/**
 * A decider specification for the docknet daemon on one profile.
 *
 * @example
 * deciderSpec({ profile: '20.10' })
 *   .given(createNetwork({ name: 'mynet' }))
 *   .when(createNetwork({ name: 'mynet' }))
 *   .thenFails('network with name mynet already exists');
 */
export const deciderSpec = (options: DeciderSpecOptions = {}): DeciderSpec => {
  const engine = makeEngine(daemonRegistry);
  const resolved: ResolvedOptions = {
    profile: options.profile ?? DEFAULT_PROFILE,
    seed: options.seed ?? 0,
    host: options.host ?? SPEC_HOST,
    boot: options.boot ?? bootHost(),
  };
  return {
    engine,
    host: resolved.host,
    given: (...history) => ({
      state: () => replay(engine, resolved, history),
      when: (command) => {
        const decide = () => {
          const before = replay(engine, resolved, history);
          return { before, result: engine.decide(before, { host: resolved.host, at: SPEC_AT, command }) };
        };
        const accepted = (): Decided => {
          const { before, result } = decide();
          if (E.isLeft(result)) throw new Error(`when: ${command.type} was refused: ${result.left.message}`);
          const after = engine.fold(replay(engine, resolved, history), result.right);
          return { events: result.right, before, after };
        };
        return {
          then: (expected) => {
            const decided = accepted();
            expect(decided.events.map((e) => ({ type: e.type, data: e.data }))).toMatchObject(
              expected.map((e) => (e.data === undefined ? { type: e.type } : e)),
            );
            return decided;
          },
          thenDecided: accepted,
          thenFails: (expected) => {
            const { result } = decide();
            if (E.isRight(result)) {
              throw new Error(`when: ${command.type} was accepted, expected a refusal; events: ${result.right.map((e) => e.type).join(', ')}`);
            }
            const error = result.left;
            if (typeof expected === 'string') expect(error.message).toBe(expected);
            else if (expected instanceof RegExp) expect(error.message).toMatch(expected);
            else expect(error).toMatchObject(expected);
            return error;
          },
        };
      },
    }),
  };
};

/** Specs for several profiles at once, keyed by profile id. */
export const deciderSpecs = <P extends ProfileId>(profiles: readonly P[], options: Omit<DeciderSpecOptions, 'profile'> = {}) =>
  Object.fromEntries(profiles.map((p) => [p, deciderSpec({ ...options, profile: p })])) as Record<P, DeciderSpec>;
