/**
 * `docker service ls` (cli `service/list.go`, `service/formatter.go`; swarm-facts.md §8):
 * services natural-sorted by name, REPLICAS as running/desired tasks.
 */
import * as E from 'fp-ts/lib/Either.js';
import { type ClusterState, type DockerError, type EngineState, type ServiceState } from '@docknet/core';
import { goStruct, type TemplateValue } from '../../template/index.js';
import { renderSwarmList } from './list-format.js';
import { truncateId } from '../network-ls/network-row.js';
import { naturalCompare } from '../sort/natural-less.js';
import { serviceImage } from './service-image.js';
import { servicePortsText } from './service-ports.js';
import { SERVICE_HEADERS, SERVICE_LS_DEFAULT_FORMAT } from './swarm-strings.js';
import { isTaskRunning } from './task-status.js';

/** One row; keys sorted, as the CLI's `marshalJSON` writes them. */
export interface ServiceRow {
  readonly ID: string;
  readonly Image: string;
  readonly Mode: string;
  readonly Name: string;
  readonly Ports: string;
  readonly Replicas: string;
}

export interface ServiceLsOptions {
  readonly quiet: boolean;
  readonly format?: string | undefined;
}

/** Running tasks. */
export const runningTasks = (state: EngineState, service: ServiceState): number =>
  [...service.tasks.values()].filter((t) => isTaskRunning(state, t)).length;

/** Desired tasks: the replica count, or one per node holding a task of a global service. */
export const desiredTasks = (service: ServiceState): number => (service.mode === 'global' ? service.tasks.size : service.replicas);

/** One service's row. */
export function serviceRow(state: EngineState, service: ServiceState): ServiceRow {
  return {
    ID: truncateId(service.id),
    Image: serviceImage(service.image),
    Mode: service.mode,
    Name: service.name,
    Ports: servicePortsText(service.ports),
    Replicas: `${runningTasks(state, service)}/${desiredTasks(service)}`,
  };
}

/** The services, natural-sorted by name. */
export function serviceLsRows(state: EngineState, cluster: ClusterState): ServiceRow[] {
  return [...cluster.services.values()].sort((a, b) => naturalCompare(a.name, b.name)).map((s) => serviceRow(state, s));
}

const templateRow = (row: ServiceRow): TemplateValue => goStruct('*service.serviceContext', { ...row });

/**
 * What `docker service ls` prints.
 *
 * @example
 * serviceLsOutput(state, cluster, { quiet: false }) // Right('ID   NAME   MODE …\n…')
 */
export function serviceLsOutput(state: EngineState, cluster: ClusterState, options: ServiceLsOptions): E.Either<DockerError, string> {
  const rows = serviceLsRows(state, cluster);
  return renderSwarmList({
    format: options.format,
    quiet: options.quiet,
    ids: rows.map((r) => r.ID),
    rows: rows.map(templateRow),
    defaultFormat: SERVICE_LS_DEFAULT_FORMAT,
    headers: SERVICE_HEADERS,
  });
}
