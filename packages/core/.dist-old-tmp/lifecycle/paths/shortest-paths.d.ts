import { type LifecycleCommand } from '../command.js';
import { type ContainerStatus } from '../status.js';
/** One shortest way to bring a new container into `target`. */
export interface LifecyclePath {
    readonly target: ContainerStatus;
    /** The commands, in order, from the initial status (`created`); empty for `created` itself. */
    readonly steps: readonly {
        readonly command: LifecycleCommand;
        readonly status: ContainerStatus;
    }[];
}
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
export declare function lifecycleShortestPaths(commands: readonly LifecycleCommand[]): LifecyclePath[];
//# sourceMappingURL=shortest-paths.d.ts.map