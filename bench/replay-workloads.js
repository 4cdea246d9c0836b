/**
 * R1: an event log file folded to its final state by the same code `docknet state LOG`
 * runs (read, validate every line, fold; no snapshot). R2: the floor on the same file —
 * read, split, `JSON.parse` each line, nothing else.
 */
import { readFileSync } from 'node:fs';
import { loadLogState } from '../packages/core/dist/index.js';
import { daemonRegistry } from '../packages/drivers/dist/index.js';
import { cpuMsSince } from './ipam-workloads.js';

/**
 * @param {string} path
 * @returns {{ ms: number, cpuMs: number, ops: number }}
 */
export const r1 = (path) => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const loaded = loadLogState(path, daemonRegistry, 'end');
  const ms = performance.now() - t0;
  const cpuMs = cpuMsSince(c0);
  if (loaded._tag === 'Left') throw new Error(JSON.stringify(loaded.left));
  return { ms, cpuMs, ops: loaded.right.end.seq };
};

/**
 * @param {string} path
 * @returns {{ ms: number, cpuMs: number, ops: number }}
 */
export const r2 = (path) => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const lines = readFileSync(path, 'utf8').split('\n');
  let parsed = 0;
  for (const line of lines) {
    if (line === '') continue;
    JSON.parse(line);
    parsed++;
  }
  const ms = performance.now() - t0;
  return { ms, cpuMs: cpuMsSince(c0), ops: parsed };
};
