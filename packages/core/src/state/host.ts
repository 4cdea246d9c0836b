import type { HostInterface } from './records.js';
import type { ContainerState } from './container.js';
import type { NetworkState } from './network.js';
import type { SwarmMembership } from './swarm.js';

/**
 * Host ports bound per (protocol, host IP), with the ephemeral allocator's cursor.
 * Implemented by the drivers package; only `evolve` calls the mutating methods.
 */
export interface PortTable {
  /** Whether (proto, hostIp, port) is taken, counting `0.0.0.0`/`::` against specific addresses. */
  isBound(proto: string, hostIp: string, port: number): boolean;
  /** The next ephemeral port for (proto, hostIp) in [lo, hi], serial from the cursor (pure). */
  nextEphemeral(proto: string, hostIp: string, lo: number, hi: number, taken?: ReadonlySet<number>): number | undefined;
  /** `range` (`lo-hi`) names the ephemeral cursor to move; absent = the default range. */
  bind(proto: string, hostIp: string, port: number, ephemeral: boolean, range?: string): void;
  release(proto: string, hostIp: string, port: number): void;
  toJSON(): unknown;
}

/** One Docker host: its engine's networks, containers, ports and devices. */
export interface HostState {
  readonly name: string;
  readonly engineId: string;
  readonly interfaces: readonly HostInterface[];
  readonly networks: Map<string, NetworkState>;
  readonly networkIdsByName: Map<string, string>;
  readonly containers: Map<string, ContainerState>;
  readonly containerIdsByName: Map<string, string>;
  readonly ports: PortTable;
  /** Next free interface index in the host namespace (veths, bridges). */
  nextIfIndex: number;
  /** Round-robin cursor over the predefined pools (≤v26 subnet pick). */
  poolCursor: number;
  /** The swarm this host is a node of; cleared to `undefined` when it leaves. */
  swarm: SwarmMembership | undefined;
}
