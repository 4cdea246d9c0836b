/**
 * Views of `docker swarm`, `docker node` and `docker service`: pure functions of the engine
 * state. This list is the folder's public surface.
 */
export { managerView } from './manager-view.js';
export type { NodeLsOptions, NodeRow } from './node-ls.js';
export { managerStatus, nodeLsOutput, nodeLsRows } from './node-ls.js';
export type { ServiceLsOptions, ServiceRow } from './service-ls.js';
export { desiredTasks, runningTasks, serviceLsOutput, serviceLsRows, serviceRow } from './service-ls.js';
export type { ServicePsOptions, ServiceSelection, TaskRow } from './service-ps.js';
export { selectServices, servicePsOutput, servicePsRows, taskName } from './service-ps.js';
export { progressBar, serviceProgressFrame, taskLine } from './service-progress.js';
export { serviceImage } from './service-image.js';
export { servicePortsText, taskPortsText } from './service-ports.js';
export type { TaskState, TaskStatus } from './task-status.js';
export { currentStateText, isTaskRunning, taskContainer, taskStatus } from './task-status.js';
export { prettyPrint } from './pretty-print.js';
export {
  NODE_HEADERS,
  NODE_LS_DEFAULT_FORMAT,
  SERVICE_HEADERS,
  SERVICE_LS_DEFAULT_FORMAT,
  SERVICE_PS_DEFAULT_FORMAT,
  TASK_HEADERS,
  progressStrings,
  serviceErrorText,
  swarmCliWording,
  swarmStrings,
  verifyLine,
} from './swarm-strings.js';
