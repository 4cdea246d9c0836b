/**
 * Scale without surprises: a generated scenario of 10,000 steps and a state with 100,000
 * containers replay, fold from their event log, diff and render (`state`, `docker ps`,
 * `graph --format dot`) to the end. No timing is asserted; a quadratic step or a
 * recursion per container would turn these into timeouts or stack overflows.
 */
import * as E from 'fp-ts/lib/Either.js';
import { diffStates, EventBodyC, makeEngine, readEventLog, stateToJsonText, type EngineState } from '@docknet/core';
import { daemonRegistry } from '@docknet/drivers';
import { describe, expect, it } from 'vitest';
import { eventLogText } from '../cli/commands/replay.js';
import { topologyOf } from '../graph/topology-of-state.js';
import { toDot } from '../graph/render-dot.js';
import { loadScenario } from '../scenario/index.js';
import { freshContext } from '../testing/fuzz-context.js';
import { replayScenario } from './replay-scenario.js';
import { runLine } from './run-line.js';
import { renderTranscript } from './transcript.js';

/** A ceiling against a hang, not a speed requirement: these take tens of seconds on a busy machine. */
const SCALE_TIMEOUT = 600_000;

/** User networks: the predefined pools hold 30 beside the default bridge. */
const NETWORKS = 25;

/** Step `i` of the generated scenario: ten-step cycles of create, connect, stop, start, remove. */
const stepLine = (i: number): string => {
  const k = Math.floor(i / 10);
  const net = `n${k % NETWORKS}`;
  switch (i % 10) {
    case 0: return k < NETWORKS ? `docker network create ${net}` : 'docker network ls -q | wc -l';
    case 1: return `docker run -d --name c${k} --network ${net} -p 80 nginx`;
    case 2: return `docker run -dit --name d${k} busybox`;
    case 3: return `docker network connect ${net} d${k}`;
    case 4: return `docker stop c${k}`;
    case 5: return `docker start c${k}`;
    case 6: return `docker port c${k}`;
    case 7: return "docker ps --format '{{.Names}}' | head -n 3";
    case 8: return k % 5 === 0 && k < 100 ? `docker inspect -f '{{.Name}}' c${k}` : `docker rm -f c${k}`;
    default: return k % 5 === 0 && k < 100 ? 'docker ps -q | wc -l' : `docker rm -f d${k}`;
  }
};

const containerCount = (state: EngineState): number => [...state.hosts.values()].reduce((n, h) => n + h.containers.size, 0);

/** Folds a replay's event log text back into a state, as `docknet state F.jsonl` does. */
const foldLog = (text: string): EngineState => {
  const log = readEventLog(text, EventBodyC);
  if (E.isLeft(log)) throw new Error(JSON.stringify(log.left));
  const engine = makeEngine(daemonRegistry);
  const { engine: profile, seed, clock } = log.right.header;
  return engine.fold(
    engine.initialState({ profile, seed, at: clock ?? '' }),
    log.right.events.map((e) => ({ seq: e.seq, at: e.at, host: e.host, ...e.event })),
  );
};

describe('scale', () => {
  it('a generated 10,000-step scenario replays, folds from its log, diffs and renders', () => {
    const text = `name: ten thousand steps\nsteps:\n${Array.from({ length: 10_000 }, (_, i) => `  - ${JSON.stringify(stepLine(i))}\n`).join('')}`;
    const loaded = loadScenario({ file: 'generated.yaml', text });
    if (E.isLeft(loaded)) throw new Error(loaded.left.map((e) => e.message).join('\n'));
    const outcome = replayScenario(loaded.right);
    const failed = outcome.steps.find((s) => !s.checks.every((c) => c.ok));
    expect(failed === undefined ? undefined : `${failed.text}: ${failed.result?.stderr ?? ''}`).toBeUndefined();
    expect(outcome.steps).toHaveLength(10_000);
    expect(containerCount(outcome.state)).toBe(2 * 20);

    const folded = foldLog(eventLogText(loaded.right, outcome.events));
    expect(stateToJsonText(folded)).toBe(stateToJsonText(outcome.state));

    const half = replayScenario(loaded.right, { stopAfter: 5_000 });
    expect(diffStates(half.state, outcome.state).length).toBeGreaterThan(0);
    expect(toDot(topologyOf(outcome.state))).toContain('digraph');
    expect(renderTranscript(outcome, false)).toContain('✓ ten thousand steps');
  }, SCALE_TIMEOUT);

  it('a state of 100,000 containers builds, folds from its log, and renders', () => {
    const ctx = freshContext();
    for (let i = 0; i < 100_000; i += 1) {
      const r = runLine(ctx, `docker create -i --name c${i} busybox`);
      if (r.exit !== 0) throw new Error(r.stderr);
    }
    for (let i = 0; i < 100; i += 1) runLine(ctx, `docker start c${i}`);
    const { state } = ctx.session;
    expect(containerCount(state)).toBe(100_000);

    const json = stateToJsonText(state);
    expect(json.length).toBeGreaterThan(100_000);
    const ps = runLine(ctx, 'docker ps -a | wc -l');
    expect(ps.stdout).toBe('100001\n');
    const running = runLine(ctx, "docker ps --format '{{.Names}}' | wc -l");
    expect(running.stdout).toBe('100\n');
    expect(runLine(ctx, 'docker network inspect bridge').exit).toBe(0);
    expect(toDot(topologyOf(state)).length).toBeGreaterThan(0);

    const header = { file: 'big.yaml', engine: '28', seed: 0, clock: undefined } as const;
    const text = eventLogText(header as unknown as Parameters<typeof eventLogText>[0], ctx.session.events);
    expect(stateToJsonText(foldLog(text))).toBe(json);
    expect(diffStates(freshContext().session.state, state).length).toBeGreaterThan(0);
  }, SCALE_TIMEOUT);
});
