import { describe, expect, it } from 'vitest';
import { outcomeRun } from '../graph/index.js';
import { replaySteps } from '../graph/testing/replay-steps.js';
import { buildReport } from './build-report.js';

describe('buildReport', () => {
  it('has the start and one step per scenario item, each with its command, output and checks', async () => {
    const model = await buildReport(outcomeRun(replaySteps('docker network create n1', 'docker network ls -q | wc -l')));
    expect(model.steps.map((s) => [s.index, s.kind, s.text])).toEqual([
      [0, 'start', 'start'],
      [1, 'run', 'docker network create n1'],
      [2, 'run', 'docker network ls -q | wc -l'],
    ]);
    expect(model.steps[1]?.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(model.steps[2]).toMatchObject({ stdout: '4\n', exit: 0, checks: [{ key: 'exit', ok: true }] });
    expect(model.passed).toBe(true);
  });

  it('shows the state diff each step caused, and none for a step that changed nothing', async () => {
    const model = await buildReport(outcomeRun(replaySteps('docker run -d --name web nginx', 'docker ps -q')));
    expect(model.steps[0]?.diff).toBe('');
    expect(model.steps[1]?.diff).toContain('+ container web');
    expect(model.steps[1]?.diff).toContain('+ endpoints.web: 172.17.0.2');
    expect(model.steps[2]?.diff).toBe('');
  });

  it('outlines what a step changed in its topology, nothing at the start', async () => {
    const model = await buildReport(outcomeRun(replaySteps('docker run -d --name web nginx', 'docker ps -q')));
    expect(model.steps[0]?.svg).not.toContain('changed');
    expect(model.steps[1]?.svg).toMatch(/class="node container changed"/);
    expect(model.steps[2]?.svg).not.toContain('changed');
  });
});
