import type { Either } from 'fp-ts/lib/Either.js';
import type { Command, CommandOf, CommandType } from '../commands/commands.js';
import type { DockerError } from '../errors/docker-error.js';
import type { DecidedEvent } from '../events/events.js';
import type { EngineProfile } from '../profile/profile.js';
import type { EngineState } from '../state/engine-state.js';
import type { HostState, PortTable } from '../state/host.js';
import type { AddressPools } from '../state/network.js';
import type { NetworkRecord } from '../state/records.js';

/**
 * What a command handler sees. `nonce` is unique per decided command (the seq its first
 * event will get), so ids derived from (seed, kind, nonce, index) never collide.
 */
export interface DecideContext {
  readonly state: EngineState;
  /** The host the command runs on; absent only for `BootHost`. */
  readonly host: HostState | undefined;
  readonly hostName: string;
  readonly profile: EngineProfile;
  readonly at: string;
  readonly nonce: number;
}

export type CommandHandler<C extends Command> = (
  ctx: DecideContext,
  command: C,
) => Either<DockerError, readonly DecidedEvent[]>;

/**
 * The daemon as core sees it: command rules plus the allocation structures that evolve
 * keeps up to date. Implemented by @docknet/drivers; core never imports a driver.
 */
export interface DriverRegistry {
  readonly handlers: { readonly [K in CommandType]: CommandHandler<CommandOf<K>> };
  /** Allocation state for a new network, with its gateway and aux addresses reserved. */
  openPools(network: NetworkRecord, profile: EngineProfile): AddressPools;
  /** An empty host port table. */
  openPortTable(): PortTable;
  /**
   * A network's pools rebuilt from their own `toJSON()` output (a state snapshot), with
   * every allocation and cursor as it was; Left when `snapshot` is not such output.
   */
  restorePools(network: NetworkRecord, snapshot: unknown, profile: EngineProfile): Either<string, AddressPools>;
  /** A host port table rebuilt from its own `toJSON()` output; Left when it is not one. */
  restorePortTable(snapshot: unknown): Either<string, PortTable>;
}
