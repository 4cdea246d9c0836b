import type { EngineProfileId } from './engine-profile-id.js';
/**
 * Why the lifecycle refuses a command in a given status. Each code has one Docker message
 * (per engine profile where the wording changed); see {@link LIFECYCLE_REJECTIONS}.
 */
export type LifecycleRejectionCode = 'not-running' | 'kill-not-running' | 'not-paused' | 'already-paused' | 'restarting' | 'exec-paused' | 'start-paused' | 'start-marked-for-removal' | 'restart-marked-for-removal' | 'remove-running' | 'remove-paused' | 'remove-restarting' | 'removal-in-progress' | 'network-marked-for-removal' | 'no-process';
/**
 * Renders a rejection as the daemon's error text (what the CLI prints after
 * `Error response from daemon: `).
 *
 * @param containerId - the full 64-hex container ID
 * @param name - the container's name, without Docker's leading `/`
 * @param profile - the engine profile whose wording to use
 * @param reference - what the user typed to name the container (name, ID or ID prefix);
 *   defaults to `name`. Docker echoes it in some messages (`docker kill`, `docker rm` v28+).
 */
export type RejectionMessage = (containerId: string, name: string, profile: EngineProfileId, reference?: string) => string;
/** A refused lifecycle command: a stable code and Docker's wording for it. */
export interface LifecycleRejection {
    readonly code: LifecycleRejectionCode;
    readonly message: RejectionMessage;
    /**
     * False for `no-process`: a command only the engine itself issues (`die`, `respawn`) was
     * applied to a container without a process. No Docker user can cause it; decide should treat
     * it as an internal error rather than print it.
     */
    readonly userFacing: boolean;
}
/**
 * Every lifecycle rejection with Docker's exact text, one place to compare against moby:
 * `daemon/errors.go` (errNotRunning, errNotPaused, errExecPaused, errContainerIsRestarting),
 * `daemon/start.go`, `daemon/restart.go`, `daemon/delete.go`, `daemon/unpause.go`,
 * `daemon/container_operations.go` (errRemovalContainer) and the API router's kill wrapper
 * (`api/server/router/container/container_routes.go postContainersKill`).
 *
 * @example
 * LIFECYCLE_REJECTIONS['already-paused'].message(id, 'web', '28')
 * // 'Container 3f4a… is already paused'
 */
export declare const LIFECYCLE_REJECTIONS: Readonly<Record<LifecycleRejectionCode, LifecycleRejection>>;
//# sourceMappingURL=rejection.d.ts.map