// The lifecycle machine read as a graph (xstate/graph). Besides machine.ts, this is the only
// module that imports xstate; it is used to generate scenarios and tests, never by decide or
// evolve, so its cost (a graph traversal, ~ms) is paid once per generation, not per event.
import { getShortestPaths } from 'xstate/graph';
import { commandKey } from '../command.js';
import { lifecycleMachine } from '../machine.js';
import { CONTAINER_STATUSES } from '../status.js';
const statusOf = (value) => {
    const found = CONTAINER_STATUSES.find((s) => s === value);
    if (found === undefined)
        throw new Error(`lifecycle machine reached a non-status state: ${String(value)}`);
    return found;
};
/**
 * The shortest command sequence reaching each status that `commands` can reach, in
 * `CONTAINER_STATUSES` order. Pass only the commands a user can issue (not `die`/`respawn`)
 * to learn which statuses real docker commands reach.
 *
 * The machine has no context; the serializer keys a snapshot by its status alone anyway, so
 * that a context added later (counters, timestamps: unbounded) cannot blow the graph up.
 *
 * @example
 * lifecycleShortestPaths([{ type: 'start' }, { type: 'pause' }])
 * // [{ target: 'created', steps: [] }, { target: 'running', steps: [start] }, { target: 'paused', steps: [start, pause] }]
 */
export function lifecycleShortestPaths(commands) {
    const paths = getShortestPaths(lifecycleMachine, {
        events: commands,
        serializeState: (snapshot) => JSON.stringify(snapshot.value),
        serializeEvent: (event) => commandKey(event),
    });
    const byStatus = new Map();
    for (const path of paths) {
        const target = statusOf(path.state.value);
        const steps = path.steps
            // xstate/graph starts a path with the initial snapshot under an `xstate.init` event.
            .filter((step) => commands.some((c) => commandKey(c) === commandKey(step.event)))
            .map((step) => ({ command: step.event, status: statusOf(step.state.value) }));
        const known = byStatus.get(target);
        if (known === undefined || steps.length < known.steps.length)
            byStatus.set(target, { target, steps });
    }
    return CONTAINER_STATUSES.flatMap((s) => {
        const p = byStatus.get(s);
        return p === undefined ? [] : [p];
    });
}
//# sourceMappingURL=shortest-paths.js.map