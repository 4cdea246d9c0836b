// Two real Node processes append to one log at the same time. The log module is compiled with
// the workspace's tsc into a temp directory so the children run plain JavaScript.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRight } from 'fp-ts/lib/Either.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLogError } from './log-error.js';
import type { AppendError } from './log-error.js';
import { readEventLog } from './read-event-log.js';
import { TestEventCodec } from './test-event-codec.js';

const here = dirname(fileURLToPath(import.meta.url));
const coreDir = resolve(here, '../..');
const repoRoot = resolve(coreDir, '../..');
const ROUNDS = 25;

type Outcome = { readonly _tag: 'Right'; readonly right: { lastSeq: number } } | { readonly _tag: 'Left'; readonly left: AppendError };
interface Attempt { readonly n: number; readonly outcome: Outcome }

const CHILD = `
import { existsSync } from 'node:fs';
import { appendEvents } from './out/log/append-events.js';
import { TestEventCodec } from './out/log/test-event-codec.js';
const [log, writer, rounds, go] = process.argv.slice(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
while (!existsSync(go)) await sleep(1);
const header = { kind: 'docknet-events', version: 1, engine: '28', seed: 0 };
const options = { codec: TestEventCodec, header };
const event = (n) => ({ at: '2020-08-14T14:31:29+09:00', host: writer, event: { type: 'Note', data: { writer, n } } });
const attempts = [];
let expected = 0;
for (let n = 0; n <= Number(rounds); n++) {
  const outcome = await appendEvents(log, expected, [event(n)], options);
  attempts.push({ n, outcome });
  await sleep(1); // give the other writer a chance to interleave
  if (outcome._tag === 'Right') expected = outcome.right.lastSeq;
  else if (outcome.left.kind === 'conflict') expected = outcome.left.found;
  else break;
}
process.stdout.write(JSON.stringify(attempts));
`;

let work = '';
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'docknet-concurrent-'));
  const tsc = join(repoRoot, 'node_modules', '.bin', 'tsc');
  const compiled = spawnSync(
    tsc,
    [
      '--outDir', join(work, 'out'), '--rootDir', join(coreDir, 'src'),
      '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022',
      '--ignoreConfig', '--skipLibCheck', '--types', 'node', '--declaration', 'false',
      join(here, 'append-events.ts'), join(here, 'test-event-codec.ts'),
    ],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  if (compiled.status !== 0) throw new Error(`tsc failed: ${compiled.stdout}${compiled.stderr}`);
  await writeFile(join(work, 'package.json'), '{"type":"module"}');
  await symlink(join(coreDir, 'node_modules'), join(work, 'node_modules'), 'dir');
  await writeFile(join(work, 'child.mjs'), CHILD);
}, 60_000);
afterAll(async () => {
  if (work !== '') await rm(work, { recursive: true, force: true });
});

function runChild(log: string, writer: string, go: string): Promise<Attempt[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(work, 'child.mjs'), log, writer, String(ROUNDS), go], { cwd: work });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(JSON.parse(out) as Attempt[]) : fail(new Error(`${writer} exited ${code}: ${err}`))));
  });
}

describe('two processes appending to one log', () => {
  it('exactly one wins each seq, the loser gets the conflict error, the log stays valid', async () => {
    const log = join(work, 'events.jsonl');
    const go = join(work, 'go');
    const children = [runChild(log, 'alpha', go), runChild(log, 'beta', go)];
    await writeFile(go, ''); // release both at once
    const [alpha, beta] = await Promise.all(children);
    if (alpha === undefined || beta === undefined) throw new Error('missing results');

    // Both first tried to append seq 1 to a log that did not exist: exactly one created it,
    // the other was told how far the log had got by then.
    const firsts = [alpha[0]?.outcome, beta[0]?.outcome];
    expect(firsts.filter((o) => o?._tag === 'Right')).toEqual([{ _tag: 'Right', right: { lastSeq: 1 } }]);
    const loser = firsts.find((o) => o?._tag === 'Left');
    expect(loser).toMatchObject({ _tag: 'Left', left: { kind: 'conflict', expected: 0 } });
    if (loser?._tag === 'Left' && loser.left.kind === 'conflict') {
      expect(loser.left.found).toBeGreaterThanOrEqual(1);
      expect(formatLogError(loser.left)).toBe(
        `event log conflict: expected last seq 0, found ${loser.left.found}`,
      );
    }

    const read = readEventLog(await readFile(log, 'utf8'), TestEventCodec);
    if (!isRight(read)) throw new Error(formatLogError(read.left));
    const events = read.right.events;

    // Every accepted append owns the seq it was given, and every event in the log was accepted.
    const wins: [string, Attempt][] = [
      ...alpha.filter((a) => a.outcome._tag === 'Right').map((a): [string, Attempt] => ['alpha', a]),
      ...beta.filter((a) => a.outcome._tag === 'Right').map((a): [string, Attempt] => ['beta', a]),
    ];
    expect(wins).toHaveLength(events.length);
    for (const [writer, attempt] of wins) {
      const seq = attempt.outcome._tag === 'Right' ? attempt.outcome.right.lastSeq : -1;
      expect(events[seq - 1]?.event.data).toEqual({ writer, n: attempt.n });
    }
    // Every refusal is a conflict naming a seq that really was taken.
    for (const attempt of [...alpha, ...beta]) {
      if (attempt.outcome._tag === 'Left') {
        expect(attempt.outcome.left.kind).toBe('conflict');
      }
    }
    // Attempts never exceed what was tried, and seqs run 1, 2, 3… without gaps.
    expect(events.length).toBeLessThanOrEqual(2 * (ROUNDS + 1) - 1);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(existsSync(`${log}.lock`)).toBe(false);
  }, 60_000);
});
