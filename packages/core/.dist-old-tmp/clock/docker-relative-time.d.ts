import type { Instant } from './instant.js';
/**
 * The CREATED column: `8 minutes ago`, `Less than a second ago`.
 *
 * @example
 * createdAgo(created, now) // 'About a minute ago'
 */
export declare function createdAgo(created: Instant, now: Instant): string;
/**
 * STATUS of a running container: `Up 8 minutes`, or `Up 8 minutes (Paused)` when paused.
 *
 * @example
 * upFor(startedAt, now, { paused: false }) // 'Up About a minute'
 */
export declare function upFor(startedAt: Instant, now: Instant, options: {
    readonly paused: boolean;
}): string;
/**
 * STATUS of a stopped container: `Exited (0) 5 seconds ago`.
 *
 * @example
 * exitedAgo(137, finishedAt, now) // 'Exited (137) 2 hours ago'
 */
export declare function exitedAgo(exitCode: number, finishedAt: Instant, now: Instant): string;
/**
 * STATUS of a container waiting for its restart policy: `Restarting (1) 3 seconds ago`.
 */
export declare function restartingAgo(exitCode: number, finishedAt: Instant, now: Instant): string;
//# sourceMappingURL=docker-relative-time.d.ts.map