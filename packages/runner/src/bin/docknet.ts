#!/usr/bin/env node
/**
 * The `docknet` executable. It runs the bundled CLI (dist/bundle/main.js, written by
 * scripts/bundle-cli.mjs: one file instead of ~400 modules, most of the start-up time)
 * when that bundle is newer than every package's last build, and the compiled modules
 * otherwise — so a bundle older than the code is never run.
 */
import { statSync } from 'node:fs';

type Cli = typeof import('../cli/main.js');

const bundle = new URL('../bundle/main.js', import.meta.url);
const builds = ['../../../core/dist/.tsbuildinfo', '../../../drivers/dist/.tsbuildinfo', '../.tsbuildinfo'].map(
  (p) => new URL(p, import.meta.url),
);

const bundleIsFresh = (): boolean => {
  try {
    const bundled = statSync(bundle).mtimeMs;
    return builds.every((b) => statSync(b).mtimeMs <= bundled);
  } catch {
    return false;
  }
};

const { main }: Cli = bundleIsFresh() ? ((await import(bundle.href)) as Cli) : await import('../cli/main.js');

// A reader that went away (`docknet log big.jsonl | head`) ends docknet quietly with the
// status a C tool killed by SIGPIPE has, instead of an unhandled EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(141);
  });
}

const code = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
