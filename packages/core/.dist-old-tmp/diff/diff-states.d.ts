/** Diffing two engine states through their canonical JSON. */
import type { EngineState } from '../state/engine-state.js';
import type { Change } from './change.js';
import { type DiffOptions } from './diff-json.js';
/**
 * The changes from state `a` to state `b`, keyed by entity (see {@link diffJson}).
 *
 * @example
 * renderDiffTree(diffStates(before, after), { entityLabel: stateEntityLabel })
 */
export declare const diffStates: (a: EngineState, b: EngineState, options?: DiffOptions) => readonly Change[];
//# sourceMappingURL=diff-states.d.ts.map