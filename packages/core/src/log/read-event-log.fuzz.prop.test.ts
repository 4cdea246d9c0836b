/**
 * Event logs under faults (extends read-event-log.prop.test.ts, which covers round trips,
 * truncation of a short log at every character and random splices): byte flips in the
 * UTF-8 file, truncation at every byte, duplicated, dropped and reordered lines, headers of
 * unknown versions and kinds. Reading never throws, names the first bad line exactly, and
 * returns nothing at all with an error (no prefix is ever applied). The streaming reader
 * must agree with the whole-text reader on every input.
 */
import * as fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { encodeEventLine, encodeHeader } from './encode.js';
import type { LogError } from './log-error.js';
import { formatLogError } from './log-error.js';
import type { LoggedEvent } from './logged-event.js';
import { readEventLog } from './read-event-log.js';
import { scanEventLog, scanEventLogBytes } from './scan-event-log.js';
import type { TestEvent } from './test-event-codec.js';
import { TestEventCodec } from './test-event-codec.js';

const runs = (ci: number): number => (process.env['DOCKNET_DEEP'] === '1' ? ci * 20 : ci);

const HEADER = encodeHeader({ kind: 'docknet-events', version: 1, engine: '28', seed: 0 });

const events: LoggedEvent<TestEvent>[] = Array.from({ length: 12 }, (_, i) => ({
  seq: i + 1,
  at: `2020-08-14T14:31:${String(10 + i).padStart(2, '0')}+09:00`,
  host: i % 3 === 0 ? 'nasa' : 'docker-host',
  event:
    i % 2 === 0
      ? { type: 'Note', data: { writer: `ü✓ "${i}" 🐳`, n: i } }
      : { type: 'Ping', data: { target: `web-${i}`, count: i } },
}));
const LINES = [HEADER, ...events.map((e) => encodeEventLine(e, TestEventCodec))];
const TEXT = `${LINES.join('\n')}\n`;
const BYTES = new TextEncoder().encode(TEXT);

const read = (text: string) => readEventLog(text, TestEventCodec);

/** The streaming readers must reach the same verdict as readEventLog. */
const expectStreamingAgrees = (text: string): void => {
  const whole = read(text);
  const seen: number[] = [];
  const streamed = scanEventLog(text, TestEventCodec, (e) => seen.push(e.seq));
  const bytes = scanEventLogBytes(new TextEncoder().encode(text), TestEventCodec, () => undefined);
  if (isLeft(whole)) {
    expect(streamed).toEqual(whole);
    expect(bytes).toEqual(whole);
  } else {
    expect(isRight(streamed) && streamed.right.seq).toBe(whole.right.events.length);
    expect(isRight(bytes) && bytes.right.seq).toBe(whole.right.events.length);
    expect(seen).toEqual(whole.right.events.map((e) => e.seq));
  }
};

/**
 * Reads `text`, which differs from the valid log from line `firstChanged` on (1-based).
 * A success may differ from what was written only from that line on: the log carries no
 * checksum, so a flip inside a string value (`ü` → `¼`) is a valid line with other data.
 */
const expectFirstBadLine = (text: string, firstChanged: number): LogError | undefined => {
  const result = read(text);
  expectStreamingAgrees(text);
  if (isRight(result)) {
    const untouched = Math.min(result.right.events.length, firstChanged - 2);
    expect(result.right.events.slice(0, untouched)).toEqual(events.slice(0, untouched));
    expect(result.right.events.map((e) => e.seq)).toEqual(result.right.events.map((_, i) => i + 1));
    return undefined;
  }
  expect(result.left.line).toBeGreaterThanOrEqual(firstChanged);
  expect(formatLogError(result.left, 'events.jsonl')).toMatch(/^events\.jsonl:\d+: /);
  return result.left;
};

describe('readEventLog under faults (fuzz property)', () => {
  it('property: byte flips anywhere in the file: no throw, first bad line at or after the flip', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: BYTES.length - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 3 }), (flips) => {
        const bytes = Uint8Array.from(BYTES);
        for (const [at, mask] of flips) bytes[at] = (bytes[at] ?? 0) ^ mask;
        const first = Math.min(...flips.map(([at]) => at));
        const lineOfFirst = new TextDecoder().decode(BYTES.subarray(0, first)).split('\n').length;
        expectFirstBadLine(new TextDecoder().decode(bytes), lineOfFirst);
      }),
      { numRuns: runs(500), seed: 11 },
    );
  });

  it('truncation at every byte offset: a valid prefix of whole events, or the cut line named', () => {
    const decoder = new TextDecoder();
    for (let offset = 0; offset <= BYTES.length; offset++) {
      const cut = decoder.decode(BYTES.subarray(0, offset));
      const completeLines = cut.split('\n').length - 1;
      const result = read(cut);
      expectStreamingAgrees(cut);
      if (isRight(result)) {
        const n = result.right.events.length;
        expect(result.right.events).toEqual(events.slice(0, n));
        // A complete last line without its newline still counts; nothing else does.
        expect(n === completeLines - 1 || n === completeLines).toBe(true);
      } else if (offset > 0) {
        expect(result.left.line).toBe(completeLines + 1);
        expect(result.left.kind).toBe('truncated');
      }
    }
  });

  it('property: a duplicated line is refused at the copy, a dropped one at the gap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: LINES.length - 1 }), fc.boolean(), (index, duplicate) => {
        const lines = [...LINES];
        if (duplicate) lines.splice(index + 1, 0, lines[index] ?? '');
        else lines.splice(index, 1);
        const text = `${lines.join('\n')}\n`;
        const error = expectFirstBadLine(text, index + 1);
        if (!duplicate && index === LINES.length - 1) {
          expect(error).toBeUndefined(); // dropping the last event leaves a valid, shorter log
        } else {
          expect(error).toMatchObject({ kind: 'seq-out-of-order', line: duplicate ? index + 2 : index + 1 });
        }
      }),
      { numRuns: runs(100), seed: 12 },
    );
  });

  it('property: reordered lines are refused at the first line out of place', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...LINES.keys()].slice(1), { minLength: 2 }), (moved) => {
        const order = [...LINES.keys()];
        const sorted = [...moved].sort((a, b) => a - b);
        sorted.forEach((slot, k) => (order[slot] = moved[k] ?? slot));
        const lines = order.map((i) => LINES[i] ?? '');
        const text = `${lines.join('\n')}\n`;
        const firstMoved = order.findIndex((v, i) => v !== i);
        const error = expectFirstBadLine(text, firstMoved + 1);
        if (firstMoved === -1) expect(error).toBeUndefined();
        else expect(error).toMatchObject({ kind: 'seq-out-of-order', line: firstMoved + 1 });
      }),
      { numRuns: runs(200), seed: 13 },
    );
  });

  it('property: unknown versions and foreign headers are refused on line 1, whatever follows', () => {
    const header = fc.oneof(
      fc.integer({ min: 2, max: 1_000_000 }).map((v) => `{"kind":"docknet-events","version":${v},"engine":"99","seed":"x"}`),
      fc.constantFrom('0', '-1', '1.5', '"1"', 'null', '1e400', '9007199254740993').map((v) => `{"kind":"docknet-events","version":${v},"engine":"28","seed":0}`),
      fc.string({ maxLength: 12 }).map((k) => `{"kind":${JSON.stringify(k)},"version":1,"engine":"28","seed":0}`),
      fc.constantFrom('[]', '{}', '"docknet-events"', '1', 'null', '{"version":1}', '{"kind":"docknet-events"}'),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(header, (line) => {
        const text = `${[line, ...LINES.slice(1)].join('\n')}\n`;
        const result = read(text);
        expectStreamingAgrees(text);
        if (line === HEADER) return;
        if (isRight(result)) {
          // Only a header that decodes (e.g. an extra-but-valid variant) may pass.
          expect(result.right.header.kind).toBe('docknet-events');
          expect(result.right.header.version).toBe(1);
        } else {
          expect(result.left.line).toBe(1);
        }
      }),
      { numRuns: runs(300), seed: 14 },
    );
  });

  it('property: line noise between valid lines (CRLF, blanks, BOM, NUL) is named, never skipped', () => {
    const noise = fc.constantFrom('', ' ', '\r', '\uFEFF', '\u0000', '{}', '[]', 'null', '{"seq":1}', '\u2028');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: LINES.length }), noise, (index, junk) => {
        const lines = [...LINES];
        lines.splice(index, 0, junk);
        const text = `${lines.join('\n')}\n`;
        expect(expectFirstBadLine(text, index + 1)).toMatchObject({ line: index + 1 });
      }),
      { numRuns: runs(100), seed: 15 },
    );
  });

  it('a long log reads without quadratic work or deep recursion', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      encodeEventLine({ seq: i + 1, at: '2020-08-14T14:31:29+09:00', host: 'docker-host', event: { type: 'Ping', data: { target: `t${i}` } } }, TestEventCodec),
    );
    const text = `${[HEADER, ...many].join('\n')}\n`;
    const result = read(text);
    expect(isRight(result) && result.right.events.length).toBe(100_000);
    // One bad line near the end: named exactly, nothing returned.
    const broken = text.replace('"seq":99999,', '"seq":99998,');
    expect(read(broken)).toEqual({ _tag: 'Left', left: { kind: 'seq-out-of-order', line: 100_000, expected: 99_999, found: 99_998 } });
  });
});
