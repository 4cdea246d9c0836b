/**
 * W1–W3: the IPAM allocator alone (packages/drivers/src/ipam), the way `decide` and `evolve`
 * use it: ask `nextDynamic()`, then `allocate(ip, 'dynamic')`.
 *
 * W1  new pool 10.0.0.0/16, allocate one by one until exhausted (65,534)
 * W2  pool 10.0.0.0/16, 10,000 held, then 100,000 × (release held[k], allocate, store), k = next() % 10000
 * W3  pool 10.0.0.0/8, 1,000,000 allocations; memory measured too
 */
import { createPool } from '../packages/drivers/dist/ipam/index.js';
import { xorshift32 } from './xorshift32.js';

const pool = (subnet, order = 'lowest-free') => {
  const built = createPool({ subnet, reserve: 'v27', order });
  if (built._tag === 'Left') throw new Error(built.left);
  return built.right;
};

/** CPU milliseconds (user + system) since `from`, a `process.cpuUsage()` reading. */
export const cpuMsSince = (from) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

const take = (p) => {
  const ip = p.nextDynamic();
  if (ip === undefined) throw new Error('pool exhausted');
  p.allocate(ip, 'dynamic');
  return ip;
};

/** @returns {{ ms: number, ops: number }} */
export const w1 = () => {
  const p = pool('10.0.0.0/16');
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < 65_534; i++) take(p);
  const ms = performance.now() - t0;
  const cpuMs = cpuMsSince(c0);
  if (p.nextDynamic() !== undefined) throw new Error('W1: the pool should be full');
  return { ms, cpuMs, ops: 65_534 };
};

/**
 * @param {'lowest-free' | 'serial'} order
 * @param {number} cycles
 * @returns {{ ms: number, cpuMs: number, ops: number }}
 */
export const w2 = (order, cycles = 100_000) => {
  const p = pool('10.0.0.0/16', order);
  const held = [];
  for (let i = 0; i < 10_000; i++) held.push(take(p));
  const next = xorshift32();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < cycles; i++) {
    const k = next() % 10_000;
    p.release(held[k]);
    held[k] = take(p);
  }
  const ms = performance.now() - t0;
  const cpuMs = cpuMsSince(c0);
  // 10,000 held + network and broadcast addresses.
  if (p.allocatedCount() !== 10_002n) throw new Error('W2: wrong allocation count');
  return { ms, cpuMs, ops: cycles };
};

const heapNow = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/**
 * W3. `peakMiB`: the most the heap (plus array buffers) grew above its collected baseline
 * while allocating, sampled every 10,000 allocations — garbage included; `retainedMiB`:
 * what the pool holds once the garbage is collected.
 *
 * @param {() => void} gc
 * @param {number} count
 * @returns {{ ms: number, cpuMs: number, ops: number, peakMiB: number, retainedMiB: number }}
 */
export const w3 = (gc, count = 1_000_000) => {
  gc();
  gc();
  const base = heapNow();
  let peak = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const p = pool('10.0.0.0/8');
  for (let i = 0; i < count; i++) {
    take(p);
    if (i % 10_000 === 0) peak = Math.max(peak, heapNow() - base);
  }
  const ms = performance.now() - t0;
  const cpuMs = cpuMsSince(c0);
  peak = Math.max(peak, heapNow() - base);
  gc();
  gc();
  const retained = heapNow() - base;
  if (p.allocatedCount() !== BigInt(count + 2)) throw new Error('W3: wrong allocation count');
  return { ms, cpuMs, ops: count, peakMiB: peak / 2 ** 20, retainedMiB: retained / 2 ** 20, keep: p.allocatedCount() };
};
