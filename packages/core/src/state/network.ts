import type { Endpoint, NetworkRecord } from './records.js';
import type { SwarmNetwork } from './swarm.js';

/**
 * The allocation state of a network's address pools. Core defines the interface; the
 * IPAM driver implements it. Only `evolve` calls the mutating methods.
 */
export interface AddressPools {
  /** The address a dynamic request would get now, or undefined when the pools are full (pure). */
  nextDynamic(family: 4 | 6): string | undefined;
  /** Docker's refusal of a static request for `ip` (`Address already in use`, …), or undefined. */
  refuseStatic(ip: string): string | undefined;
  /** Per-subnet usage, for v29's `Status` in network inspect. */
  usage(): readonly { readonly subnet: string; readonly ipsInUse: number; readonly dynamicIpsAvailable: number }[];
  allocate(ip: string, kind: 'dynamic' | 'static'): void;
  release(ip: string): void;
  /** Plain data for snapshots and the state JSON. */
  toJSON(): unknown;
}

/** A network as the daemon knows it: the created record plus its live endpoints. */
export interface NetworkState extends NetworkRecord {
  /** Live endpoints by endpoint id, in join order. */
  readonly endpoints: Map<string, Endpoint>;
  readonly pools: AddressPools;
  /** For a swarm-scope network: the cluster-wide side, whose `pools` this network uses. */
  readonly swarm?: SwarmNetwork;
}
