import type { ProfileId } from '../profile/profile.js';
import type { HostState } from './host.js';
import type { ClusterState } from './swarm.js';

/**
 * The whole simulated world. Owned by the fold: `evolve` updates it in place and returns
 * it (no copy per event, ARCHITECTURE.md). Everyone else treats it as read-only; a caller
 * that needs an old state keeps the event log and folds again.
 */
export interface EngineState {
  readonly profile: ProfileId;
  readonly seed: number;
  /** `seq` of the last applied event; 0 for a fresh engine. */
  seq: number;
  /** Logical time of the last applied event. */
  at: string;
  readonly hosts: Map<string, HostState>;
  /** Swarms by cluster id (usually none or one). */
  readonly swarms: Map<string, ClusterState>;
}

export type ReadonlyEngineState = Readonly<EngineState>;
