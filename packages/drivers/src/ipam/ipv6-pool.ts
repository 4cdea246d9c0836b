/**
 * {@link IpamPool} for IPv6: offsets are `bigint` (a /64 has 2^64 addresses) and the set
 * is a {@link WideAddressSet}.
 */
import * as E from 'fp-ts/lib/Either.js';
import { decodeRunValue, encodeRunValue } from './address-runs.js';
import { cidrSize, formatCidr, type Cidr } from './cidr.js';
import type { OffsetRange } from './dynamic-range.js';
import { formatIpAddress, parseIpAddress } from './ip-address.js';
import { ERR_IP_ALREADY_ALLOCATED, ERR_IP_OUT_OF_RANGE, ERR_NO_AVAILABLE_IPS } from './ipam-errors.js';
import type { AllocationKind, AllocationOrder, IpamPool, IpamPoolSnapshot, IpamPoolStatus } from './ipam-pool.js';
import type { ReserveProfile } from './reserved-addresses.js';
import { WideAddressSet } from './wide-address-set.js';

const RIGHT_VOID: E.Either<string, void> = E.right(undefined);
const UINT64_MAX = (1n << 64n) - 1n;

/** Fields an {@link Ipv6Pool} is built from; see `createPool`. */
export interface Ipv6PoolInit {
  readonly subnet: Cidr;
  readonly ipRange: Cidr | undefined;
  readonly range: OffsetRange;
  readonly reserve: ReserveProfile;
  readonly order: AllocationOrder;
}

/** An IPv6 pool; construct through `createPool` / `restorePool`. */
export class Ipv6Pool implements IpamPool {
  readonly family = 6 as const;
  readonly subnet: string;
  readonly ipRange: string | undefined;
  readonly prefixLength: number;
  readonly reserve: ReserveProfile;
  readonly order: AllocationOrder;
  private readonly base: bigint;
  private readonly size: bigint;
  private readonly lo: bigint;
  private readonly hi: bigint;
  private readonly set: WideAddressSet;
  private cursor = 0n;
  private readonly init: Ipv6PoolInit;

  constructor(init: Ipv6PoolInit) {
    this.init = init;
    this.subnet = formatCidr(init.subnet);
    this.ipRange = init.ipRange === undefined ? undefined : formatCidr(init.ipRange);
    this.prefixLength = init.subnet.prefixLength;
    this.reserve = init.reserve;
    this.order = init.order;
    this.base = init.subnet.address;
    this.size = cidrSize(init.subnet);
    this.lo = init.range.lo;
    this.hi = init.range.hi;
    this.set = new WideAddressSet(this.size);
  }

  /** Offset of `ip` in the subnet, or `undefined` when it is not an IPv6 address inside it. */
  offsetOf(ip: string): bigint | undefined {
    const parsed = parseIpAddress(ip);
    if (E.isLeft(parsed) || parsed.right.family !== 6 || parsed.right.zone !== undefined) return undefined;
    const offset = parsed.right.value - this.base;
    return offset >= 0n && offset < this.size ? offset : undefined;
  }

  /** The address at `offset`. */
  addressAt(offset: bigint): string {
    return formatIpAddress({ family: 6, value: this.base + offset });
  }

  /** Marks an offset allocated without the cursor rule (reserved addresses). */
  reserveOffset(offset: bigint): void {
    this.set.add(offset);
  }

  /** Adds a run of offsets (restore). */
  addRun(start: bigint, length: bigint): void {
    this.set.addRun(start, length);
  }

  /** Sets the serial cursor (restore). */
  setCursor(cursor: bigint): void {
    this.cursor = cursor;
  }

  nextDynamic(): string | undefined {
    const offset = this.nextDynamicOffset();
    return offset === undefined ? undefined : this.addressAt(offset);
  }

  /** {@link nextDynamic} as an offset. */
  nextDynamicOffset(): bigint | undefined {
    if (this.order === 'serial' && this.cursor !== 0n && this.cursor > this.lo) {
      const fromCursor = this.set.firstFree(this.cursor, this.hi);
      if (fromCursor !== undefined) return fromCursor;
    }
    return this.set.firstFree(this.lo, this.hi);
  }

  checkStatic(ip: string): E.Either<string, void> {
    const offset = this.offsetOf(ip);
    if (offset === undefined) return E.left(ERR_IP_OUT_OF_RANGE);
    if (this.reserve === 'legacy' && this.set.allocated >= this.size) return E.left(ERR_NO_AVAILABLE_IPS);
    return this.set.has(offset) ? E.left(ERR_IP_ALREADY_ALLOCATED) : RIGHT_VOID;
  }

  allocate(ip: string, kind: AllocationKind): boolean {
    const offset = this.offsetOf(ip);
    if (offset === undefined) return false;
    if (kind === 'dynamic') this.cursor = offset + 1n;
    return this.set.add(offset);
  }

  release(ip: string): boolean {
    const offset = this.offsetOf(ip);
    return offset !== undefined && this.set.delete(offset);
  }

  isAllocated(ip: string): boolean {
    const offset = this.offsetOf(ip);
    return offset !== undefined && this.set.has(offset);
  }

  contains(ip: string): boolean {
    return this.offsetOf(ip) !== undefined;
  }

  inRange(ip: string): boolean {
    const offset = this.offsetOf(ip);
    return offset !== undefined && offset >= this.lo && offset <= this.hi;
  }

  allocatedCount(): bigint {
    return this.set.allocated;
  }

  status(): IpamPoolStatus {
    const available = this.hi - this.lo + 1n - this.set.countInRange(this.lo, this.hi);
    const ipsInUse = this.set.allocated;
    return {
      ipsInUse: ipsInUse > UINT64_MAX ? UINT64_MAX : ipsInUse,
      dynamicIpsAvailable: available > UINT64_MAX ? UINT64_MAX : available,
    };
  }

  clone(): IpamPool {
    const copy = new Ipv6Pool(this.init);
    for (const [start, length] of this.set.runs()) {
      copy.addRun(decodeRunValue(start) ?? 0n, decodeRunValue(length) ?? 0n);
    }
    copy.setCursor(this.cursor);
    return copy;
  }

  toJSON(): IpamPoolSnapshot {
    return {
      subnet: this.subnet,
      ...(this.ipRange === undefined ? {} : { ipRange: this.ipRange }),
      reserve: this.reserve,
      order: this.order,
      cursor: encodeRunValue(this.cursor),
      allocated: this.set.runs(),
    };
  }
}
