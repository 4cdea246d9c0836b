/**
 * The topology of a simulated Docker world as a plain graph: what `docknet graph` draws and
 * what the report shows per step. Node ids are stable across steps (they are built from
 * host names and Docker ids, never from positions), so one layout serves a whole run.
 */

/**
 * - `host`: a Docker host (holds everything else on it).
 * - `nic`: one of the host's own interfaces (eth0 10.0.2.15/24).
 * - `bridge`: a bridge network's Linux bridge (docker0, br-<id12>).
 * - `network`: a network without a bridge device (host, none, …); a swarm network (overlay)
 *   is one such node for the whole swarm, outside the hosts, shared by their containers.
 * - `container`: a container (holds its interfaces).
 * - `iface`: a container's interface on one network (eth0@if9, its IP).
 * - `veth`: the host end of a container interface's veth pair (veth1a2b3c4@if8).
 * - `port`: a published host port.
 */
export type TopologyNodeKind = 'host' | 'nic' | 'bridge' | 'network' | 'container' | 'iface' | 'veth' | 'port';

export interface TopologyNode {
  /** Stable across steps: `host:NAME`, `ctr:HOST/ID`, `if:HOST/CTR/NET`, … */
  readonly id: string;
  readonly kind: TopologyNodeKind;
  /** The id of the host or container this node sits in. */
  readonly parent?: string;
  /** The text drawn in the node, one entry a line; the first is its title. */
  readonly label: readonly string[];
  /** Drawn faded: a container that is not running (its interfaces are gone). */
  readonly inactive?: boolean;
}

/**
 * - `veth`: a veth pair, the container's interface to the host end.
 * - `master`: the host end of a veth pair enslaved to its bridge (`ip link … master docker0`).
 * - `nat`: a bridge's masqueraded way out through the host's interface.
 * - `attach`: a container joined to a network that gives it no interface of its own (host, none).
 * - `publish`: a host port forwarded to a container.
 * - `netns`: `--network container:X`, the container shares X's network namespace.
 * - `overlay`: a swarm network's VXLAN tunnel to a node with endpoints on it (to the NIC it advertises).
 */
export type TopologyEdgeKind = 'veth' | 'master' | 'nat' | 'attach' | 'publish' | 'netns' | 'overlay';

export interface TopologyEdge {
  readonly id: string;
  readonly kind: TopologyEdgeKind;
  readonly from: string;
  readonly to: string;
  readonly label?: string;
}

/** Nodes in a stable order (parents before children), then edges. */
export interface Topology {
  readonly nodes: readonly TopologyNode[];
  readonly edges: readonly TopologyEdge[];
}
