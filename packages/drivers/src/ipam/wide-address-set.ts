/**
 * A set of `bigint` offsets in `[0, size)` for pools too large for {@link AddressSet}
 * (an IPv6 /64 has 2^64 addresses).
 *
 * ## Design
 *
 * The offset space is cut into blocks of 2^16 offsets; a block exists only once something
 * in it is allocated, as an {@link AddressSet} of its own, in a `Map` keyed by block
 * number, plus a sorted array of block numbers for ordered walks. "Lowest free ≥ x" asks
 * x's block, and if that block is full moves to the next block number: an absent block is
 * entirely free, so the walk stops at the first absent or non-full block. A block is full
 * only after 65,536 allocations, so the walk costs O(1) amortised per allocation.
 * Memory is proportional to the blocks touched (8 KiB each at most).
 */
import { AddressSet } from './address-set.js';
import { encodeRunValue, type AddressRunJson } from './address-runs.js';

const BLOCK_BITS = 16n;
const BLOCK_SIZE = 1n << BLOCK_BITS;
const BLOCK_MASK = BLOCK_SIZE - 1n;

/**
 * A set of offsets in `[0, size)` where `size` may exceed 2^53.
 *
 * @example
 * const set = new WideAddressSet(1n << 64n);
 * set.add(0n);
 * set.firstFree(0n, (1n << 64n) - 1n); // 1n
 */
export class WideAddressSet {
  /** Number of offsets the set ranges over. */
  readonly size: bigint;
  private readonly blocks = new Map<bigint, AddressSet>();
  /** Block numbers in ascending order. */
  private readonly order: bigint[] = [];
  private count = 0n;

  constructor(size: bigint) {
    if (size < 1n) throw new RangeError(`WideAddressSet size must be ≥ 1, got ${size}`);
    this.size = size;
  }

  /** Number of offsets in the set. */
  get allocated(): bigint {
    return this.count;
  }

  /** True when `offset` is in the set. */
  has(offset: bigint): boolean {
    const block = this.blocks.get(offset >> BLOCK_BITS);
    return block !== undefined && block.has(Number(offset & BLOCK_MASK));
  }

  /** Adds `offset`; returns false if it was already there. */
  add(offset: bigint): boolean {
    if (offset < 0n || offset >= this.size) throw new RangeError(`offset ${offset} outside [0, ${this.size})`);
    const added = this.blockFor(offset >> BLOCK_BITS).add(Number(offset & BLOCK_MASK));
    if (added) this.count++;
    return added;
  }

  /** Removes `offset`; returns false if it was not there. */
  delete(offset: bigint): boolean {
    const number = offset >> BLOCK_BITS;
    const block = this.blocks.get(number);
    if (block === undefined || !block.delete(Number(offset & BLOCK_MASK))) return false;
    this.count--;
    if (block.allocated === 0) this.dropBlock(number);
    return true;
  }

  /** The lowest offset in `[from, to]` not in the set, or `undefined`. */
  firstFree(from: bigint, to: bigint): bigint | undefined {
    const lo = from < 0n ? 0n : from;
    const hi = to >= this.size ? this.size - 1n : to;
    if (lo > hi) return undefined;
    let number = lo >> BLOCK_BITS;
    let low = Number(lo & BLOCK_MASK);
    const lastNumber = hi >> BLOCK_BITS;
    while (number <= lastNumber) {
      const block = this.blocks.get(number);
      const blockHigh = number === lastNumber ? Number(hi & BLOCK_MASK) : Number(BLOCK_MASK);
      if (block === undefined) return (number << BLOCK_BITS) + BigInt(low);
      const found = block.firstFree(low, blockHigh);
      if (found >= 0) return (number << BLOCK_BITS) + BigInt(found);
      number++;
      low = 0;
    }
    return undefined;
  }

  /** How many offsets in `[from, to]` are in the set. */
  countInRange(from: bigint, to: bigint): bigint {
    let total = 0n;
    const firstNumber = from >> BLOCK_BITS;
    const lastNumber = to >> BLOCK_BITS;
    for (const number of this.order) {
      if (number < firstNumber || number > lastNumber) continue;
      const block = this.blocks.get(number) as AddressSet;
      const lo = number === firstNumber ? Number(from & BLOCK_MASK) : 0;
      const hi = number === lastNumber ? Number(to & BLOCK_MASK) : Number(BLOCK_MASK);
      total += BigInt(block.countInRange(lo, hi));
    }
    return total;
  }

  /** The set as sorted maximal runs, in JSON form (see `address-runs.ts`). */
  runs(): AddressRunJson[] {
    const merged: Array<[bigint, bigint]> = [];
    for (const number of this.order) {
      const base = number << BLOCK_BITS;
      for (const [start, length] of (this.blocks.get(number) as AddressSet).runs()) {
        const s = base + BigInt(start);
        const last = merged[merged.length - 1];
        if (last !== undefined && last[0] + last[1] === s) last[1] += BigInt(length);
        else merged.push([s, BigInt(length)]);
      }
    }
    return merged.map(([s, l]) => [encodeRunValue(s), encodeRunValue(l)] as const);
  }

  /** Adds every offset of `[start, start + length)`. */
  addRun(start: bigint, length: bigint): void {
    let o = start;
    const end = start + length;
    while (o < end) {
      const number = o >> BLOCK_BITS;
      const blockEnd = (number + 1n) << BLOCK_BITS;
      const stop = end < blockEnd ? end : blockEnd;
      const block = this.blockFor(number);
      const before = block.allocated;
      block.addRun(Number(o & BLOCK_MASK), Number(stop - o));
      this.count += BigInt(block.allocated - before);
      o = stop;
    }
  }

  private blockFor(number: bigint): AddressSet {
    let block = this.blocks.get(number);
    if (block === undefined) {
      const remaining = this.size - (number << BLOCK_BITS);
      block = new AddressSet(Number(remaining < BLOCK_SIZE ? remaining : BLOCK_SIZE));
      this.blocks.set(number, block);
      this.order.splice(this.insertionPoint(number), 0, number);
    }
    return block;
  }

  private dropBlock(number: bigint): void {
    this.blocks.delete(number);
    this.order.splice(this.insertionPoint(number), 1);
  }

  private insertionPoint(number: bigint): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.order[mid] as bigint) < number) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
