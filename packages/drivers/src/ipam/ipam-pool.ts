/**
 * An IPAM pool: one subnet (optionally with an `--ip-range`) and which of its addresses
 * are allocated — what libnetwork's `PoolData` holds.
 *
 * Built for event sourcing: `decide` asks pure questions ({@link IpamPool.nextDynamic},
 * {@link IpamPool.checkStatic}); the answer goes into an event; `evolve` applies it with
 * the only mutators, {@link IpamPool.allocate} and {@link IpamPool.release}.
 *
 * @example
 * const pool = unsafeRight(createPool({ subnet: '172.18.0.0/16', reserve: 'v27' }));
 * const gw = pool.nextDynamic();          // '172.18.0.1'
 * pool.allocate(gw!, 'dynamic');
 * pool.nextDynamic();                     // '172.18.0.2'
 */
import type * as E from 'fp-ts/lib/Either.js';
import type { AddressRunJson } from './address-runs.js';
import type { IpFamily } from './ip-address.js';
import type { ReserveProfile } from './reserved-addresses.js';

/** How a dynamic request picks its address (§1.1). */
export type AllocationOrder =
  /** The lowest free address of the range: every local network, all versions. */
  | 'lowest-free'
  /** First free at or after the cursor, wrapping to the range start: swarm networks. */
  | 'serial';

/** A dynamic allocation moves the serial cursor (Docker's `Bitmap.curr`); a static one does not. */
export type AllocationKind = 'dynamic' | 'static';

/** What to build a pool from. */
export interface IpamPoolConfig {
  /** The subnet in CIDR notation; host bits are ignored, as Docker masks it. */
  readonly subnet: string;
  /** The `--ip-range` sub-pool dynamic addresses come from. */
  readonly ipRange?: string;
  /** Which addresses are reserved up front (§1.2). */
  readonly reserve: ReserveProfile;
  /** Default `'lowest-free'`. */
  readonly order?: AllocationOrder;
}

/** Docker v29's `Status.IPAM.Subnets[subnet]` (§9.2). Counts are `bigint` because IPv6 ones exceed 2^53. */
export interface IpamPoolStatus {
  /** Allocated addresses in the subnet: reserved ones, the gateway, aux addresses, endpoints. */
  readonly ipsInUse: bigint;
  /** Dynamic range size minus what is allocated in it, saturated at 2^64 − 1 like Go's `Uint64Sat`. */
  readonly dynamicIpsAvailable: bigint;
}

/** A pool as JSON: its config, the serial cursor, and the allocated offsets as runs. */
export interface IpamPoolSnapshot {
  readonly subnet: string;
  readonly ipRange?: string;
  readonly reserve: ReserveProfile;
  readonly order: AllocationOrder;
  /** Offset the next serial scan starts at (0 = from the range start). */
  readonly cursor: number | string;
  /** Allocated offsets, sorted runs `[start, length]` (reserved addresses included). */
  readonly allocated: readonly AddressRunJson[];
}

/** The allocation state of one subnet. Queries are pure; `allocate`/`release` mutate. */
export interface IpamPool {
  readonly family: IpFamily;
  /** The subnet, canonical (masked, Go formatting). */
  readonly subnet: string;
  /** The ip-range, canonical, if one was given. */
  readonly ipRange: string | undefined;
  readonly prefixLength: number;
  readonly reserve: ReserveProfile;
  readonly order: AllocationOrder;

  /**
   * The address a dynamic request would get now, or `undefined` when the range is full
   * (Docker: `no available addresses on this pool`). Does not change the pool.
   */
  nextDynamic(): string | undefined;

  /**
   * Whether a static request (`--ip`, `--gateway`, `--aux-address`) for `ip` would succeed:
   * `requested address is out of range` outside the subnet (the ip-range is not checked,
   * §1.3), `Address already in use` when taken or reserved; with the `'legacy'` profile a
   * full pool answers `no available addresses on this pool` first, as 20.10 did.
   */
  checkStatic(ip: string): E.Either<string, void>;

  /**
   * Marks `ip` allocated; a `'dynamic'` allocation moves the serial cursor to `ip + 1`.
   * Total, for `evolve`: an address outside the subnet or already allocated changes
   * nothing but the cursor rule. Returns whether the address was newly allocated.
   */
  allocate(ip: string, kind: AllocationKind): boolean;

  /** Frees `ip`; returns whether it was allocated. */
  release(ip: string): boolean;

  /** True when `ip` is allocated (reserved addresses count). */
  isAllocated(ip: string): boolean;
  /** True when `ip` is inside the subnet. */
  contains(ip: string): boolean;
  /** True when `ip` is inside the dynamic range (the ip-range, else the subnet). */
  inRange(ip: string): boolean;

  /** Allocated addresses in the subnet (reserved ones included). */
  allocatedCount(): bigint;
  /** v29's per-subnet status counts. */
  status(): IpamPoolStatus;

  /** A deep copy, for looking ahead in `decide` without touching state. */
  clone(): IpamPool;
  /** The pool as JSON; {@link restorePool} rebuilds it exactly. */
  toJSON(): IpamPoolSnapshot;
}
