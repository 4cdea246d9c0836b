/** Every docker command docknet answers, keyed by its path after `docker`. */
import type { DockerCommandSpec } from '../command-spec.js';
import {
  dockerCreate,
  dockerKill,
  dockerPause,
  dockerRename,
  dockerRestart,
  dockerRm,
  dockerRun,
  dockerStart,
  dockerStop,
  dockerUnpause,
} from './container.js';
import { networkConnect, networkCreate, networkDisconnect, networkInspect, networkLs, networkPrune, networkRm } from './network.js';
import { dockerInspect, dockerPort, dockerPs } from './query.js';
import { dockerExec } from './exec.js';
import { swarmInit, swarmJoin, swarmJoinToken, swarmLeave } from './swarm.js';
import { nodeLs, nodeRm } from './node.js';
import { serviceCreate, serviceLs, servicePs, serviceRm, serviceScale } from './service.js';

const ALL: readonly DockerCommandSpec[] = [
  networkCreate,
  networkRm,
  networkLs,
  networkInspect,
  networkConnect,
  networkDisconnect,
  networkPrune,
  dockerRun,
  dockerCreate,
  dockerStart,
  dockerStop,
  dockerRestart,
  dockerKill,
  dockerPause,
  dockerUnpause,
  dockerRm,
  dockerRename,
  dockerPs,
  dockerInspect,
  dockerPort,
  dockerExec,
  swarmInit,
  swarmJoin,
  swarmJoinToken,
  swarmLeave,
  nodeLs,
  nodeRm,
  serviceCreate,
  serviceLs,
  servicePs,
  serviceRm,
  serviceScale,
];

export const DOCKER_COMMANDS: ReadonlyMap<string, DockerCommandSpec> = new Map(
  ALL.map((spec) => [spec.path.replace(/^docker /, ''), spec]),
);
