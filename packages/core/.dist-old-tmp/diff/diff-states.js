import { stateToJson } from '../state/canonical-json.js';
import { diffJson } from './diff-json.js';
/**
 * The changes from state `a` to state `b`, keyed by entity (see {@link diffJson}).
 *
 * @example
 * renderDiffTree(diffStates(before, after), { entityLabel: stateEntityLabel })
 */
export const diffStates = (a, b, options = {}) => diffJson(stateToJson(a), stateToJson(b), options);
//# sourceMappingURL=diff-states.js.map