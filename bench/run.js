/**
 * docknet's benchmarks, one command (issue 8; method and figures in docs/performance.md):
 *
 *   pnpm -s bench            a table for people (progress on stderr)
 *   pnpm -s bench --json     one JSON object on stdout, nothing else
 *   pnpm -s bench --quick    smaller sizes and fewer runs, for CI smoke runs (never for the docs)
 *
 * Every workload runs in its own `node --expose-gc` process (bench/worker.js), several
 * times; figures are medians, the first (cold) run is shown apart. Nothing here asserts:
 * a missed target is printed, not thrown.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventLogPath } from './log-cache.js';
import { median } from './stats.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('Usage: pnpm -s bench [--json] [--quick]\n');
  process.exit(0);
}
for (const a of args) {
  if (a !== '--json' && a !== '--quick') {
    process.stderr.write(`bench: unknown option ${a}\nUsage: pnpm -s bench [--json] [--quick]\n`);
    process.exit(2);
  }
}
const json = args.includes('--json');
const quick = args.includes('--quick');
const say = (line) => process.stderr.write(`${line}\n`);

const docknet = join(root, 'packages/runner/dist/bin/docknet.js');
if (!existsSync(docknet)) {
  say('bench: build first (pnpm -s build)');
  process.exit(2);
}

const plan = quick
  ? { ipamRuns: 3, w3Runs: 2, w3Size: 100_000, sizes: [1e3, 1e4, 1e5], r1Runs: { 1e3: 9, 1e4: 5, 1e5: 3 }, r2Runs: 3, c1Runs: 3 }
  : {
      ipamRuns: 9,
      w3Runs: 5,
      w3Size: 1_000_000,
      sizes: [1e3, 1e4, 1e5, 1e6],
      r1Runs: { 1e3: 41, 1e4: 21, 1e5: 9, 1e6: 5 },
      r2Runs: 5,
      c1Runs: 11,
    };

/** Runs one workload in a fresh process; its per-run results. */
const inWorker = (spec) => {
  const out = spawnSync(process.execPath, ['--expose-gc', join(root, 'bench/worker.js'), JSON.stringify(spec)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (out.status !== 0) throw new Error(`bench worker ${spec.workload} failed (exit ${out.status})`);
  return JSON.parse(out.stdout.trim().split('\n').pop());
};

const summary = (results) => {
  const ms = median(results.map((r) => r.ms));
  const ops = results[0].ops;
  return { ms, cpuMs: median(results.map((r) => r.cpuMs)), ops, first: results[0].ms, perOpNs: (ms * 1e6) / ops, perS: (ops / ms) * 1000 };
};

// --- IPAM ---------------------------------------------------------------------------
say(`node ${process.version}: IPAM workloads …`);
const W1 = summary(inWorker({ workload: 'W1', runs: plan.ipamRuns }));
const W2 = summary(inWorker({ workload: 'W2', runs: plan.ipamRuns }));
const W2s = summary(inWorker({ workload: 'W2_serial', runs: plan.ipamRuns }));
const w3Results = inWorker({ workload: 'W3', runs: plan.w3Runs, size: plan.w3Size });
const W3 = { ...summary(w3Results), peakMiB: median(w3Results.map((r) => r.peakMiB)), retainedMiB: median(w3Results.map((r) => r.retainedMiB)) };

// --- Replay -------------------------------------------------------------------------
const paths = Object.fromEntries(plan.sizes.map((n) => [n, eventLogPath(n, say)]));
const warmup = paths[1e4];
const R1 = {};
for (const n of plan.sizes) {
  say(`R1: ${n.toLocaleString('en-US')} events …`);
  R1[n] = summary(inWorker({ workload: 'R1', runs: plan.r1Runs[n], path: paths[n], warmup }));
}
const largest = plan.sizes[plan.sizes.length - 1];
say(`R2: the JSONL floor on ${largest.toLocaleString('en-US')} events …`);
const R2 = summary(inWorker({ workload: 'R2', runs: plan.r2Runs, path: paths[largest], warmup }));
const bytes = statSync(paths[largest]).size;

// --- C1: the whole process ----------------------------------------------------------
const scenarioFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name));
/** The largest tutorial scenario (by size), or the largest scenario while there are no tutorials. */
const c1Scenario = (() => {
  const tutorials = join(root, 'scenarios/tutorials');
  const files = scenarioFiles(existsSync(tutorials) ? tutorials : join(root, 'scenarios'));
  return files.sort((a, b) => statSync(b).size - statSync(a).size || a.localeCompare(b))[0];
})();
say(`C1: docknet replay ${relative(root, c1Scenario)} …`);
// The CLI runs its bundle only while it is newer than every package's build; someone may
// have run `tsc -b` since `pnpm -s build`, so bring the bundle up to date (a no-op if it is).
spawnSync(process.execPath, [join(root, 'packages/runner/scripts/bundle-cli.mjs')], { stdio: 'inherit' });
const c1Times = [];
let c1Exit = 0;
for (let i = 0; i < plan.c1Runs; i++) {
  const t0 = performance.now();
  const out = spawnSync(process.execPath, [docknet, 'replay', c1Scenario], { stdio: 'ignore', cwd: root });
  c1Times.push(performance.now() - t0);
  c1Exit = out.status ?? 1;
}
const C1 = { ms: median(c1Times), first: c1Times[0] };

// --- Report -------------------------------------------------------------------------
const r1Big = R1[largest];
const r1Small = R1[1e3];
const ratioToFloor = r1Big.perS / R2.perS;
const costRatio = r1Big.perOpNs / r1Small.perOpNs;
const round = (x, digits = 1) => Number(x.toFixed(digits));
const load = loadavg()[0] ?? 0;
if (json && load > cpus().length / 2) say(`bench: load average ${load.toFixed(1)} on ${cpus().length} CPUs: every figure is inflated`);

if (json) {
  process.stdout.write(
    `${JSON.stringify({
      W1_ms: round(W1.ms),
      W2_ms: round(W2.ms),
      W2_serial_ms: round(W2s.ms),
      W3_ms: round(W3.ms),
      W3_heap_mib: round(W3.peakMiB),
      R1_1e6_events_per_s: Math.round(r1Big.perS),
      R2_lines_per_s: Math.round(R2.perS),
      R1_cost_ratio_1e6_vs_1e3: round(costRatio, 2),
      C1_ms: round(C1.ms),
      node: process.version,
      ...(quick ? { quick: true } : {}),
    })}\n`,
  );
  process.exit(0);
}

const n = (x) => x.toLocaleString('en-US');
const check = (ok) => (ok ? '✓' : '✗ missed');
const cpu = cpus()[0]?.model ?? 'unknown CPU';
/** One workload's line: name, median wall time, CPU time, per-operation cost, cold run, target. */
const line = (name, r, perOp, target) =>
  `${name.padEnd(46)} ${r.ms.toFixed(1).padStart(8)} ms  (cpu ${r.cpuMs.toFixed(1).padStart(7)} ms)  ${perOp.padStart(14)}  [first ${r.first.toFixed(1)} ms]${target === undefined ? '' : `  ${target}`}`;
const ns = (r) => `${r.perOpNs.toFixed(0)} ns/op`;
const us = (r, unit) => `${(r.perOpNs / 1000).toFixed(2)} µs/${unit}`;
const rows = [
  `docknet benchmarks — node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} × ${cpu}`,
  ...(load > cpus().length / 2
    ? [`warning: load average ${load.toFixed(1)} on ${cpus().length} CPUs — other processes share the machine, every wall time is inflated`]
    : []),
  `medians${quick ? ' (--quick: smaller sizes, not for the docs)' : ''}; wall time, then the process's CPU time`,
  '',
  line(`W1  fill 10.0.0.0/16 (${n(W1.ops)} allocations)`, W1, ns(W1), `target < 20 ms  ${check(W1.ms < 20)}`),
  line(`W2  10k held, ${n(W2.ops)} × release+allocate`, W2, ns(W2), `target < 60 ms  ${check(W2.ms < 60)}`),
  line('W2  the same, serial (swarm) order', W2s, ns(W2s), `target < 100 ms  ${check(W2s.ms < 100)}`),
  line(`W3  10.0.0.0/8, ${n(W3.ops)} allocations`, W3, ns(W3), W3.ops < 1e6 ? undefined : `target < 350 ms  ${check(W3.ms < 350)}`),
  `    W3 memory: peak ${W3.peakMiB.toFixed(1)} MiB while allocating (garbage included), ${W3.retainedMiB.toFixed(2)} MiB retained by the pool  target < 64 MiB  ${check(W3.peakMiB < 64)}`,
  '',
  ...plan.sizes.map((size) => line(`R1  ${n(size)} events: read+validate+fold`, R1[size], us(R1[size], 'event'), `${n(Math.round(R1[size].perS))} events/s`)),
  line(`R2  ${n(largest)} lines: read+split+JSON.parse`, R2, us(R2, 'line'), `${n(Math.round(R2.perS))} lines/s (${(bytes / 2 ** 20).toFixed(0)} MiB)`),
  `    R1/R2 at ${n(largest)} events: ${ratioToFloor.toFixed(2)} of the floor  target ≥ 0.5  ${check(ratioToFloor >= 0.5)}`,
  `    per-event cost, ${n(largest)} vs 1,000 events: ${costRatio.toFixed(2)}×  target ≤ 1.5×  ${check(costRatio <= 1.5)}`,
  '',
  `C1  docknet replay ${relative(root, c1Scenario)}, whole process: ${C1.ms.toFixed(0)} ms  [first ${C1.first.toFixed(0)} ms]  target < 400 ms  ${check(C1.ms < 400)}${
    c1Exit === 0 ? '' : `  (exit ${c1Exit}: the scenario is not green)`
  }`,
];
process.stdout.write(`${rows.join('\n')}\n`);
