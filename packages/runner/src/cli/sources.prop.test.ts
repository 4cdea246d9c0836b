/**
 * Properties over generated runs (random docker command lines replayed through the whole
 * runner): the state at step N is the state of the first N steps replayed alone, and the
 * state of the event log at the matching event; a state diffs empty against itself; the
 * RFC 6902 diff of two runs, applied to the first, gives the second.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { applyPatch, type Operation } from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import { diffJson, toJsonPatch, type Json } from '@docknet/core';
import { eventLogText } from './commands/replay.js';
import { loadScenario } from '../scenario/index.js';
import { replayScenario } from '../replay/replay-scenario.js';
import { loadStateSource } from './sources.js';

const RUNS = process.env['DOCKNET_DEEP'] === '1' ? 200 : 25;

const container = fc.constantFrom('c0', 'c1', 'c2');
const network = fc.constantFrom('n0', 'n1', 'bridge');
const line = fc.oneof(
  fc.tuple(fc.constantFrom('n0', 'n1'), fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined })).map(
    ([n, s]) => `docker network create ${s === undefined ? '' : `--subnet 10.${s}.0.0/24 `}${n}`,
  ),
  fc.tuple(container, fc.option(network, { nil: undefined }), fc.boolean()).map(
    ([c, n, p]) => `docker run -itd --name ${c}${n === undefined ? '' : ` --network ${n}`}${p ? ' -p 80' : ''} busybox`,
  ),
  fc.tuple(fc.constantFrom('stop', 'start', 'pause', 'unpause', 'rm -f', 'restart'), container).map(([v, c]) => `docker ${v} ${c}`),
  fc.tuple(fc.constantFrom('connect', 'disconnect'), network, container).map(([v, n, c]) => `docker network ${v} ${n} ${c}`),
  fc.constantFrom('docker network rm n0', 'docker network rm n1', 'docker rename c0 c2', 'docker ps -a'),
  fc.constant('note'),
);

const run = fc.record({
  engine: fc.constantFrom('20.10', '27', '28', '29'),
  seed: fc.integer({ min: 0, max: 1000 }),
  lines: fc.array(line, { minLength: 1, maxLength: 12 }),
});

type Run = { engine: string; seed: number; lines: string[] };

const yaml = (r: Run, lines: readonly string[] = r.lines): string =>
  [
    'name: generated',
    `engine: "${r.engine}"`,
    `seed: ${r.seed}`,
    'steps:',
    ...(lines.length === 0 ? ['  []'] : lines.map((l) => (l === 'note' ? '  - note: a note' : `  - ${JSON.stringify(l)}`))),
    '',
  ].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'docknet-sources-'));
let counter = 0;
const write = (text: string, ext = 'yaml'): string => {
  const file = join(dir, `run-${counter++}.${ext}`);
  writeFileSync(file, text);
  return file;
};

const stateOf = (src: string): Json => {
  const loaded = loadStateSource(src);
  if (E.isLeft(loaded)) throw new Error(loaded.left);
  return loaded.right.json;
};

describe('sources over generated runs', () => {
  it('state at step N equals replaying the first N steps, and the log at the matching event', () => {
    fc.assert(
      fc.property(run, fc.nat(), (r, pick) => {
        const n = pick % (r.lines.length + 1);
        const file = write(yaml(r));
        const atN = stateOf(`${file}@${n}`);
        expect(atN).toEqual(stateOf(write(yaml(r, r.lines.slice(0, n)))));
        const scenario = loadScenario(file);
        if (E.isLeft(scenario)) throw new Error('generated scenario does not load');
        const outcome = replayScenario(scenario.right);
        const log = write(eventLogText(scenario.right, outcome.events), 'jsonl');
        // Booting the hosts comes before step 1; then each step adds its own events.
        const boot = outcome.events.length - outcome.steps.flatMap((s) => s.events).length;
        const lastSeq = boot + outcome.steps.slice(0, n).flatMap((s) => s.events).length;
        expect(stateOf(`${log}@${lastSeq}`)).toEqual(atN);
      }),
      { numRuns: RUNS },
    );
  });

  it('diff(A, A) is empty for any generated run', () => {
    fc.assert(
      fc.property(run, (r) => {
        const file = write(yaml(r));
        expect(diffJson(stateOf(file), stateOf(file))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it("applying the RFC 6902 diff of A→B to A's state JSON gives B's", () => {
    fc.assert(
      fc.property(run, run, (ra, rb) => {
        const a = stateOf(write(yaml(ra)));
        const b = stateOf(write(yaml(rb)));
        const patch = toJsonPatch(diffJson(a, b)) as Operation[];
        expect(applyPatch(structuredClone(a), patch, true, true).newDocument).toEqual(b);
      }),
      { numRuns: RUNS },
    );
  });
});
