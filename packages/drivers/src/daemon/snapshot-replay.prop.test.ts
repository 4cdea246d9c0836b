/**
 * State snapshots (core/src/snapshot) with the real registry: a snapshot restored and the
 * rest of the log folded onto it gives the state a full replay gives — the canonical JSON
 * and the live structures (pools, port cursors), checked by deciding more commands on both.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  EVENT_LOG_KIND,
  EVENT_LOG_VERSION,
  EventBodyC,
  SnapshotFileC,
  encodeEventLine,
  encodeHeader,
  listSnapshots,
  loadLogState,
  makeEngine,
  restoreState,
  snapshotOf,
  snapshotPathOf,
  snapshotsOfLog,
  stateToJsonText,
  writeSnapshots,
  type Command,
  type EngineState,
  type EventEnvelope,
  type ProfileId,
} from '@docknet/core';
import { daemonRegistry } from './registry.js';
import { dockerScenario, dockerStep } from './testing/command-arbitraries.js';
import { bootHost, createNetwork } from './testing/command-builders.js';
import { SPEC_AT, SPEC_EPOCH, SPEC_HOST } from './testing/decider-spec.js';

const NUM_RUNS = process.env['DOCKNET_DEEP'] === undefined ? 60 : 1000;
const engine = makeEngine(daemonRegistry);
const dir = mkdtempSync(join(tmpdir(), 'docknet-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fresh = (profile: ProfileId, seed: number): EngineState => engine.initialState({ profile, seed, at: SPEC_EPOCH });

/** Decides each command on `state` (folding the accepted ones); the events, or the refusal, of each. */
const decideAll = (state: EngineState, commands: readonly Command[]): string[] =>
  commands.map((command) => {
    const decided = engine.decide(state, { host: SPEC_HOST, at: SPEC_AT, command });
    if (E.isLeft(decided)) return `refused: ${decided.left.message}`;
    engine.fold(state, decided.right);
    return JSON.stringify(decided.right);
  });

const recorded = (profile: ProfileId, seed: number, commands: readonly Command[]): EventEnvelope[] => {
  const state = fresh(profile, seed);
  const events: EventEnvelope[] = [];
  for (const command of [bootHost(), ...commands]) {
    const decided = engine.decide(state, { host: SPEC_HOST, at: SPEC_AT, command });
    if (E.isRight(decided)) {
      events.push(...decided.right);
      engine.fold(state, decided.right);
    }
  }
  return events;
};

const logText = (profile: ProfileId, seed: number, events: readonly EventEnvelope[]): string => {
  const header = encodeHeader({ kind: EVENT_LOG_KIND, version: EVENT_LOG_VERSION, engine: profile, seed, clock: SPEC_EPOCH });
  const lines = events.map(({ seq, at, host, ...event }) => encodeEventLine({ seq, at, host, event }, EventBodyC));
  return `${[header, ...lines].join('\n')}\n`;
};

/** A snapshot written as text, read back and checked by its codec, then restored. */
const throughText = (state: EngineState): EngineState => {
  const decoded = SnapshotFileC.props.state.decode(JSON.parse(JSON.stringify(snapshotOf(state))));
  if (E.isLeft(decoded)) throw new Error('the snapshot does not decode');
  const restored = restoreState(decoded.right, daemonRegistry);
  if (E.isLeft(restored)) throw new Error(restored.left);
  return restored.right;
};

const scenarioWithCut = dockerScenario.chain((s) =>
  fc.record({
    scenario: fc.constant(s),
    cut: fc.nat({ max: 200 }),
    more: fc.array(dockerStep, { minLength: 1, maxLength: 12 }).map((steps) => steps.flat()),
  }),
);

describe('state snapshots (property)', () => {
  it('property: snapshot at event k + the events after k == the full replay, and decides the same next commands', () => {
    fc.assert(
      fc.property(scenarioWithCut, ({ scenario: { profile, seed, commands }, cut, more }) => {
        const events = recorded(profile, seed, commands);
        const k = cut % (events.length + 1);
        const full = engine.fold(fresh(profile, seed), events);
        const resumed = engine.fold(throughText(engine.fold(fresh(profile, seed), events.slice(0, k))), events.slice(k));
        expect(stateToJsonText(resumed)).toBe(stateToJsonText(full));
        // Pools, port tables and cursors were restored live: the future is the same too.
        expect(decideAll(resumed, more)).toEqual(decideAll(full, more));
        expect(stateToJsonText(resumed)).toBe(stateToJsonText(full));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('property: loading a log file from its latest snapshot + tail == folding it whole, at any event', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        scenarioWithCut,
        fc.integer({ min: 1, max: 8 }),
        async ({ scenario: { profile, seed, commands }, cut }, every) => {
          const events = recorded(profile, seed, commands);
          const path = join(dir, `log-${run++}.jsonl`);
          const text = logText(profile, seed, events);
          writeFileSync(path, text);
          const snapshots = snapshotsOfLog(Buffer.from(text), engine, every);
          if (E.isLeft(snapshots)) throw new Error('the log does not read back');
          await writeSnapshots(path, snapshots.right);
          expect(listSnapshots(path).length).toBe(Math.floor(events.length / every));
          const at = cut % (events.length + 1);
          const loaded = loadLogState(path, daemonRegistry, at);
          if (E.isLeft(loaded)) throw new Error(JSON.stringify(loaded.left));
          expect(loaded.right.skipped).toEqual([]);
          expect(loaded.right.snapshot).toBe(at >= every ? at - (at % every) : undefined);
          expect(loaded.right.end.seq).toBe(events.length);
          expect(stateToJsonText(loaded.right.state)).toBe(stateToJsonText(engine.fold(fresh(profile, seed), events.slice(0, at))));
        },
      ),
      { numRuns: Math.ceil(NUM_RUNS / 2) },
    );
  });
});

describe('state snapshots beside a log', () => {
  const events = recorded('28', 0, [0, 1, 2, 3].map((i) => createNetwork({ name: `n${i}` })));
  const text = logText('28', 0, events);
  const snapshotsEvery = (every: number) => {
    const snapshots = snapshotsOfLog(Buffer.from(text), engine, every);
    if (E.isLeft(snapshots)) throw new Error('the log does not read back');
    return snapshots.right;
  };
  const whole = stateToJsonText(engine.fold(fresh('28', 0), events));

  it('has a few snapshots to work with', () => {
    expect(events.length).toBeGreaterThanOrEqual(6);
  });

  it('skips a snapshot whose log prefix changed, and folds the whole log instead', async () => {
    const path = join(dir, 'rewritten.jsonl');
    writeFileSync(path, text);
    const snapshots = snapshotsEvery(2);
    await writeSnapshots(path, snapshots);
    // Another log at the same path: same length, one byte different on its first event line.
    writeFileSync(path, text.replace('"name":"eth0"', '"name":"eth9"'));
    const loaded = loadLogState(path, daemonRegistry, 'end');
    if (E.isLeft(loaded)) throw new Error(JSON.stringify(loaded.left));
    expect(loaded.right.snapshot).toBeUndefined();
    expect(loaded.right.skipped).toEqual(
      [...snapshots].reverse().map((s) => `${s.seq}.json: the log no longer starts with the events it was taken from`),
    );
    expect(loaded.right.state.hosts.get(SPEC_HOST)?.interfaces[0]?.name).toBe('eth9');
  });

  it('skips a snapshot that is not one, says why, and uses an older one', async () => {
    const path = join(dir, 'damaged.jsonl');
    writeFileSync(path, text);
    const snapshots = snapshotsEvery(2);
    await writeSnapshots(path, snapshots);
    const [newest, second, third] = listSnapshots(path);
    if (newest === undefined || second === undefined || third === undefined) throw new Error('too few snapshots');
    writeFileSync(snapshotPathOf(path, newest), '{"kind":"docknet-snapshot"');
    const damaged = JSON.parse(readFileSync(snapshotPathOf(path, second), 'utf8')) as { state: { hosts: { ports: unknown }[] } };
    for (const h of damaged.state.hosts) h.ports = [1, 2];
    writeFileSync(snapshotPathOf(path, second), JSON.stringify(damaged));
    const loaded = loadLogState(path, daemonRegistry, 'end');
    if (E.isLeft(loaded)) throw new Error(JSON.stringify(loaded.left));
    expect(loaded.right.skipped).toEqual([
      `${newest}.json: not JSON`,
      `${second}.json: host ${SPEC_HOST}: ports: expected an object of port slots`,
    ]);
    expect(loaded.right.snapshot).toBe(third);
    expect(stateToJsonText(loaded.right.state)).toBe(whole);
  });

  it('reports a bad line after the snapshot with its line number, even when the wanted event is before it', async () => {
    const path = join(dir, 'bad-tail.jsonl');
    writeFileSync(path, `${text}{"seq":${events.length + 1}}\n`);
    await writeSnapshots(path, snapshotsEvery(2));
    expect(loadLogState(path, daemonRegistry, 2)).toEqual(
      E.left({ kind: 'bad-log', error: { kind: 'wrong-shape', line: events.length + 2, reason: expect.any(String) } }),
    );
  });

  it('rewriting the snapshots of a log removes the ones that no longer exist', async () => {
    const path = join(dir, 'again.jsonl');
    writeFileSync(path, text);
    await writeSnapshots(path, snapshotsEvery(2));
    expect(listSnapshots(path)).toEqual(snapshotsEvery(2).map((s) => s.seq).reverse());
    await writeSnapshots(path, snapshotsEvery(3));
    expect(listSnapshots(path)).toEqual(snapshotsEvery(3).map((s) => s.seq).reverse());
    await writeSnapshots(path, []);
    expect(listSnapshots(path)).toEqual([]);
  });
});
