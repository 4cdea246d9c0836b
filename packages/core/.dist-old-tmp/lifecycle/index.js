export { CONTAINER_STATUSES } from './status.js';
export { ALL_LIFECYCLE_COMMANDS, commandKey } from './command.js';
export { LIFECYCLE_REJECTIONS } from './rejection.js';
export { initialLifecycleStatus } from './machine.js';
export { lifecycleTransition } from './transition.js';
export { lifecycleShortestPaths } from './paths/shortest-paths.js';
//# sourceMappingURL=index.js.map