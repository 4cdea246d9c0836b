import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { encodeEventLine, encodeHeader } from './encode.js';
import type { EventLogHeader } from './header.js';
import type { LoggedEvent } from './logged-event.js';
import { readEventLog } from './read-event-log.js';
import { scanEventLog, scanEventLogBytes } from './scan-event-log.js';
import { TestEventCodec, type TestEvent } from './test-event-codec.js';

const header: EventLogHeader = { kind: 'docknet-events', version: 1, engine: '28', seed: 0 };
const AT = '2020-08-14T14:31:29+09:00';

/** A log of `count` events; event `long` (if any) carries a writer name of `longLength` characters. */
const logOf = (count: number, long?: number, longLength = 0): string => {
  const lines = [encodeHeader(header)];
  for (let seq = 1; seq <= count; seq++) {
    const writer = seq === long ? 'w'.repeat(longLength) : `writer-${seq}-é✓`;
    const event: TestEvent = { type: 'Note', data: { writer, n: seq } };
    // The first lines through the encoder; the rest the same way by hand (the encoder is slow).
    lines.push(
      seq <= 3
        ? encodeEventLine({ seq, at: AT, host: 'docker-host', event }, TestEventCodec)
        : JSON.stringify({ seq, at: AT, host: 'docker-host', ...event }),
    );
  }
  return `${lines.join('\n')}\n`;
};

const collect = (bytes: Uint8Array) => {
  const events: LoggedEvent<TestEvent>[] = [];
  const result = scanEventLogBytes(bytes, TestEventCodec, (e) => events.push(e));
  return { result, events };
};

describe('scanEventLogBytes', () => {
  it('reads a log larger than its 4 MiB decoding chunk exactly as readEventLog reads the text', () => {
    const text = logOf(120_000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 * 2 ** 22);
    const { result, events } = collect(Buffer.from(text));
    const whole = readEventLog(text, TestEventCodec);
    expect(result).toEqual({ _tag: 'Right', right: { header, line: 120_001, seq: 120_000 } });
    expect(whole._tag === 'Right' && whole.right.events).toEqual(events);
  });

  it('takes a line longer than a chunk whole', () => {
    const text = logOf(5, 3, 5 * 2 ** 20);
    const { result, events } = collect(Buffer.from(text));
    expect(result._tag).toBe('Right');
    expect(events.map((e) => (e.event.type === 'Note' ? e.event.data.writer.length : 0))[2]).toBe(5 * 2 ** 20);
  });

  it('reports a truncated last line, and a bad line, with the numbers readEventLog gives', () => {
    const text = logOf(60_000);
    const truncated = text.slice(0, -10);
    expect(collect(Buffer.from(truncated)).result).toEqual(readEventLog(truncated, TestEventCodec));
    expect(collect(Buffer.from(truncated)).result).toMatchObject({ left: { kind: 'truncated', line: 60_001 } });
    const bad = text.replace('"n":45000}', '"n":"x"}');
    expect(collect(Buffer.from(bad)).result).toEqual(readEventLog(bad, TestEventCodec));
    expect(collect(Buffer.from(bad)).result).toMatchObject({ left: { kind: 'wrong-shape', line: 45_001 } });
  });

  it('resumes after a known prefix without reading it again', () => {
    const text = logOf(10);
    const lines = text.split('\n');
    const prefix = `${lines.slice(0, 5).join('\n')}\n`;
    const events: number[] = [];
    const result = scanEventLogBytes(Buffer.from(text), TestEventCodec, (e) => events.push(e.seq), {
      header,
      line: 5,
      seq: 4,
      offset: Buffer.byteLength(prefix),
    });
    expect(events).toEqual([5, 6, 7, 8, 9, 10]);
    expect(result).toEqual({ _tag: 'Right', right: { header, line: 11, seq: 10 } });
  });

  it('refuses an empty file', () => {
    expect(collect(new Uint8Array()).result).toMatchObject({ left: { kind: 'header-missing' } });
  });
});

describe('scanEventLog', () => {
  it('hands each event to the visitor with the header, in order', () => {
    const seen: string[] = [];
    scanEventLog(logOf(3), TestEventCodec, (e, h) => seen.push(`${h.engine}:${e.seq}`));
    expect(seen).toEqual(['28:1', '28:2', '28:3']);
  });
});
