/**
 * {@link IpamPool} for IPv4: offsets are plain numbers and the set is an
 * {@link AddressSet}, so a request costs a string parse, an O(log n) bitmap query and a
 * string format — no bigint on this path.
 */
import * as E from 'fp-ts/lib/Either.js';
import { AddressSet } from './address-set.js';
import { encodeRunValue } from './address-runs.js';
import { formatCidr, type Cidr } from './cidr.js';
import type { OffsetRange } from './dynamic-range.js';
import { parseIpAddress, parseIpv4Number, unmap } from './ip-address.js';
import { ERR_IP_ALREADY_ALLOCATED, ERR_IP_OUT_OF_RANGE, ERR_NO_AVAILABLE_IPS } from './ipam-errors.js';
import type { AllocationKind, AllocationOrder, IpamPool, IpamPoolSnapshot, IpamPoolStatus } from './ipam-pool.js';
import type { ReserveProfile } from './reserved-addresses.js';

const RIGHT_VOID: E.Either<string, void> = E.right(undefined);
const OCTETS: readonly string[] = Array.from({ length: 256 }, (_, i) => String(i));

/** Fields an {@link Ipv4Pool} is built from; see `createPool`. */
export interface Ipv4PoolInit {
  readonly subnet: Cidr;
  readonly ipRange: Cidr | undefined;
  readonly range: OffsetRange;
  readonly reserve: ReserveProfile;
  readonly order: AllocationOrder;
}

/** An IPv4 pool; construct through `createPool` / `restorePool`. */
export class Ipv4Pool implements IpamPool {
  readonly family = 4 as const;
  readonly subnet: string;
  readonly ipRange: string | undefined;
  readonly prefixLength: number;
  readonly reserve: ReserveProfile;
  readonly order: AllocationOrder;
  private readonly base: number;
  private readonly size: number;
  private readonly lo: number;
  private readonly hi: number;
  private readonly set: AddressSet;
  private cursor = 0;
  private readonly init: Ipv4PoolInit;
  /**
   * The last address text this pool printed or was given back, and its offset: `decide`
   * asks {@link nextDynamic}, `evolve` hands the same text back to {@link allocate}; a
   * released address is usually the next one given out. The text ↔ offset mapping never
   * changes for a pool, so this one entry saves a parse or a print.
   */
  private lastText: string | undefined;
  private lastOffset = -1;
  /** `value >>> 8` of the last printed address and its `a.b.c.` text. */
  private prefixKey = -1;
  private prefixText = '';

  constructor(init: Ipv4PoolInit, set?: AddressSet) {
    this.init = init;
    this.subnet = formatCidr(init.subnet);
    this.ipRange = init.ipRange === undefined ? undefined : formatCidr(init.ipRange);
    this.prefixLength = init.subnet.prefixLength;
    this.reserve = init.reserve;
    this.order = init.order;
    this.base = Number(init.subnet.address);
    this.size = 2 ** (32 - init.subnet.prefixLength);
    this.lo = Number(init.range.lo);
    this.hi = Number(init.range.hi);
    this.set = set ?? new AddressSet(this.size);
  }

  /** Offset of `ip` in the subnet, or -1 when it is not an IPv4 address inside it. */
  offsetOf(ip: string): number {
    if (ip === this.lastText) return this.lastOffset;
    let value = parseIpv4Number(ip);
    if (value < 0 && ip.includes(':')) {
      // Docker unmaps `::ffff:a.b.c.d` before looking at the pool.
      const parsed = parseIpAddress(ip);
      if (E.isRight(parsed) && parsed.right.zone === undefined) {
        const u = unmap(parsed.right);
        if (u.family === 4) value = Number(u.value);
      }
    }
    if (value < 0) return -1;
    const offset = value - this.base;
    return offset >= 0 && offset < this.size ? offset : -1;
  }

  /** The address at `offset`. */
  addressAt(offset: number): string {
    // base + offset < 2^32 always; no `>>> 0`, which would box values above 2^31.
    const value = this.base + offset;
    // Consecutive answers share their first three octets: reuse that text, append one octet.
    const key = value >>> 8;
    if (key !== this.prefixKey) {
      this.prefixKey = key;
      this.prefixText = `${OCTETS[value >>> 24] as string}.${OCTETS[(value >>> 16) & 255] as string}.${OCTETS[(value >>> 8) & 255] as string}.`;
    }
    return this.prefixText + (OCTETS[value & 255] as string);
  }

  /** Marks an offset allocated without the cursor rule (reserved addresses, restore). */
  reserveOffset(offset: number): void {
    this.set.add(offset);
  }

  /** Adds a run of offsets (restore). */
  addRun(start: number, length: number): void {
    this.set.addRun(start, length);
  }

  /** Sets the serial cursor (restore). */
  setCursor(cursor: number): void {
    this.cursor = cursor;
  }

  nextDynamic(): string | undefined {
    const offset = this.nextDynamicOffset();
    if (offset < 0) return undefined;
    if (offset === this.lastOffset) return this.lastText;
    const text = this.addressAt(offset);
    this.lastText = text;
    this.lastOffset = offset;
    return text;
  }

  /** {@link nextDynamic} as an offset, -1 when full. */
  nextDynamicOffset(): number {
    // Docker's getAvailableFromCurrent: scan from the cursor only when it lies past the
    // range start, and fall back to the range start when nothing is free up to the end.
    if (this.order === 'serial' && this.cursor !== 0 && this.cursor > this.lo) {
      const fromCursor = this.set.firstFree(this.cursor, this.hi);
      if (fromCursor >= 0) return fromCursor;
    }
    return this.set.firstFree(this.lo, this.hi);
  }

  checkStatic(ip: string): E.Either<string, void> {
    const offset = this.offsetOf(ip);
    if (offset < 0) return E.left(ERR_IP_OUT_OF_RANGE);
    if (this.reserve === 'legacy' && this.set.allocated >= this.size) return E.left(ERR_NO_AVAILABLE_IPS);
    return this.set.has(offset) ? E.left(ERR_IP_ALREADY_ALLOCATED) : RIGHT_VOID;
  }

  allocate(ip: string, kind: AllocationKind): boolean {
    const offset = this.offsetOf(ip);
    if (offset < 0) return false;
    if (kind === 'dynamic') this.cursor = offset + 1;
    return this.set.add(offset);
  }

  release(ip: string): boolean {
    const offset = this.offsetOf(ip);
    if (offset < 0) return false;
    // A released address is often the next one handed out (lowest free): keep its text.
    this.lastText = ip;
    this.lastOffset = offset;
    return this.set.delete(offset);
  }

  isAllocated(ip: string): boolean {
    const offset = this.offsetOf(ip);
    return offset >= 0 && this.set.has(offset);
  }

  contains(ip: string): boolean {
    return this.offsetOf(ip) >= 0;
  }

  inRange(ip: string): boolean {
    const offset = this.offsetOf(ip);
    return offset >= this.lo && offset <= this.hi;
  }

  allocatedCount(): bigint {
    return BigInt(this.set.allocated);
  }

  status(): IpamPoolStatus {
    const available = this.hi - this.lo + 1 - this.set.countInRange(this.lo, this.hi);
    return { ipsInUse: BigInt(this.set.allocated), dynamicIpsAvailable: BigInt(available) };
  }

  clone(): IpamPool {
    const copy = new Ipv4Pool(this.init);
    for (const [start, length] of this.set.runs()) copy.addRun(start, length);
    copy.setCursor(this.cursor);
    return copy;
  }

  toJSON(): IpamPoolSnapshot {
    return {
      subnet: this.subnet,
      ...(this.ipRange === undefined ? {} : { ipRange: this.ipRange }),
      reserve: this.reserve,
      order: this.order,
      cursor: encodeRunValue(BigInt(this.cursor)),
      allocated: this.set.runs(),
    };
  }
}
