/**
 * The state of a freshly created container, built field by field.
 *
 * Why not `{ ...record, status: 'created', … }`: V8 copies a spread of this many fields
 * through a slow generic path (~15 µs per container, measured in bench/), and the result
 * is a dictionary-mode object that makes every later read and write slow too. A literal
 * with every field gives all containers one hidden class. The `satisfies` check and the
 * test beside this file keep the list complete when the record codec grows.
 */
import type { Attachment, ContainerState } from '../state/container.js';
import type { ContainerRecord } from '../state/records.js';

/** A `created` container from its record, with `attachments` (by network id) as given. */
export const newContainer = (
  record: Omit<ContainerRecord, 'attachments'>,
  attachments: Map<string, Attachment>,
): ContainerState => {
  const container = {
    id: record.id,
    name: record.name,
    image: record.image,
    cmd: record.cmd,
    created: record.created,
    hostname: record.hostname,
    domainname: record.domainname,
    networkMode: record.networkMode,
    tty: record.tty,
    openStdin: record.openStdin,
    env: record.env,
    exposedPorts: record.exposedPorts,
    portBindings: record.portBindings,
    publishAllPorts: record.publishAllPorts,
    links: record.links,
    dns: record.dns,
    extraHosts: record.extraHosts,
    autoRemove: record.autoRemove,
    restartPolicy: record.restartPolicy,
    labels: record.labels,
    status: 'created',
    pid: 0,
    exitCode: 0,
    startedAt: '0001-01-01T00:00:00Z',
    finishedAt: '0001-01-01T00:00:00Z',
    restartCount: 0,
    sandbox: undefined,
    attachments,
    ifaceCounter: 0,
    published: [],
  } satisfies { readonly [K in keyof Required<ContainerState>]: ContainerState[K] | undefined };
  return container;
};
