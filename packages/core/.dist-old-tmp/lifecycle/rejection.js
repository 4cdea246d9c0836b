// Go's %q on a container reference: names and IDs never hold quotes or backslashes
// ([a-zA-Z0-9][a-zA-Z0-9_.-]+), so plain double quotes are exact.
const quoted = (text) => `"${text}"`;
// Docker's `docker rm` wording went through three forms (moby daemon/delete.go):
// - ≤ v24 (profile 20.10): "You cannot remove a <state> container <ID>. …", paused adds "Unpause and then".
// - v25 … v28.1: `cannot remove container "<ctr.Name>": container is <state>: …` where ctr.Name
//   carries the leading "/" (profile 27).
// - v28.2+ (PR moby#49943, May 2025; profiles 28 and 29): the prefix moved to the caller and
//   uses the reference as the user typed it: `cannot remove container "c1": …`.
function removeRefused(state) {
    return (id, name, profile, reference = name) => {
        if (profile === '20.10') {
            const procedure = 'Stop the container before attempting removal or force remove';
            const advice = state === 'paused' ? `Unpause and then ${procedure.toLowerCase()}` : procedure;
            return `You cannot remove a ${state} container ${id}. ${advice}`;
        }
        const subject = profile === '27' ? quoted(`/${name}`) : quoted(reference);
        const reason = state === 'paused'
            ? 'container is paused and must be unpaused first'
            : `container is ${state}: stop the container before removing or force remove`;
        return `cannot remove container ${subject}: ${reason}`;
    };
}
const rejection = (code, message, userFacing = true) => Object.freeze({ code, message, userFacing });
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
export const LIFECYCLE_REJECTIONS = Object.freeze({
    'not-running': rejection('not-running', (id) => `Container ${id} is not running`),
    // The router wraps the daemon error with the reference the user typed; v25 lowercased
    // "Cannot" when the API < 1.20 compatibility branch was dropped.
    'kill-not-running': rejection('kill-not-running', (id, name, profile, reference = name) => {
        const verb = profile === '20.10' ? 'Cannot' : 'cannot';
        return `${verb} kill container: ${reference}: Container ${id} is not running`;
    }),
    // unpause only checks `Paused`, so a stopped container gets "not paused", not "not running".
    'not-paused': rejection('not-paused', (id) => `Container ${id} is not paused`),
    'already-paused': rejection('already-paused', (id) => `Container ${id} is already paused`),
    restarting: rejection('restarting', (id) => `Container ${id} is restarting, wait until the container is running`),
    'exec-paused': rejection('exec-paused', (id) => `Container ${id} is paused, unpause the container before exec`),
    'start-paused': rejection('start-paused', () => 'cannot start a paused container, try unpause instead'),
    'start-marked-for-removal': rejection('start-marked-for-removal', () => 'container is marked for removal and cannot be started'),
    // restart = stop (a no-op here) + start, and ContainerRestart wraps the start error.
    'restart-marked-for-removal': rejection('restart-marked-for-removal', (_id, name, _profile, reference = name) => `Cannot restart container ${reference}: container is marked for removal and cannot be started`),
    'remove-running': rejection('remove-running', removeRefused('running')),
    'remove-paused': rejection('remove-paused', removeRefused('paused')),
    'remove-restarting': rejection('remove-restarting', removeRefused('restarting')),
    'removal-in-progress': rejection('removal-in-progress', (_id, name, _profile, reference = name) => `removal of container ${reference} is already in progress`),
    'network-marked-for-removal': rejection('network-marked-for-removal', (id) => `Container ${id} is marked for removal and cannot be connected or disconnected to the network`),
    'no-process': rejection('no-process', (id) => `container ${id} has no running process (internal: die/respawn not applicable)`, false),
});
//# sourceMappingURL=rejection.js.map