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
import type { CommandEnvelope } from '../commands/commands.js';
import { type DockerError } from '../errors/docker-error.js';
import type { EventEnvelope } from '../events/events.js';
import { type ProfileId } from '../profile/profile.js';
import type { EngineState } from '../state/engine-state.js';
import type { DriverRegistry } from './registry.js';
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
export declare const makeEngine: (registry: DriverRegistry) => Engine;
//# sourceMappingURL=engine.d.ts.map