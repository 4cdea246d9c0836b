/**
 * `Peers` of `docker network inspect` on a swarm network (swarm-facts.md §10): the nodes
 * gossiping about the network, i.e. those with a live endpoint on it anywhere in the swarm.
 */
import type { ClusterState, HostState, NetworkState } from '@docknet/core';
import type { GoJson } from '../go-json/go-json-value.js';

/** The cluster `host` is a node of, if any. */
export function clusterOfHost(host: HostState, swarms: ReadonlyMap<string, ClusterState>): ClusterState | undefined {
  return host.swarm === undefined ? undefined : swarms.get(host.swarm.clusterId);
}

/** Hosts with a live endpoint on the swarm network (every node, for ingress's sandboxes). */
function hostsWithEndpoints(network: NetworkState): ReadonlySet<string> {
  const hosts = new Set<string>();
  for (const ep of network.swarm?.endpoints.values() ?? []) hosts.add(ep.host);
  return hosts;
}

/**
 * `Peers`: `{Name, IP}` per node with an endpoint on the network, in join order; undefined
 * (the field is left out) for a local network, or one this node has not instantiated
 * (no local endpoint: the daemon answers from the cluster's record, without peers).
 *
 * @example
 * peersJson(node1, ingress, state.swarms) // [{ Name: 'node1-3f2a…', IP: '192.168.1.10' }, { Name: 'node2-…', … }]
 */
export function peersJson(host: HostState, network: NetworkState, swarms: ReadonlyMap<string, ClusterState>): GoJson[] | undefined {
  if (network.scope !== 'swarm' || network.endpoints.size === 0) return undefined;
  const cluster = clusterOfHost(host, swarms);
  if (cluster === undefined) return undefined;
  const hosts = hostsWithEndpoints(network);
  const peers = [...cluster.nodes.values()].filter((n) => hosts.has(n.hostName)).map((n): GoJson => ({ Name: n.peerName, IP: n.addr }));
  return peers.length === 0 ? undefined : peers;
}
