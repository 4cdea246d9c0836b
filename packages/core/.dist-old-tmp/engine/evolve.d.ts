/**
 * `evolve`: folds one event into the state. Total (an event that names something
 * missing is ignored rather than thrown on), no decisions, no validation. It updates the
 * state in place — maps keyed by id, O(1) per event — and returns it.
 */
import type { EventEnvelope } from '../events/events.js';
import type { EngineState } from '../state/engine-state.js';
import type { DriverRegistry } from './registry.js';
/** Builds `evolve` for a registry. */
export declare const makeEvolve: (registry: DriverRegistry) => (state: EngineState, event: EventEnvelope) => EngineState;
//# sourceMappingURL=evolve.d.ts.map