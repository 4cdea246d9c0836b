/**
 * @docknet/drivers — IPAM, the host port table and the daemon's command rules, assembled
 * into the registry the engine is built from.
 *
 * @example
 * import { makeEngine } from '@docknet/core';
 * import { daemonRegistry } from '@docknet/drivers';
 * const engine = makeEngine(daemonRegistry);
 */
export { daemonRegistry } from './daemon/registry.js';
export { HostPortTable } from './ports/port-table.js';
export * from './ipam/index.js';
export * from './reachability/index.js';
export {
  findNode,
  findService,
  findSwarmNetwork,
  nodeContextOf,
  readyManagers,
  readyNodes,
  type NodeContext,
} from './daemon/swarm/cluster-lookup.js';
export { swarmMsg } from './daemon/swarm/swarm-messages.js';
export { GWBRIDGE_NAME, INGRESS_SANDBOX, VXLAN_OPTION } from './daemon/swarm/node-networks.js';
export { SWARM_PORT } from './daemon/swarm/advertise-address.js';
