/**
 * The engine: `decide` and `evolve` built from a driver registry.
 *
 * @example
 * const engine = makeEngine(registry);
 * let state = engine.initialState({ profile: '28', seed: 0, at: '2020-01-01T00:00:00Z' });
 * const result = engine.decide(state, { host: 'docker-host', at, command });
 * if (isRight(result)) state = engine.fold(state, result.right);
 */
import * as E from 'fp-ts/lib/Either.js';
import type { CommandEnvelope, CommandOf, CommandType } from '../commands/commands.js';
import { daemonError, type DockerError } from '../errors/docker-error.js';
import type { DecidedEvent, EventEnvelope } from '../events/events.js';
import { profileFor, type ProfileId } from '../profile/profile.js';
import type { EngineState } from '../state/engine-state.js';
import { makeEvolve } from './evolve.js';
import type { CommandHandler, DecideContext, DriverRegistry } from './registry.js';

export interface EngineHeader {
  readonly profile: ProfileId;
  readonly seed: number;
  /** Logical start instant. */
  readonly at: string;
}

export interface Engine {
  initialState(header: EngineHeader): EngineState;
  /** Pure: reads the state, returns the events the command causes (with seq and time) or Docker's error. */
  decide(state: EngineState, envelope: CommandEnvelope): E.Either<DockerError, readonly EventEnvelope[]>;
  /** Folds one event in place and returns the state (see evolve.ts). */
  evolve(state: EngineState, event: EventEnvelope): EngineState;
  /** Folds events in order. */
  fold(state: EngineState, events: Iterable<EventEnvelope>): EngineState;
}

export const makeEngine = (registry: DriverRegistry): Engine => {
  const evolve = makeEvolve(registry);
  const decide: Engine['decide'] = (state, envelope) => {
    const host = state.hosts.get(envelope.host);
    if (host === undefined && envelope.command.type !== 'BootHost') {
      return E.left(daemonError(`no such host: ${envelope.host}`, 'not-found'));
    }
    const ctx: DecideContext = {
      state,
      host,
      hostName: envelope.host,
      profile: profileFor(state.profile),
      at: envelope.at,
      nonce: state.seq + 1,
    };
    const handler = registry.handlers[envelope.command.type] as CommandHandler<CommandOf<CommandType>>;
    // `host` stays third in the envelope (the log's field order) whichever host the event is for.
    const stamp = (body: DecidedEvent, i: number): EventEnvelope =>
      ({ seq: ctx.nonce + i, at: envelope.at, host: body.host ?? envelope.host, type: body.type, data: body.data }) as EventEnvelope;
    return E.map((bodies: readonly DecidedEvent[]) => bodies.map(stamp))(handler(ctx, envelope.command));
  };
  return {
    initialState: (header) => ({
      profile: header.profile,
      seed: header.seed,
      seq: 0,
      at: header.at,
      hosts: new Map(),
      swarms: new Map(),
    }),
    decide,
    evolve,
    fold: (state, events) => {
      let s = state;
      for (const e of events) s = evolve(s, e);
      return s;
    },
  };
};
