/**
 * The docknet daemon: every command handler plus the allocation structures evolve keeps,
 * assembled into the registry that `makeEngine` takes.
 *
 * @example
 * const engine = makeEngine(daemonRegistry);
 */
import type { DriverRegistry } from '@docknet/core';
import { HostPortTable } from '../ports/port-table.js';
import { bootHost } from './boot-host.js';
import { createContainer } from './container-create.js';
import {
  exitContainer,
  killContainer,
  pauseContainer,
  removeContainer,
  renameContainer,
  startContainer,
  stopContainer,
  unpauseContainer,
} from './container-lifecycle.js';
import { openNetworkPools } from './ipam-adapter.js';
import { restoreNetworkPools } from './network-pools.js';
import { createNetwork } from './network-create.js';
import { connectNetwork, disconnectNetwork, removeNetwork } from './network-membership.js';
import { convergeSwarm } from './swarm/converge.js';
import { createService, removeService, scaleService } from './swarm/services.js';
import { initSwarm, joinSwarm, leaveSwarm, removeNode } from './swarm/swarm-membership.js';

export const daemonRegistry: DriverRegistry = {
  handlers: {
    BootHost: bootHost,
    CreateNetwork: createNetwork,
    RemoveNetwork: removeNetwork,
    CreateContainer: createContainer,
    StartContainer: startContainer,
    StopContainer: stopContainer,
    KillContainer: killContainer,
    PauseContainer: pauseContainer,
    UnpauseContainer: unpauseContainer,
    RemoveContainer: removeContainer,
    RenameContainer: renameContainer,
    ExitContainer: exitContainer,
    ConnectNetwork: connectNetwork,
    DisconnectNetwork: disconnectNetwork,
    InitSwarm: initSwarm,
    JoinSwarm: joinSwarm,
    LeaveSwarm: leaveSwarm,
    RemoveNode: removeNode,
    CreateService: createService,
    ScaleService: scaleService,
    RemoveService: removeService,
    ConvergeSwarm: convergeSwarm,
  },
  openPools: openNetworkPools,
  openPortTable: () => new HostPortTable(),
  restorePools: restoreNetworkPools,
  restorePortTable: (snapshot) => HostPortTable.fromJSON(snapshot),
};
