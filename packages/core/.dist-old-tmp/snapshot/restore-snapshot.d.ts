/**
 * An engine state rebuilt from a {@link StateSnapshot}: the same maps in the same order,
 * and the live structures (address pools, host port tables) restored by the driver
 * registry from their own JSON, so that folding more events or deciding more commands
 * behaves exactly as on the state the snapshot was taken from.
 */
import type { Either } from 'fp-ts/lib/Either.js';
import type { DriverRegistry } from '../engine/registry.js';
import type { EngineState } from '../state/engine-state.js';
import type { StateSnapshot } from './snapshot-codec.js';
/**
 * Rebuilds the state a snapshot was taken of; Left (naming the host and network) when
 * the registry refuses a pool or port table snapshot.
 *
 * @example
 * restoreState(snapshotOf(state), daemonRegistry) // right(a state equal to `state`)
 */
export declare const restoreState: (snapshot: StateSnapshot, registry: DriverRegistry) => Either<string, EngineState>;
//# sourceMappingURL=restore-snapshot.d.ts.map