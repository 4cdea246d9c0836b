export { PROFILE_IDS, DEFAULT_PROFILE, profileFor, isProfileId } from './profile/profile.js';
export { daemonError, cliError } from './errors/docker-error.js';
export * from './state/records.js';
export { sortKeys, stateToJson, stateToJsonText } from './state/canonical-json.js';
export * from './diff/index.js';
export * from './events/events.js';
export * from './ids/index.js';
export * from './lifecycle/index.js';
export * from './clock/index.js';
export * from './log/index.js';
export * from './snapshot/index.js';
export { makeEngine } from './engine/engine.js';
//# sourceMappingURL=index.js.map