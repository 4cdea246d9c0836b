/**
 * What a manager-only query (`docker node ls`, `docker service ls|ps`, `docker swarm
 * join-token`) reads: the cluster and the node running the command, or the daemon's
 * refusal outside a swarm and on a worker (swarm-facts.md §2).
 */
import * as E from 'fp-ts/lib/Either.js';
import { daemonError, type DockerError, type EngineState } from '@docknet/core';
import { nodeContextOf, swarmMsg, type NodeContext } from '@docknet/drivers';

/**
 * The manager's view of its swarm.
 *
 * @example
 * managerView(state, 'manager1') // Right({ host, cluster, node })
 */
export function managerView(state: EngineState, hostName: string): E.Either<DockerError, NodeContext> {
  const context = nodeContextOf(state, state.hosts.get(hostName));
  if (context === undefined) return E.left(daemonError(swarmMsg.notManager, 'unavailable'));
  if (context.node.role !== 'manager') return E.left(daemonError(swarmMsg.workerNode, 'unavailable'));
  return E.right(context);
}
