/**
 * End to end: every scenario under scenarios/ replays green through the public API, and
 * replaying is deterministic (same transcript, event log and state, byte for byte).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { stateToJsonText } from '@docknet/core';
import { loadScenario, renderTranscript, replayScenario } from '../index.js';

const ROOT = resolve(import.meta.dirname, '../../../..');
const SCENARIOS = join(ROOT, 'scenarios');

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });

const replayFile = (file: string) => {
  const scenario = loadScenario(file);
  if (E.isLeft(scenario)) throw new Error(scenario.left.map((e) => e.message).join('\n'));
  return replayScenario(scenario.right);
};

describe('scenarios/', () => {
  const files = yamlFiles(SCENARIOS);

  it('has scenarios', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const name = file.slice(ROOT.length + 1);
    it(`replays green: ${name}`, () => {
      const outcome = replayFile(file);
      const failures = outcome.steps.flatMap((s) =>
        s.checks.filter((c) => !c.ok).map((c) => `line ${s.line} ${s.text}\n  ${c.key}: ${c.message}`),
      );
      expect(failures).toEqual([]);
      expect(outcome.passed).toBe(true);
    });

    it(`is deterministic: ${name}`, () => {
      const a = replayFile(file);
      const b = replayFile(file);
      expect(renderTranscript(b, false)).toBe(renderTranscript(a, false));
      expect(JSON.stringify(b.events)).toBe(JSON.stringify(a.events));
      expect(stateToJsonText(b.state)).toBe(stateToJsonText(a.state));
    });
  }
});
