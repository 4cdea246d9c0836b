export type { ContainerStatus } from './status.js';
export { CONTAINER_STATUSES } from './status.js';
export type { LifecycleCommand, LifecycleCommandType } from './command.js';
export { ALL_LIFECYCLE_COMMANDS, commandKey } from './command.js';
export type { LifecycleEffect } from './effect.js';
export type { LifecycleRejection, LifecycleRejectionCode, RejectionMessage, } from './rejection.js';
export { LIFECYCLE_REJECTIONS } from './rejection.js';
export type { LifecycleOutcome } from './machine.js';
export { initialLifecycleStatus } from './machine.js';
export { lifecycleTransition } from './transition.js';
export { lifecycleShortestPaths, type LifecyclePath } from './paths/shortest-paths.js';
//# sourceMappingURL=index.d.ts.map