import { stateToJsonText, type EventEnvelope } from '@docknet/core';
import { describe, expect, it } from 'vitest';
import { foldFrames, groupsByInstant } from './frames.js';
import { outcomeRun } from './load-run.js';
import { replaySteps } from './testing/replay-steps.js';

const event = (seq: number, at: string): EventEnvelope => ({ seq, at, host: 'h', type: 'ContainerPaused', data: { containerId: 'c' } });

describe('foldFrames', () => {
  it('gives one frame per step plus the start, the last equal to the replay’s final state', () => {
    const outcome = replaySteps('docker network create n1', 'docker run -d --name web --network n1 nginx', 'docker stop web');
    const frames = foldFrames(outcomeRun(outcome).steps, stateToJsonText);
    expect(frames).toHaveLength(4);
    expect(frames[3]).toBe(stateToJsonText(outcome.state));
    expect(frames[0]).not.toContain('"n1"');
    expect(frames[1]).toContain('"n1"');
  });
});

describe('groupsByInstant', () => {
  const events = [event(1, 't0'), event(2, 't0'), event(3, 't1'), event(4, 't2'), event(5, 't2')];

  it('starts with the empty group (the fresh engine) and cuts where the instant changes', () => {
    expect(groupsByInstant(events).map((g) => g.map((e) => e.seq))).toEqual([[], [1, 2], [3], [4, 5]]);
  });

  it('also cuts right after event N, so event N has a frame of its own', () => {
    expect(groupsByInstant(events, 4).map((g) => g.map((e) => e.seq))).toEqual([[], [1, 2], [3], [4], [5]]);
  });
});
