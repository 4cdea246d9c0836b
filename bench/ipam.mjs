// IPAM allocator benchmark. Not a test: it prints timings, it asserts nothing.
//
//   pnpm exec tsc -b packages/drivers && node bench/ipam.mjs [runs]
//
// Each workload runs `runs` times (default 5) on fresh pools; the first run is cold (JIT
// not warmed up yet) and is printed separately from the median of all runs.
//
// W1  fill 10.0.0.0/16: 65,534 × (nextDynamic + allocate)                       target < 20 ms
// W2  10.0.0.0/16 with 10,000 held, then 100,000 × (release random + allocate)  target < 60 ms lowest-free, < 100 ms serial
// W3  1,000,000 × (nextDynamic + allocate) in 10.0.0.0/8                        target < 350 ms, < 64 MiB retained
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createPool } from '../packages/drivers/dist/ipam/index.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const runs = Number(process.argv[2] ?? 5);

/** xorshift32, seed 2463534242 (Marsaglia). */
const xorshift32 = () => {
  let x = 2463534242;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
};

const pool = (subnet, order = 'lowest-free') => {
  const built = createPool({ subnet, reserve: 'v27', order });
  if (built._tag === 'Left') throw new Error(built.left);
  return built.right;
};

const take = (p) => {
  const ip = p.nextDynamic();
  if (ip === undefined) throw new Error('pool exhausted');
  p.allocate(ip, 'dynamic');
  return ip;
};

const w1 = () => {
  const p = pool('10.0.0.0/16');
  const t0 = performance.now();
  for (let i = 0; i < 65_534; i++) take(p);
  const ms = performance.now() - t0;
  if (p.nextDynamic() !== undefined) throw new Error('W1: pool should be full');
  return { ms };
};

const w2 = (order) => () => {
  const p = pool('10.0.0.0/16', order);
  const held = [];
  for (let i = 0; i < 10_000; i++) held.push(take(p));
  const next = xorshift32();
  const t0 = performance.now();
  for (let i = 0; i < 100_000; i++) {
    const k = next() % held.length;
    p.release(held[k]);
    held[k] = take(p);
  }
  const ms = performance.now() - t0;
  if (p.allocatedCount() !== 10_002n) throw new Error('W2: wrong count');
  return { ms };
};

const w3 = () => {
  gc();
  gc();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const p = pool('10.0.0.0/8');
  for (let i = 0; i < 1_000_000; i++) take(p);
  const ms = performance.now() - t0;
  gc();
  gc();
  const after = process.memoryUsage();
  const retained = after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers);
  if (p.allocatedCount() !== 1_000_002n) throw new Error('W3: wrong count');
  return { ms, mib: retained / 2 ** 20, keep: p };
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const workloads = [
  ['W1 fill /16 (65,534 allocations)', w1, 20],
  ['W2 lowest-free (10k held, 100k release+allocate)', w2('lowest-free'), 60],
  ['W2 serial (10k held, 100k release+allocate)', w2('serial'), 100],
  ['W3 1,000,000 allocations in /8', w3, 350],
];

console.log(`node ${process.version}, ${runs} run(s) per workload`);
for (const [name, fn, target] of workloads) {
  // Start every run from a collected heap so one workload's garbage is not billed to the next.
  const results = Array.from({ length: runs }, () => {
    gc();
    return fn();
  });
  const times = results.map((r) => r.ms);
  const mem = results[0].mib === undefined ? '' : `, retained ${results[0].mib.toFixed(1)} MiB (target < 64)`;
  console.log(
    `${name.padEnd(52)} first ${times[0].toFixed(1).padStart(6)} ms, median ${median(times).toFixed(1).padStart(6)} ms (target < ${target} ms)${mem}`,
  );
}
