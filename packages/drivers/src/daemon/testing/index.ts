/** Test support for the daemon's handlers: the given/when/then spec and command builders. */
export * from './decider-spec.js';
export * from './command-builders.js';
export { portSpec } from './port-spec.js';
export * from './state-queries.js';
