/**
 * The last screen of the progress display `docker service create|scale` shows while it
 * waits for the service (cli `service/progress/progress.go`, moby `jsonmessage`;
 * swarm-facts.md §7), as a terminal wider than 110 columns shows it once the service has
 * converged: the overall line, one line per task when there are at most 20, and the
 * verify line. Each line ends with the space jsonmessage writes after the status.
 */
import type { EngineState, ServiceState, TaskRecord } from '@docknet/core';
import { truncateId } from '../network-ls/network-row.js';
import { progressStrings } from './swarm-strings.js';
import { taskStatus, type TaskState } from './task-status.js';

/** swarmkit's numbered task states: a bar shows state/9 (`numberedStates`). */
const NUMBERED: Readonly<Record<TaskState, number>> = {
  pending: 3,
  preparing: 6,
  running: 9,
  complete: 9,
  failed: 9,
  orphaned: 9,
};

const MAX_PROGRESS = 9;

/** jsonmessage's bar: `[` + `=`×p + `>` + ` `×(50−p) + `] `, p = int(cur/total·100)/2. */
export function progressBar(current: number): string {
  const p = Math.trunc(Math.trunc((current / MAX_PROGRESS) * 100) / 2);
  return `[${'='.repeat(p)}>${' '.repeat(progressStrings.barWidth - p)}] `;
}

/** `1/3: running   [====…>] `; a line for a task not yet created reads `1/3:  `. */
export function taskLine(label: string, state: TaskState | undefined): string {
  if (state === undefined) return `${label}:  `;
  return `${label}: ${state.padEnd(9)} ${progressBar(NUMBERED[state])}`;
}

/** One progress line's label and the task behind it. */
interface ProgressSlot {
  readonly label: string;
  readonly task: TaskRecord | undefined;
}

/** Replicated: `i/N` for each slot 1…N. */
const replicatedSlots = (service: ServiceState): ProgressSlot[] => {
  const bySlot = new Map([...service.tasks.values()].map((t) => [t.slot, t]));
  return Array.from({ length: service.replicas }, (_, i) => ({ label: `${i + 1}/${service.replicas}`, task: bySlot.get(i + 1) }));
};

/** Global: the 12-character node ID of each node with a task, in the API's (id) order. */
const globalSlots = (service: ServiceState): ProgressSlot[] =>
  [...service.tasks.values()]
    .sort((a, b) => (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0))
    .map((task) => ({ label: truncateId(task.nodeId), task }));

/** The slots the display follows. */
export const progressSlots = (service: ServiceState): ProgressSlot[] =>
  service.mode === 'global' ? globalSlots(service) : replicatedSlots(service);

/** Tasks the display counts: desired replicas (or one per node) and how many run. */
const progressCounts = (state: EngineState, service: ServiceState): { readonly total: number; readonly running: number } => {
  const tasks = [...service.tasks.values()].filter((t) => service.mode === 'global' || t.slot <= service.replicas);
  const running = tasks.filter((t) => taskStatus(state, t).state === 'running').length;
  return { total: service.mode === 'global' ? service.tasks.size : service.replicas, running };
};

/**
 * The final screen. `verify` is the closing line (`verify: Service <id> converged`), shown
 * only when every task runs — otherwise the real CLI would still be waiting.
 *
 * @example
 * serviceProgressFrame(state, service, 'verify: Service web converged')
 * // 'overall progress: 1 out of 1 tasks \n1/1: running   [====…>] \nverify: Service web converged \n'
 */
export function serviceProgressFrame(state: EngineState, service: ServiceState, verify: string): string {
  const { total, running } = progressCounts(state, service);
  const lines = [`${progressStrings.overall(running, total)} `];
  // Slots are listed only when few enough to draw (and only then enumerated).
  if (total <= progressStrings.maxBars) {
    lines.push(...progressSlots(service).map((s) => taskLine(s.label, s.task === undefined ? undefined : taskStatus(state, s.task).state)));
  }
  if (running === total) lines.push(`${verify} `);
  return lines.map((l) => `${l}\n`).join('');
}
