/** Diffing two engine states through their canonical JSON. */
import type { EngineState } from '../state/engine-state.js';
import { stateToJson } from '../state/canonical-json.js';
import type { Change } from './change.js';
import { diffJson, type DiffOptions } from './diff-json.js';

/**
 * The changes from state `a` to state `b`, keyed by entity (see {@link diffJson}).
 *
 * @example
 * renderDiffTree(diffStates(before, after), { entityLabel: stateEntityLabel })
 */
export const diffStates = (a: EngineState, b: EngineState, options: DiffOptions = {}): readonly Change[] =>
  diffJson(stateToJson(a), stateToJson(b), options);
