import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { encodeEventLine, encodeHeader } from './encode.js';
import type { EventLogHeader } from './header.js';
import type { LogError } from './log-error.js';
import { formatLogError } from './log-error.js';
import type { LoggedEvent } from './logged-event.js';
import { readEventLog } from './read-event-log.js';
import type { TestEvent } from './test-event-codec.js';
import { TestEventCodec } from './test-event-codec.js';

const header: EventLogHeader = { kind: 'docknet-events', version: 1, engine: '28', seed: 0 };
const at = (s: number) => `2020-08-14T14:31:${String(29 + s).padStart(2, '0')}+09:00`;
const events: LoggedEvent<TestEvent>[] = [
  { seq: 1, at: at(0), host: 'docker-host', event: { type: 'Note', data: { writer: 'a', n: 1 } } },
  { seq: 2, at: at(1), host: 'nasa', event: { type: 'Ping', data: { target: 'web', count: 3 } } },
  { seq: 3, at: at(2), host: 'docker-host', event: { type: 'Ping', data: { target: 'db' } } },
];
const lines = [encodeHeader(header), ...events.map((e) => encodeEventLine(e, TestEventCodec))];
const text = `${lines.join('\n')}\n`;

function errorOf(input: string): LogError {
  const result = readEventLog(input, TestEventCodec);
  if (!isLeft(result)) throw new Error('expected an error');
  return result.left;
}
const withLine = (index: number, replacement: string) =>
  `${lines.map((line, i) => (i === index ? replacement : line)).join('\n')}\n`;

describe('readEventLog', () => {
  it('round-trips header and events', () => {
    expect(readEventLog(text, TestEventCodec)).toEqual({ _tag: 'Right', right: { header, events } });
    expect(lines[1]).toBe(
      '{"seq":1,"at":"2020-08-14T14:31:29+09:00","host":"docker-host","type":"Note","data":{"writer":"a","n":1}}',
    );
  });

  it('accepts a header-only log and a complete last line without its newline', () => {
    expect(readEventLog(`${lines[0]}\n`, TestEventCodec)).toEqual({
      _tag: 'Right',
      right: { header, events: [] },
    });
    expect(readEventLog(text.slice(0, -1), TestEventCodec)).toEqual({
      _tag: 'Right',
      right: { header, events },
    });
  });

  it('reports a line that is not JSON, with its number', () => {
    expect(errorOf(withLine(2, '{"seq":2,'))).toEqual({ kind: 'not-json', line: 3, excerpt: '{"seq":2,' });
    expect(errorOf(withLine(1, ''))).toMatchObject({ kind: 'not-json', line: 2, excerpt: '(empty line)' });
  });

  it('reports a wrong shape with the io-ts path in words', () => {
    const bad = lines[2]?.replace('"target":"web"', '"target":42') ?? '';
    const error = errorOf(withLine(2, bad));
    expect(error).toEqual({ kind: 'wrong-shape', line: 3, reason: 'data.target: expected string, got 42' });
    expect(formatLogError(error, 'events.jsonl')).toBe(
      'events.jsonl:3: data.target: expected string, got 42',
    );
  });

  it('reports an unknown event type, unexpected fields, a bad instant or host', () => {
    const unknown = lines[1]?.replace('"type":"Note"', '"type":"Nope"') ?? '';
    expect(errorOf(withLine(1, unknown))).toMatchObject({ kind: 'wrong-shape', line: 2 });
    expect(formatLogError(errorOf(withLine(1, unknown)))).toContain(
      'type: unknown event type "Nope" (expected one of "Note", "Ping")',
    );
    const extra = lines[1]?.replace('{"seq":1,', '{"seq":1,"extra":true,') ?? '';
    expect(errorOf(withLine(1, extra))).toEqual({ kind: 'wrong-shape', line: 2, reason: 'unexpected field "extra"' });
    const badAt = lines[1]?.replace(at(0), '2020-08-14 14:31') ?? '';
    expect(errorOf(withLine(1, badAt))).toMatchObject({ kind: 'wrong-shape', line: 2 });
    const noHost = lines[1]?.replace('"host":"docker-host"', '"host":""') ?? '';
    expect(errorOf(withLine(1, noHost))).toEqual({ kind: 'wrong-shape', line: 2, reason: 'host: expected a host name, got ""' });
  });

  it('reports seq that does not go 1, 2, 3…', () => {
    const repeated = lines[2]?.replace('"seq":2', '"seq":1') ?? '';
    expect(errorOf(withLine(2, repeated))).toEqual({ kind: 'seq-out-of-order', line: 3, expected: 2, found: 1 });
    const gap = lines[3]?.replace('"seq":3', '"seq":5') ?? '';
    expect(errorOf(withLine(3, gap))).toEqual({ kind: 'seq-out-of-order', line: 4, expected: 3, found: 5 });
    const zero = lines[1]?.replace('"seq":1', '"seq":0') ?? '';
    expect(errorOf(withLine(1, zero))).toMatchObject({ kind: 'wrong-shape', line: 2 });
  });

  it('reports a missing or foreign header', () => {
    expect(errorOf('')).toMatchObject({ kind: 'header-missing', line: 1 });
    expect(errorOf(`${lines.slice(1).join('\n')}\n`)).toMatchObject({ kind: 'header-missing', line: 1 });
    expect(errorOf(withLine(0, '{"kind":"other-log","version":1}'))).toEqual({
      kind: 'header-wrong-kind',
      line: 1,
      found: '"other-log"',
    });
    expect(errorOf(withLine(0, '{"kind":"docknet-events","version":1,"engine":"30","seed":0}'))).toMatchObject({
      kind: 'wrong-shape',
      line: 1,
    });
  });

  it('refuses a log written by a newer docknet', () => {
    const error = errorOf(withLine(0, '{"kind":"docknet-events","version":2,"whatever":true}'));
    expect(error).toEqual({ kind: 'version-too-new', line: 1, found: 2, supported: 1 });
    expect(formatLogError(error, 'events.jsonl')).toBe(
      'events.jsonl:1: written by a newer docknet: version 2 > 1',
    );
  });

  it('calls a broken last line without newline an interrupted append', () => {
    const cut = text.slice(0, text.length - 20);
    const error = errorOf(cut);
    expect(error).toMatchObject({ kind: 'truncated', line: 4 });
    expect(formatLogError(error)).toContain('interrupted append');
    expect(formatLogError(error)).toContain('docknet log --repair');
  });
});
