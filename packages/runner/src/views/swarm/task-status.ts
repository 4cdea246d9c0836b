/**
 * A task's state as the CLI shows it: swarmkit reports the task container's progress; in
 * docknet the container on the task's node is the task, so its status is the task state.
 */
import { humanDuration, nanosecondsBetween, type ContainerState, type EngineState, type Instant, type TaskRecord } from '@docknet/core';
import { instantOf } from '../time/docker-time.js';
import { prettyPrint } from './pretty-print.js';

/** swarmkit task states docknet reaches, in swarmkit's order (`api.TaskState`). */
export type TaskState = 'pending' | 'preparing' | 'running' | 'complete' | 'failed' | 'orphaned';

/** The state and when it was entered. */
export interface TaskStatus {
  readonly state: TaskState;
  readonly since: string;
}

/** The container running `task` on its node, if the node still has it. */
export function taskContainer(state: EngineState, task: TaskRecord): ContainerState | undefined {
  return state.hosts.get(task.hostName)?.containers.get(task.containerId);
}

/**
 * The task's current state: `running` while its container runs, `preparing` before it
 * started, `complete`/`failed` after it exited, `orphaned` when the node lost it.
 */
export function taskStatus(state: EngineState, task: TaskRecord): TaskStatus {
  const container = taskContainer(state, task);
  if (container === undefined) return { state: 'orphaned', since: task.created };
  switch (container.status) {
    case 'running':
    case 'paused':
    case 'restarting':
      return { state: 'running', since: container.startedAt };
    case 'created':
      return { state: 'preparing', since: container.created };
    default:
      return { state: container.exitCode === 0 ? 'complete' : 'failed', since: container.finishedAt };
  }
}

/** Whether the task counts as running for REPLICAS and the progress display. */
export const isTaskRunning = (state: EngineState, task: TaskRecord): boolean => taskStatus(state, task).state === 'running';

/**
 * CURRENT STATE: `Running 5 seconds ago`, `Running less than a second ago`
 * (`PrettyPrint(state) + " " + strings.ToLower(units.HumanDuration(since)) + " ago"`).
 */
export function currentStateText(status: TaskStatus, now: Instant): string {
  const since = instantOf(status.since) ?? now;
  return `${prettyPrint(status.state)} ${humanDuration(nanosecondsBetween(since, now)).toLowerCase()} ago`;
}
