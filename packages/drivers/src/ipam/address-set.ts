/**
 * A set of offsets in `[0, size)`, `size ≤ 2^32`: the allocation state of one subnet.
 *
 * ## Design
 *
 * A hierarchical bitmap (a 32-ary "summary tree"):
 *
 * - level 0 has one bit per offset (1 = allocated);
 * - bit `i` of level `k + 1` is 1 when word `i` of level `k` is full (all 32 bits set).
 *
 * "Lowest free offset ≥ x" looks at x's word on level 0; when that word is full it asks
 * level 1 for the next non-full word, recursively, then walks back down. That is one word
 * read per level up and down: O(log₃₂ size) — at most 7 levels for 2^32 — independent of
 * how many addresses are allocated. Setting or clearing a bit touches one word per level
 * only when a word becomes full or stops being full.
 *
 * Memory follows what is allocated: every level is split into pages of 2048 words
 * (65,536 bits) created on first write, and only a small array of page pointers (one slot
 * per 65,536 offsets, so 256 slots for a /8) exists up front. A million allocations in a
 * /8 touch 16 level-0 pages (128 KiB). Per-page population counts make "how many are
 * allocated in [lo, hi]" cost O(pages) rather than O(bits).
 *
 * Offsets are plain numbers (not bigint) so the IPv4 path stays in fast integer code;
 * {@link WideAddressSet} builds larger (IPv6) sets out of these.
 */
import type { AddressRun } from './address-runs.js';

const WORD_BITS = 32;
const PAGE_WORDS = 2048;
const PAGE_SHIFT = 11; // log2(PAGE_WORDS)
const PAGE_MASK = PAGE_WORDS - 1;
const FULL = -1; // a word with all 32 bits set, read as int32

/** Largest size an {@link AddressSet} supports. */
export const MAX_ADDRESS_SET_SIZE = 2 ** 32;

/** Index of the lowest zero bit of a 32-bit word that is not full. */
const lowestZero = (word: number): number => {
  const inverted = ~word;
  return 31 - Math.clz32(inverted & -inverted);
};

/**
 * Words are stored as int32 (`Int32Array`, full word = -1) rather than uint32 so they stay
 * small integers in V8's interpreter and baseline code: a uint32 above 2^31 would be boxed
 * as a heap number on every read, which shows up as GC time before the optimiser kicks in.
 */
/** A word with the `n` lowest bits set (0 ≤ n ≤ 32). */
const lowBits = (n: number): number => (n === 0 ? 0 : (0xffffffff >>> (32 - n)) | 0);

const popcount = (word: number): number => {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/** One level of the tree: `bits` bits stored in lazily created pages. */
class Level {
  readonly bits: number;
  readonly words: number;
  readonly pages: Array<Int32Array | undefined>;

  constructor(bits: number) {
    this.bits = bits;
    this.words = Math.ceil(bits / WORD_BITS);
    this.pages = new Array<Int32Array | undefined>(Math.ceil(this.words / PAGE_WORDS)).fill(undefined);
  }

  /** The word as an int32 (so a full word reads as -1); absent pages read as 0. */
  word(index: number): number {
    const page = this.pages[index >>> PAGE_SHIFT];
    return page === undefined ? 0 : (page[index & PAGE_MASK] as number);
  }

  page(index: number): Int32Array {
    const p = index >>> PAGE_SHIFT;
    let page = this.pages[p];
    if (page === undefined) {
      page = new Int32Array(PAGE_WORDS);
      this.pages[p] = page;
    }
    return page;
  }
}

/**
 * A set of offsets in `[0, size)` with O(log size) "lowest free at or after x".
 *
 * @example
 * const set = new AddressSet(256);
 * set.add(0); set.add(1);
 * set.firstFree(0, 255); // 2
 */
export class AddressSet {
  /** Number of offsets the set ranges over. */
  readonly size: number;
  private readonly levels: Level[];
  /** Level 0's page array, held directly for the hot paths. */
  private readonly pages0: Array<Int32Array | undefined>;
  /** Set bits per level-0 page, for range counts. */
  private readonly pageCounts: Int32Array;
  private count = 0;
  /**
   * Every offset below `floor` is in the set. Lowest-free queries start here, which makes
   * filling a pool in order, or re-filling a just-released hole, O(1). Queries may raise
   * it; that is a cache update, not a change of the set.
   */
  private floor = 0;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1 || size > MAX_ADDRESS_SET_SIZE) {
      throw new RangeError(`AddressSet size must be an integer in [1, 2^32], got ${size}`);
    }
    this.size = size;
    const levels: Level[] = [new Level(size)];
    let top = levels[0] as Level;
    while (top.words > 1) {
      top = new Level(top.words);
      levels.push(top);
    }
    this.levels = levels;
    this.pages0 = (levels[0] as Level).pages;
    this.pageCounts = new Int32Array((levels[0] as Level).pages.length);
  }

  /** Number of offsets in the set. */
  get allocated(): number {
    return this.count;
  }

  /** True when `offset` is in the set. */
  has(offset: number): boolean {
    if (offset < 0 || offset >= this.size) return false;
    const word = (this.levels[0] as Level).word(offset >>> 5);
    return ((word >>> (offset & 31)) & 1) === 1;
  }

  /** Adds `offset` (an integer in `[0, size)`); returns false if it was already there. */
  add(offset: number): boolean {
    if (offset >>> 0 !== offset || offset >= this.size) this.checkOffset(offset);
    const w = offset >>> 5;
    const page = this.pages0[w >>> PAGE_SHIFT] ?? (this.levels[0] as Level).page(w);
    const before = page[w & PAGE_MASK] as number;
    const after = before | (1 << (offset & 31));
    if (after === before) return false;
    page[w & PAGE_MASK] = after;
    this.count++;
    this.pageCounts[w >>> PAGE_SHIFT] = (this.pageCounts[w >>> PAGE_SHIFT] as number) + 1;
    if (offset === this.floor) this.floor = offset + 1;
    if (after === FULL) this.markFull(1, w);
    return true;
  }

  /** Removes `offset`; returns false if it was not there. */
  delete(offset: number): boolean {
    if (offset < 0 || offset >= this.size) return false;
    const level0 = this.levels[0] as Level;
    const w = offset >>> 5;
    const page = level0.pages[w >>> PAGE_SHIFT];
    if (page === undefined) return false;
    const before = page[w & PAGE_MASK] as number;
    const bit = 1 << (offset & 31);
    if ((before & bit) === 0) return false;
    page[w & PAGE_MASK] = before & ~bit;
    this.count--;
    this.bumpPage(w >>> PAGE_SHIFT, -1);
    if (offset < this.floor) this.floor = offset;
    if (before === FULL) this.markNotFull(1, w);
    return true;
  }

  /**
   * The lowest offset in `[from, to]` that is not in the set, or -1.
   * Bounds are clamped to `[0, size)`.
   */
  firstFree(from: number, to: number): number {
    const lo = from > 0 ? from : 0;
    const hi = to < this.size ? to : this.size - 1;
    if (lo > hi) return -1;
    const fromFloor = lo <= this.floor;
    const start = fromFloor ? this.floor : lo;
    let found = -1;
    if (start < this.size) {
      // Fast path: the word holding `start` has a free bit at or after it.
      const page = this.pages0[start >>> 16];
      const word = (page === undefined ? 0 : (page[(start >>> 5) & PAGE_MASK] as number)) | lowBits(start & 31);
      found = word !== FULL ? start - (start & 31) + lowestZero(word) : this.findZero(0, start);
      if (found >= this.size) found = -1;
    }
    if (fromFloor) this.floor = found < 0 ? this.size : found;
    return found >= 0 && found <= hi ? found : -1;
  }

  /** How many offsets in `[from, to]` are in the set. */
  countInRange(from: number, to: number): number {
    const lo = Math.max(0, from);
    const hi = Math.min(this.size - 1, to);
    if (lo > hi) return 0;
    if (lo === 0 && hi === this.size - 1) return this.count;
    const pageBits = PAGE_WORDS * WORD_BITS;
    const firstPage = Math.floor(lo / pageBits);
    const lastPage = Math.floor(hi / pageBits);
    let total = 0;
    for (let p = firstPage; p <= lastPage; p++) {
      const pageLo = p * pageBits;
      const pageHi = pageLo + pageBits - 1;
      if (lo <= pageLo && pageHi <= hi) total += this.pageCounts[p] as number;
      else total += this.countBits(Math.max(lo, pageLo), Math.min(hi, pageHi));
    }
    return total;
  }

  /** The set as sorted, maximal runs `[start, length]`. */
  runs(): AddressRun[] {
    const out: AddressRun[] = [];
    const level0 = this.levels[0] as Level;
    let runStart = -1;
    for (let p = 0; p < level0.pages.length; p++) {
      const page = level0.pages[p];
      if (page === undefined || this.pageCounts[p] === 0) {
        if (runStart >= 0) {
          out.push([runStart, p * PAGE_WORDS * WORD_BITS - runStart]);
          runStart = -1;
        }
        continue;
      }
      for (let i = 0; i < PAGE_WORDS; i++) {
        const word = page[i] as number;
        const base = (p * PAGE_WORDS + i) * WORD_BITS;
        if (word === FULL && runStart >= 0) continue;
        if (word === 0 && runStart < 0) continue;
        for (let b = 0; b < WORD_BITS; b++) {
          const set = ((word >>> b) & 1) === 1;
          if (set && runStart < 0) runStart = base + b;
          else if (!set && runStart >= 0) {
            out.push([runStart, base + b - runStart]);
            runStart = -1;
          }
        }
      }
    }
    if (runStart >= 0) out.push([runStart, this.size - runStart]);
    return out;
  }

  /** Adds every offset of `[start, start + length)`, a whole word at a time where it can. */
  addRun(start: number, length: number): void {
    const end = start + length;
    if (length <= 0) return;
    this.checkOffset(start);
    this.checkOffset(end - 1);
    const level0 = this.levels[0] as Level;
    let o = start;
    while (o < end) {
      if ((o & 31) !== 0 || end - o < WORD_BITS) {
        this.add(o);
        o++;
        continue;
      }
      const w = o >>> 5;
      const page = level0.page(w);
      const before = page[w & PAGE_MASK] as number;
      if (before !== FULL) {
        page[w & PAGE_MASK] = FULL;
        const added = WORD_BITS - popcount(before);
        this.count += added;
        this.bumpPage(w >>> PAGE_SHIFT, added);
        this.markFull(1, w);
      }
      o += WORD_BITS;
    }
  }

  private bumpPage(page: number, delta: number): void {
    this.pageCounts[page] = (this.pageCounts[page] as number) + delta;
  }

  private checkOffset(offset: number): void {
    if (!Number.isInteger(offset) || offset < 0 || offset >= this.size) {
      throw new RangeError(`offset ${offset} outside [0, ${this.size})`);
    }
  }

  private countBits(lo: number, hi: number): number {
    const level0 = this.levels[0] as Level;
    let total = 0;
    let o = lo;
    while (o <= hi) {
      const w = o >>> 5;
      const word = level0.word(w);
      const first = o & 31;
      const last = Math.min(31, first + (hi - o));
      const width = last - first + 1;
      const mask = lowBits(width) << first;
      total += popcount(word & mask);
      o += width;
    }
    return total;
  }

  /** Lowest index ≥ x at `level` whose bit is 0, or -1. */
  private findZero(level: number, x: number): number {
    const lv = this.levels[level] as Level;
    if (x >= lv.bits) return -1;
    const w = x >>> 5;
    const below = x & 31;
    // Treat the bits below x as taken, so the lowest zero is at or after x.
    const word = lv.word(w) | lowBits(below);
    let index: number;
    if (word !== FULL) {
      index = w * WORD_BITS + lowestZero(word);
    } else {
      if (level + 1 >= this.levels.length) return -1;
      const next = this.findZero(level + 1, w + 1);
      if (next < 0) return -1;
      index = next * WORD_BITS + lowestZero(lv.word(next));
    }
    return index < lv.bits ? index : -1;
  }

  private markFull(level: number, index: number): void {
    for (let k = level, i = index; k < this.levels.length; k++) {
      const lv = this.levels[k] as Level;
      const w = i >>> 5;
      const page = lv.pages[w >>> PAGE_SHIFT] ?? lv.page(w);
      const after = (page[w & PAGE_MASK] as number) | (1 << (i & 31));
      page[w & PAGE_MASK] = after;
      if (after !== FULL) return;
      i = w;
    }
  }

  private markNotFull(level: number, index: number): void {
    for (let k = level, i = index; k < this.levels.length; k++) {
      const lv = this.levels[k] as Level;
      const w = i >>> 5;
      const page = lv.pages[w >>> PAGE_SHIFT] ?? lv.page(w);
      const before = page[w & PAGE_MASK] as number;
      page[w & PAGE_MASK] = before & ~(1 << (i & 31));
      if (before !== FULL) return;
      i = w;
    }
  }
}
