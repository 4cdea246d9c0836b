import type { AddressPools } from './network.js';
import type { Endpoint, NetworkRecord, ServiceRecord, SwarmCluster, SwarmNode, TaskRecord } from './records.js';

/** An endpoint on a swarm network as every node sees it (gossiped by networkdb). */
export interface SwarmEndpoint {
  readonly endpoint: Endpoint;
  /** The host (node) the endpoint lives on. */
  readonly host: string;
  /** Names the embedded DNS answers for it on this network (container name, aliases, short id). */
  readonly names: readonly string[];
  /** The service whose task owns the endpoint (for `tasks.<service>`). */
  readonly service?: string;
}

/**
 * A swarm-scope network, shared by every node: one address pool (so addresses are unique
 * swarm-wide), every live endpoint on every node, and the services' virtual IPs on it.
 * Each node's `NetworkState` of the network points at this object (`swarm`) and uses its
 * `pools`; the node's own `endpoints` hold only its local endpoints.
 */
export interface SwarmNetwork {
  readonly record: NetworkRecord;
  readonly pools: AddressPools;
  /** Live endpoints on every node, by endpoint id. */
  readonly endpoints: Map<string, SwarmEndpoint>;
  /** Virtual IPs of the services on this network, by service name. */
  readonly vips: Map<string, string>;
}

/** A service with its tasks. */
export interface ServiceState extends ServiceRecord {
  replicas: number;
  /** Task ids by slot (replicated) or by node id (global), in creation order. */
  readonly tasks: Map<string, TaskRecord>;
}

/** A node as the managers see it: `down` once it left (until `docker node rm`). */
export interface NodeState extends SwarmNode {
  status: 'ready' | 'down';
}

/** One swarm: its nodes, swarm-scope networks, services and tasks. */
export interface ClusterState extends SwarmCluster {
  /** Nodes by node id, in join order. */
  readonly nodes: Map<string, NodeState>;
  readonly networks: Map<string, SwarmNetwork>;
  readonly networkIdsByName: Map<string, string>;
  readonly services: Map<string, ServiceState>;
  readonly serviceIdsByName: Map<string, string>;
  /** Round-robin cursor over the global pools (≤v26 subnet pick). */
  poolCursor: number;
}

/** A host's place in a swarm. */
export interface SwarmMembership {
  readonly clusterId: string;
  readonly nodeId: string;
}
