import type { EngineState } from '../state/engine-state.js';
import type { StateSnapshot } from './snapshot-codec.js';
/**
 * The state as snapshot data. Records are shared with the state, not copied: serialise
 * (`JSON.stringify`) before the state moves on.
 *
 * @example
 * JSON.stringify(snapshotOf(state))
 */
export declare const snapshotOf: (state: EngineState) => StateSnapshot;
//# sourceMappingURL=take-snapshot.d.ts.map