import { humanDuration } from './human-duration.js';
import { nanosecondsBetween } from './instant.js';
// docker ps's relative columns. The daemon computes STATUS (container/state.go State.String)
// and the CLI computes CREATED (formatter "RunningFor"); both use HumanDuration of now − t,
// with `now` the logical clock's current instant instead of time.Now().
/**
 * The CREATED column: `8 minutes ago`, `Less than a second ago`.
 *
 * @example
 * createdAgo(created, now) // 'About a minute ago'
 */
export function createdAgo(created, now) {
    return `${humanDuration(nanosecondsBetween(created, now))} ago`;
}
/**
 * STATUS of a running container: `Up 8 minutes`, or `Up 8 minutes (Paused)` when paused.
 *
 * @example
 * upFor(startedAt, now, { paused: false }) // 'Up About a minute'
 */
export function upFor(startedAt, now, options) {
    const up = `Up ${humanDuration(nanosecondsBetween(startedAt, now))}`;
    return options.paused ? `${up} (Paused)` : up;
}
/**
 * STATUS of a stopped container: `Exited (0) 5 seconds ago`.
 *
 * @example
 * exitedAgo(137, finishedAt, now) // 'Exited (137) 2 hours ago'
 */
export function exitedAgo(exitCode, finishedAt, now) {
    return `Exited (${exitCode}) ${humanDuration(nanosecondsBetween(finishedAt, now))} ago`;
}
/**
 * STATUS of a container waiting for its restart policy: `Restarting (1) 3 seconds ago`.
 */
export function restartingAgo(exitCode, finishedAt, now) {
    return `Restarting (${exitCode}) ${humanDuration(nanosecondsBetween(finishedAt, now))} ago`;
}
//# sourceMappingURL=docker-relative-time.js.map