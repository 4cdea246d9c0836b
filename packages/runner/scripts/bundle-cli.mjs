/**
 * Bundles the built CLI — dist/cli/main.js and everything it imports, dependencies
 * included — into dist/bundle/: one module for what every command needs, plus a chunk per
 * command (each loaded only when that command runs). Loading some 400 small ES modules
 * was most of `docknet replay`'s start-up; one file cuts it by more than half
 * (docs/performance.md#start-up). Run after `tsc -b` (`pnpm -s build` does both).
 *
 * dist/bin/docknet.js uses the bundle only while it is newer than every package's last
 * build (their .tsbuildinfo), so a stale bundle is never run; this script skips the work
 * when the bundle is already up to date.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const runner = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(runner, 'dist/bundle');
const entry = join(out, 'main.js');
const stamps = ['core', 'drivers', 'runner'].map((p) => join(runner, '..', p, 'dist/.tsbuildinfo'));

const upToDate = () => {
  if (!existsSync(entry)) return false;
  const built = statSync(entry).mtimeMs;
  return stamps.every((s) => existsSync(s) && statSync(s).mtimeMs <= built);
};

if (!upToDate()) {
  rmSync(out, { recursive: true, force: true });
  const bundle = await rolldown({ input: join(runner, 'dist/cli/main.js'), platform: 'node', logLevel: 'warn' });
  await bundle.write({ dir: out, format: 'esm', entryFileNames: 'main.js', chunkFileNames: '[name]-[hash].js' });
  await bundle.close();
}
