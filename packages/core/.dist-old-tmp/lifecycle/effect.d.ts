/**
 * What `decide` must do (and record as events) when a lifecycle transition is accepted. The
 * lifecycle machine names the effects; decide turns them into concrete events with decided
 * values (IPs, MACs, veth names…).
 *
 * - `connect-networks`: create the sandbox and one endpoint per attached network (start).
 * - `disconnect-networks`: delete endpoints and sandbox, free IPs and host ports (stop, exit).
 * - `start-process` / `stop-process` (SIGTERM, then SIGKILL) / `kill-process` (SIGKILL).
 * - `freeze-process` / `thaw-process`: pause / unpause (cgroup freezer); networking untouched.
 * - `exec-process`: run a command inside the running container.
 * - `connect-endpoint` / `disconnect-endpoint`: `docker network connect/disconnect` on a live
 *   sandbox: the endpoint is created or deleted now.
 * - `record-network` / `forget-network`: the same on a container without a sandbox: only its
 *   configuration changes; the endpoint comes (or not) at the next start.
 * - `schedule-restart` / `cancel-restart`: the restart policy's pending restart.
 * - `delete-container`: the container and its name are gone.
 */
export type LifecycleEffect = 'connect-networks' | 'disconnect-networks' | 'start-process' | 'stop-process' | 'kill-process' | 'freeze-process' | 'thaw-process' | 'exec-process' | 'connect-endpoint' | 'disconnect-endpoint' | 'record-network' | 'forget-network' | 'schedule-restart' | 'cancel-restart' | 'delete-container';
//# sourceMappingURL=effect.d.ts.map