import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRight } from 'fp-ts/lib/Either.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvents } from './append-events.js';
import type { EventLogHeader } from './header.js';
import { formatLogError } from './log-error.js';
import type { NewEvent } from './logged-event.js';
import { readEventLog } from './read-event-log.js';
import type { TestEvent } from './test-event-codec.js';
import { TestEventCodec } from './test-event-codec.js';
import { writeFileAtomic } from './write-file-atomic.js';

const header: EventLogHeader = { kind: 'docknet-events', version: 1, engine: '28', seed: 0, clock: '2020-08-14T14:31:29+09:00' };
const note = (n: number): NewEvent<TestEvent> => ({
  at: `2020-08-14T14:31:29.${String(n).padStart(3, '0')}+09:00`,
  host: 'docker-host',
  event: { type: 'Note', data: { writer: 'test', n } },
});
const options = { codec: TestEventCodec, header };

let dir = '';
let log = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'docknet-log-'));
  log = join(dir, 'events.jsonl');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readBack() {
  const result = readEventLog(await readFile(log, 'utf8'), TestEventCodec);
  if (!isRight(result)) throw new Error(formatLogError(result.left));
  return result.right;
}

describe('appendEvents', () => {
  it('creates the log with its header, then appends with consecutive seqs', async () => {
    expect(await appendEvents(log, 0, [note(1), note(2)], options)).toEqual({ _tag: 'Right', right: { lastSeq: 2 } });
    expect(await appendEvents(log, 2, [note(3)], options)).toEqual({ _tag: 'Right', right: { lastSeq: 3 } });
    const read = await readBack();
    expect(read.header).toEqual(header);
    expect(read.events.map((e) => [e.seq, e.event.data])).toEqual([
      [1, { writer: 'test', n: 1 }],
      [2, { writer: 'test', n: 2 }],
      [3, { writer: 'test', n: 3 }],
    ]);
    expect(await readdir(dir)).toEqual(['events.jsonl']); // no lock or temp file left behind
  });

  it('refuses with a conflict when the last seq is not the expected one, writing nothing', async () => {
    await appendEvents(log, 0, [note(1), note(2)], options);
    const before = await readFile(log, 'utf8');
    const result = await appendEvents(log, 1, [note(9)], options);
    expect(result).toEqual({ _tag: 'Left', left: { kind: 'conflict', expected: 1, found: 2 } });
    if (!isRight(result)) {
      expect(formatLogError(result.left)).toBe('event log conflict: expected last seq 1, found 2');
    }
    expect(await readFile(log, 'utf8')).toBe(before);
    expect(await appendEvents(log, 41, [note(9)], options)).toMatchObject({ left: { expected: 41, found: 2 } });
  });

  it('needs a header to create a log, and an expected seq of 0', async () => {
    expect(await appendEvents(log, 0, [note(1)], { codec: TestEventCodec })).toEqual({
      _tag: 'Left',
      left: { kind: 'no-header', path: log },
    });
    expect(await appendEvents(log, 3, [note(1)], options)).toMatchObject({ left: { kind: 'conflict', found: 0 } });
    expect(existsSync(log)).toBe(false);
  });

  it('refuses to append after an interrupted append, and names the line', async () => {
    await appendEvents(log, 0, [note(1), note(2)], options);
    const text = await readFile(log, 'utf8');
    await writeFile(log, text.slice(0, -15));
    const result = await appendEvents(log, 2, [note(3)], options);
    expect(result).toMatchObject({ _tag: 'Left', left: { kind: 'truncated', line: 3 } });
  });

  it('adds the missing newline after a complete last line', async () => {
    await appendEvents(log, 0, [note(1)], options);
    await writeFile(log, (await readFile(log, 'utf8')).trimEnd());
    expect(await appendEvents(log, 1, [note(2)], options)).toEqual({ _tag: 'Right', right: { lastSeq: 2 } });
    expect((await readBack()).events).toHaveLength(2);
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    await appendEvents(log, 0, [note(1)], options);
    const exited = spawnSync(process.execPath, ['-e', '0']);
    await writeFile(`${log}.lock`, `${exited.pid}@${hostname()}`);
    expect(await appendEvents(log, 1, [note(2)], options)).toEqual({ _tag: 'Right', right: { lastSeq: 2 } });
    expect(existsSync(`${log}.lock`)).toBe(false);
  });

  it('waits for, then gives up on, a lock held by a live process', async () => {
    await appendEvents(log, 0, [note(1)], options);
    await writeFile(`${log}.lock`, `${process.pid}@${hostname()}`);
    const result = await appendEvents(log, 1, [note(2)], { ...options, lock: { attempts: 3, delayMs: 1 } });
    expect(result).toMatchObject({ _tag: 'Left', left: { kind: 'lock-timeout', holder: `${process.pid}@${hostname()}` } });
    expect((await readBack()).events).toHaveLength(1);
  });

  it('serialises concurrent appends within one process', async () => {
    await appendEvents(log, 0, [], options);
    const results = await Promise.all([1, 2, 3, 4].map((n) => appendEvents(log, 0, [note(n)], options)));
    expect(results.filter(isRight)).toHaveLength(1);
    expect(results.filter((r) => !isRight(r)).map((r) => !isRight(r) && r.left.kind)).toEqual([
      'conflict',
      'conflict',
      'conflict',
    ]);
    expect((await readBack()).events).toHaveLength(1);
  });
});

describe('writeFileAtomic', () => {
  it('creates and replaces a file, leaving no temp file behind', async () => {
    const target = join(dir, 'state.json');
    await writeFileAtomic(target, 'one');
    await writeFileAtomic(target, 'two');
    expect(await readFile(target, 'utf8')).toBe('two');
    expect(await readdir(dir)).toEqual(['state.json']);
  });
});
