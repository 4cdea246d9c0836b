/**
 * Finding a host's swarm, and what a manager-only command needs: the cluster and this
 * node, with Docker's refusals for a host outside any swarm and for a worker.
 */
import * as E from 'fp-ts/lib/Either.js';
import {
  daemonError,
  type ClusterState,
  type DecideContext,
  type DockerError,
  type EngineState,
  type HostState,
  type NodeState,
  type ServiceState,
  type SwarmNetwork,
} from '@docknet/core';
import { swarmMsg } from './swarm-messages.js';

export interface NodeContext {
  readonly host: HostState;
  readonly cluster: ClusterState;
  readonly node: NodeState;
}

/** The swarm `host` is a node of, with its node record; undefined outside a swarm. */
export const nodeContextOf = (state: EngineState, host: HostState | undefined): NodeContext | undefined => {
  if (host?.swarm === undefined) return undefined;
  const cluster = state.swarms.get(host.swarm.clusterId);
  const node = cluster?.nodes.get(host.swarm.nodeId);
  return cluster === undefined || node === undefined ? undefined : { host, cluster, node };
};

/** The node context of a manager; Docker's refusal outside a swarm or on a worker. */
export const requireManager = (ctx: DecideContext): E.Either<DockerError, NodeContext> => {
  const node = nodeContextOf(ctx.state, ctx.host);
  if (node === undefined) return E.left(daemonError(swarmMsg.notManager, 'unavailable'));
  if (node.node.role !== 'manager') return E.left(daemonError(swarmMsg.workerNode, 'unavailable'));
  return E.right(node);
};

/** Lookup by full id (the map's key), exact name, then unique id prefix (swarmkit's `getNetwork`/`getService`). */
const byRef = <T>(ref: string, items: ReadonlyMap<string, T>, idsByName: ReadonlyMap<string, string>): T | undefined => {
  const byId = items.get(ref);
  if (byId !== undefined) return byId;
  const named = idsByName.get(ref);
  if (named !== undefined) return items.get(named);
  if (ref === '') return undefined;
  const matches = [...items.keys()].filter((id) => id.startsWith(ref));
  return matches.length === 1 && matches[0] !== undefined ? items.get(matches[0]) : undefined;
};

export const findSwarmNetwork = (cluster: ClusterState, ref: string): SwarmNetwork | undefined =>
  byRef(ref, cluster.networks, cluster.networkIdsByName);

export const findService = (cluster: ClusterState, ref: string): ServiceState | undefined =>
  byRef(ref, cluster.services, cluster.serviceIdsByName);

/** A node by id, id prefix or hostname (`docker node rm`, `docker node inspect`). */
export const findNode = (cluster: ClusterState, ref: string): NodeState | undefined => {
  const byId = cluster.nodes.get(ref);
  if (byId !== undefined) return byId;
  const named = [...cluster.nodes.values()].filter((n) => n.hostName === ref);
  if (named.length === 1) return named[0];
  if (ref === '') return undefined;
  const matches = [...cluster.nodes.values()].filter((n) => n.id.startsWith(ref));
  return matches.length === 1 ? matches[0] : undefined;
};

/** Ready nodes in join order. */
export const readyNodes = (cluster: ClusterState): NodeState[] => [...cluster.nodes.values()].filter((n) => n.status === 'ready');

/** Managers that are up, in join order. */
export const readyManagers = (cluster: ClusterState): NodeState[] => readyNodes(cluster).filter((n) => n.role === 'manager');
