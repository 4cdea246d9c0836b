/**
 * One benchmark workload in its own process (a fresh heap and JIT each), started by
 * bench/run.js with `--expose-gc`. Prints one JSON line: every run's result, first run
 * (cold) first.
 *
 *   node --expose-gc bench/worker.js '{"workload":"W1","runs":7}'
 */
import { r1, r2 } from './replay-workloads.js';
import { w1, w2, w3 } from './ipam-workloads.js';

const gc = globalThis.gc;
if (typeof gc !== 'function') throw new Error('run with --expose-gc');

const spec = JSON.parse(process.argv[2] ?? '{}');

const repeat = (runs, fn) =>
  Array.from({ length: runs }, () => {
    // Each run starts from a collected heap, so one run's garbage is not billed to the next.
    gc();
    return fn();
  });

const workloads = {
  W1: () => repeat(spec.runs, w1),
  W2: () => repeat(spec.runs, () => w2('lowest-free')),
  W2_serial: () => repeat(spec.runs, () => w2('serial')),
  W3: () => repeat(spec.runs, () => w3(gc, spec.size)),
  R1: () => {
    // Warm the JIT on a small log first, so every size is measured warm.
    for (let i = 0; i < 3; i++) r1(spec.warmup);
    return repeat(spec.runs, () => r1(spec.path));
  },
  R2: () => {
    for (let i = 0; i < 3; i++) r2(spec.warmup);
    return repeat(spec.runs, () => r2(spec.path));
  },
};

const run = workloads[spec.workload];
if (run === undefined) throw new Error(`unknown workload ${spec.workload}`);
process.stdout.write(`${JSON.stringify(run().map(({ keep: _keep, ...r }) => r))}\n`);
