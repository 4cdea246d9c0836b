import { ALL_LIFECYCLE_COMMANDS, commandKey } from './command.js';
import { computeLifecycleTransition } from './machine.js';
import { CONTAINER_STATUSES } from './status.js';
const keyOf = (status, command) => `${status}|${commandKey(command)}`;
// Built once at module load: 7 statuses × 14 commands = 98 pure xstate transitions (~2 ms).
// Afterwards a lifecycle check is a Map lookup instead of a ~16 µs xstate evaluation.
const TABLE = buildTable();
function buildTable() {
    const table = new Map();
    for (const status of CONTAINER_STATUSES) {
        for (const command of ALL_LIFECYCLE_COMMANDS) {
            table.set(keyOf(status, command), Object.freeze(computeLifecycleTransition(status, command)));
        }
    }
    return table;
}
/**
 * What the container lifecycle says about `command` in `status`: Docker's refusal, or the
 * next status and the effects decide must carry out. Pure and O(1) (a table lookup).
 * Called by `decide`; `evolve` never needs it (the event already records the new status).
 *
 * @example
 * lifecycleTransition('running', { type: 'pause' })
 * // right({ next: 'paused', effects: ['freeze-process'], noop: false })
 * lifecycleTransition('exited', { type: 'pause' })
 * // left(LIFECYCLE_REJECTIONS['not-running'])
 */
export function lifecycleTransition(status, command) {
    const found = TABLE.get(keyOf(status, command));
    if (found === undefined) {
        // Unreachable: the table covers every status × command by construction.
        throw new Error(`no lifecycle entry for "${commandKey(command)}" in "${status}"`);
    }
    return found;
}
//# sourceMappingURL=transition.js.map