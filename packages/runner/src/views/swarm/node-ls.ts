/**
 * `docker node ls` (cli `node/list.go`, `node/formatter.go`; swarm-facts.md §6): every node
 * of the cluster, natural-sorted by hostname, the node running the command marked ` *`.
 */
import * as E from 'fp-ts/lib/Either.js';
import { type ClusterState, type DockerError, type NodeState } from '@docknet/core';
import { goStruct, type TemplateValue } from '../../template/index.js';
import { renderSwarmList } from './list-format.js';
import { naturalCompare } from '../sort/natural-less.js';
import { NODE_HEADERS, NODE_LS_DEFAULT_FORMAT } from './swarm-strings.js';
import { prettyPrint } from './pretty-print.js';

/** One row; keys sorted, as the CLI's `marshalJSON` writes them for `{{json .}}`. */
export interface NodeRow {
  readonly Availability: string;
  readonly EngineVersion: string;
  readonly Hostname: string;
  readonly ID: string;
  readonly ManagerStatus: string;
  readonly Self: boolean;
  readonly Status: string;
  readonly TLSStatus: string;
}

export interface NodeLsOptions {
  /** The node running the command (marked ` *`). */
  readonly selfId: string;
  /** Every node runs the session's engine release. */
  readonly engineVersion: string;
  readonly quiet: boolean;
  readonly format?: string | undefined;
}

/** The leader is the first ready manager in join order (raft elects no other in docknet). */
const leaderId = (cluster: ClusterState): string | undefined =>
  [...cluster.nodes.values()].find((n) => n.role === 'manager' && n.status === 'ready')?.id;

/** MANAGER STATUS: `Leader`, `Reachable`, `Unreachable`, or empty for a worker. */
export function managerStatus(cluster: ClusterState, node: NodeState): string {
  if (node.role !== 'manager') return '';
  if (node.id === leaderId(cluster)) return 'Leader';
  return node.status === 'ready' ? 'Reachable' : 'Unreachable';
}

/**
 * The rows `docker node ls` shows, natural-sorted by hostname.
 *
 * @example
 * nodeLsRows(cluster, { selfId, engineVersion: '28.5.2' })[0].ManagerStatus // 'Leader'
 */
export function nodeLsRows(cluster: ClusterState, options: Pick<NodeLsOptions, 'selfId' | 'engineVersion'>): NodeRow[] {
  return [...cluster.nodes.values()]
    .sort((a, b) => naturalCompare(a.hostName, b.hostName))
    .map((node) => ({
      Availability: 'Active',
      EngineVersion: options.engineVersion,
      Hostname: node.hostName,
      ID: node.id,
      ManagerStatus: managerStatus(cluster, node),
      Self: node.id === options.selfId,
      Status: prettyPrint(node.status),
      TLSStatus: 'Ready',
    }));
}

const templateRow = (row: NodeRow): TemplateValue => goStruct('*node.nodeContext', { ...row });

/**
 * What `docker node ls` prints: the default table, full IDs with `-q`, or `--format`.
 *
 * @example
 * nodeLsOutput(cluster, { selfId, engineVersion: '28.5.2', quiet: true }) // Right('<id>\n<id>\n')
 */
export function nodeLsOutput(cluster: ClusterState, options: NodeLsOptions): E.Either<DockerError, string> {
  const rows = nodeLsRows(cluster, options);
  return renderSwarmList({
    format: options.format,
    quiet: options.quiet,
    ids: rows.map((r) => r.ID),
    rows: rows.map(templateRow),
    defaultFormat: NODE_LS_DEFAULT_FORMAT,
    headers: NODE_HEADERS,
  });
}
