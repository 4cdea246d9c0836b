/**
 * `docker service ps SERVICE…` (cli `service/ps.go`, `task/print.go`, `task/formatter.go`;
 * swarm-facts.md §8): the tasks of the named services, natural-sorted by task name.
 */
import * as E from 'fp-ts/lib/Either.js';
import { type ClusterState, type DockerError, type EngineState, type Instant, type ServiceState, type TaskRecord } from '@docknet/core';
import { goStruct, type TemplateValue } from '../../template/index.js';
import { truncateId } from '../network-ls/network-row.js';
import { naturalCompare } from '../sort/natural-less.js';
import { renderSwarmList } from './list-format.js';
import { serviceImage } from './service-image.js';
import { taskPortsText } from './service-ports.js';
import { SERVICE_PS_DEFAULT_FORMAT, TASK_HEADERS, swarmStrings } from './swarm-strings.js';
import { currentStateText, taskStatus } from './task-status.js';

/** One row; keys sorted, as the CLI's `marshalJSON` writes them. */
export interface TaskRow {
  readonly CurrentState: string;
  readonly DesiredState: string;
  readonly Error: string;
  readonly ID: string;
  readonly Image: string;
  readonly Name: string;
  readonly Node: string;
  readonly Ports: string;
}

export interface ServicePsOptions {
  readonly noTrunc: boolean;
  readonly quiet: boolean;
  readonly format?: string | undefined;
  /** The logical now, for CURRENT STATE. */
  readonly now: Instant;
}

/** The services the arguments name, and `no such service: x` for the others. */
export interface ServiceSelection {
  readonly services: readonly ServiceState[];
  readonly notFound: readonly string[];
}

const byPrefix = (cluster: ClusterState, ref: string): E.Either<string, ServiceState | undefined> => {
  const matches = [...cluster.services.values()].filter((s) => s.id.startsWith(ref));
  if (matches.length > 1) return E.left(`multiple services found with provided prefix: ${ref}`);
  return E.right(matches[0]);
};

/** One argument: full id, then exact name, then id prefix (cli `createFilter`). */
const selectOne = (cluster: ClusterState, ref: string): E.Either<string, ServiceState | undefined> => {
  const byId = cluster.services.get(ref);
  if (byId !== undefined) return E.right(byId);
  const byName = [...cluster.services.values()].find((s) => s.name === ref);
  if (byName !== undefined) return E.right(byName);
  return ref === '' ? E.right(undefined) : byPrefix(cluster, ref);
};

/**
 * Resolves `docker service ps` arguments; Left when none is found (the joined
 * `no such service` lines) or a prefix is ambiguous.
 */
export function selectServices(cluster: ClusterState, refs: readonly string[]): E.Either<string, ServiceSelection> {
  const services: ServiceState[] = [];
  const notFound: string[] = [];
  for (const ref of refs) {
    const found = selectOne(cluster, ref);
    if (E.isLeft(found)) return found;
    if (found.right === undefined) notFound.push(swarmStrings.psNoSuchService(ref));
    else if (!services.includes(found.right)) services.push(found.right);
  }
  return services.length === 0 ? E.left(notFound.join('\n')) : E.right({ services, notFound });
}

/** `web.1` for a slot, `web.<nodeID>` for a global task (slot 0). */
export const taskName = (service: ServiceState, task: TaskRecord): string =>
  service.mode === 'global' || task.slot === 0 ? `${service.name}.${task.nodeId}` : `${service.name}.${task.slot}`;

interface NamedTask {
  readonly service: ServiceState;
  readonly task: TaskRecord;
  readonly name: string;
}

/** NaturalLess by name, then the newest first (cli `tasksSortable`). */
const compareTasks = (a: NamedTask, b: NamedTask): number =>
  a.name === b.name ? (a.task.created < b.task.created ? 1 : a.task.created > b.task.created ? -1 : 0) : naturalCompare(a.name, b.name);

/** Older tasks of the same slot are indented ` \_ ` in a table (cli `task/print.go`). */
const indentedNames = (tasks: readonly NamedTask[]): string[] =>
  tasks.map((t, i) => (i > 0 && tasks[i - 1]?.name === t.name ? ` \\_ ${t.name}` : t.name));

const taskRow = (state: EngineState, t: NamedTask, name: string, options: ServicePsOptions): TaskRow => ({
  CurrentState: currentStateText(taskStatus(state, t.task), options.now),
  DesiredState: 'Running',
  Error: '',
  ID: options.noTrunc ? t.task.id : truncateId(t.task.id),
  Image: serviceImage(t.service.image),
  Name: name,
  Node: t.task.hostName,
  Ports: taskPortsText(t.service.ports),
});

/** The rows for the selected services. */
export function servicePsRows(state: EngineState, services: readonly ServiceState[], options: ServicePsOptions): TaskRow[] {
  const tasks = services
    .flatMap((service) => [...service.tasks.values()].map((task) => ({ service, task, name: taskName(service, task) })))
    .sort(compareTasks);
  const names = indentedNames(tasks);
  return tasks.map((t, i) => taskRow(state, t, names[i] ?? t.name, options));
}

const templateRow = (row: TaskRow): TemplateValue => goStruct('*task.taskContext', { ...row });

/**
 * What `docker service ps` prints on stdout for the selected services. `-q` prints full
 * task IDs (the CLI turns on `--no-trunc` with `-q`).
 *
 * @example
 * servicePsOutput(state, [web], { noTrunc: false, quiet: false, now }) // Right('ID   NAME   IMAGE …\n…')
 */
export function servicePsOutput(
  state: EngineState,
  services: readonly ServiceState[],
  options: ServicePsOptions,
): E.Either<DockerError, string> {
  const rows = servicePsRows(state, services, { ...options, noTrunc: options.noTrunc || options.quiet });
  return renderSwarmList({
    format: options.format,
    quiet: options.quiet,
    ids: rows.map((r) => r.ID),
    rows: rows.map(templateRow),
    defaultFormat: SERVICE_PS_DEFAULT_FORMAT,
    headers: TASK_HEADERS,
  });
}
