/**
 * The R1/R2 event logs, generated once and kept in the OS temp directory under a
 * fingerprint of everything that decides their bytes (the generator and the built engine),
 * so a later run reuses them and a code change regenerates them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeEventLog } from './event-log-workload.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const jsFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();

/** A short hash of the generator's and the engine's code. */
export const fingerprint = () => {
  const hash = createHash('sha256');
  const files = [
    join(root, 'bench/event-log-workload.js'),
    join(root, 'bench/xorshift32.js'),
    ...jsFiles(join(root, 'packages/core/dist')),
    ...jsFiles(join(root, 'packages/drivers/dist')),
  ];
  for (const f of files) hash.update(f.slice(root.length)).update(readFileSync(f));
  return hash.digest('hex').slice(0, 16);
};

/**
 * The path of the generated log of `count` events, generating it if needed.
 *
 * @param {number} count
 * @param {(message: string) => void} say progress, for people
 */
export const eventLogPath = (count, say) => {
  const dir = join(tmpdir(), 'docknet-bench', fingerprint());
  const path = join(dir, `r1-${count}.jsonl`);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  say(`generating ${count.toLocaleString('en-US')} events into ${path} …`);
  const t0 = performance.now();
  const partial = `${path}.partial-${process.pid}`;
  const { commands, refused } = writeEventLog(partial, count);
  renameSync(partial, path);
  say(`  ${commands.toLocaleString('en-US')} commands decided (${refused.toLocaleString('en-US')} refused by the daemon) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return path;
};
