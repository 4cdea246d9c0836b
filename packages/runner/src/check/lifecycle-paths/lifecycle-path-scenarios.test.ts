import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { lifecycleShortestPaths } from '@docknet/core';
import { parseScenario } from '../../scenario/index.js';
import { replayScenario } from '../../replay/replay-scenario.js';
import { lifecyclePathScenarios, USER_LIFECYCLE_COMMANDS } from './lifecycle-path-scenarios.js';

const DIR = join(import.meta.dirname, '../../../../../scenarios/lifecycle-paths');

describe('lifecycle path scenarios', () => {
  const generated = lifecyclePathScenarios();

  it('covers every status docker commands reach: created, running, paused, exited, removing', () => {
    expect([...generated.keys()].sort()).toEqual(['to-created.yaml', 'to-exited.yaml', 'to-paused.yaml', 'to-removing.yaml', 'to-running.yaml']);
    expect(lifecycleShortestPaths(USER_LIFECYCLE_COMMANDS).map((p) => p.target)).not.toContain('restarting');
  });

  it('each scenario loads and replays green: the CLI prints what the machine predicts', () => {
    for (const [file, text] of generated) {
      const scenario = parseScenario(file, text);
      expect(E.isRight(scenario), file).toBe(true);
      if (E.isRight(scenario)) expect(replayScenario(scenario.right).passed, file).toBe(true);
    }
  });

  it('scenarios/lifecycle-paths holds exactly the generated files (DOCKNET_UPDATE=1 rewrites them)', () => {
    if (process.env['DOCKNET_UPDATE'] !== undefined) {
      mkdirSync(DIR, { recursive: true });
      for (const [file, text] of generated) writeFileSync(join(DIR, file), text);
    }
    expect(readdirSync(DIR).sort()).toEqual([...generated.keys()].sort());
    for (const [file, text] of generated) expect(readFileSync(join(DIR, file), 'utf8'), file).toBe(text);
  });
});
