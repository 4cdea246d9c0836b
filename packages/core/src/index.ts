/**
 * @docknet/core — commands, events, state, the engine skeleton and the pieces every
 * other package builds on. This list is the package's public surface.
 */
export type { ProfileId, EngineProfile } from './profile/profile.js';
export { PROFILE_IDS, DEFAULT_PROFILE, profileFor, isProfileId } from './profile/profile.js';

export type { DockerError, DockerErrorKind } from './errors/docker-error.js';
export { daemonError, cliError } from './errors/docker-error.js';

export * from './state/records.js';
export type { AddressPools, NetworkState } from './state/network.js';
export type { Attachment, ContainerState } from './state/container.js';
export type { HostState, PortTable } from './state/host.js';
export type { EngineState, ReadonlyEngineState } from './state/engine-state.js';
export type { ClusterState, NodeState, ServiceState, SwarmEndpoint, SwarmMembership, SwarmNetwork } from './state/swarm.js';
export type { Json } from './state/canonical-json.js';
export { sortKeys, stateToJson, stateToJsonText } from './state/canonical-json.js';

export * from './diff/index.js';

export * from './events/events.js';
export * from './ids/index.js';
export * from './lifecycle/index.js';
export * from './clock/index.js';
export * from './log/index.js';
export * from './snapshot/index.js';
export type * from './commands/commands.js';

export type { DecideContext, CommandHandler, DriverRegistry } from './engine/registry.js';
export type { Engine, EngineHeader } from './engine/engine.js';
export { makeEngine } from './engine/engine.js';
