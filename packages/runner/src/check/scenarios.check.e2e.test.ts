/**
 * End to end: every scenario under scenarios/ keeps docknet check's invariants at each of
 * its steps (`docknet check FILE --runs 0`): addresses, pools, ports, the model of what the
 * CLI answered, replay, determinism. Regression scenarios (scenarios/regressions/) are
 * shrunk counterexamples kept once fixed; this is where they stay fixed.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/index.js';
import { runCheck } from './run-check.js';

const ROOT = resolve(import.meta.dirname, '../../../..');

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });

describe('docknet check --runs 0 over scenarios/', () => {
  for (const file of yamlFiles(join(ROOT, 'scenarios'))) {
    it(`keeps every invariant: ${file.slice(ROOT.length + 1)}`, () => {
      const scenario = loadScenario(file);
      if (E.isLeft(scenario)) throw new Error(scenario.left.map((e) => e.message).join('\n'));
      const result = runCheck({ runs: 0, seed: 1, steps: 1, scenario: scenario.right });
      const broken = result.kind === 'scenario-broken' ? `${result.broken.violation.invariant} at line ${result.broken.line}: ${result.broken.violation.message}` : undefined;
      expect(broken).toBeUndefined();
      expect(result.kind).toBe('passed');
    });
  }
});
