import * as fc from 'fast-check';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { encodeEventLine, encodeHeader } from './encode.js';
import type { LoggedEvent } from './logged-event.js';
import { readEventLog } from './read-event-log.js';
import type { TestEvent } from './test-event-codec.js';
import { TestEventCodec } from './test-event-codec.js';

const runs = process.env['DOCKNET_DEEP'] === '1' ? 5_000 : 200;

const eventArb: fc.Arbitrary<TestEvent> = fc.oneof(
  fc.record({ type: fc.constant('Note' as const), data: fc.record({ writer: fc.string(), n: fc.integer() }) }),
  fc.record({ type: fc.constant('Ping' as const), data: fc.record({ target: fc.string({ minLength: 1 }) }) }),
);

function sample(events: readonly TestEvent[]): { text: string; logged: LoggedEvent<TestEvent>[] } {
  const logged = events.map((event, index) => ({
    seq: index + 1,
    at: `2020-08-14T14:31:29.${String(index + 1).padStart(3, '0')}+09:00`,
    host: 'docker-host',
    event,
  }));
  const header = encodeHeader({ kind: 'docknet-events', version: 1, engine: '28', seed: 0 });
  return { text: [header, ...logged.map((e) => encodeEventLine(e, TestEventCodec))].map((l) => `${l}\n`).join(''), logged };
}

describe('readEventLog (property)', () => {
  it('round-trips any events', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 20 }), (events) => {
        const { text, logged } = sample(events);
        expect(readEventLog(text, TestEventCodec)).toEqual({
          _tag: 'Right',
          right: { header: { kind: 'docknet-events', version: 1, engine: '28', seed: 0 }, events: logged },
        });
      }),
      { numRuns: runs, seed: 1 },
    );
  });

  it('truncated at every offset: never throws, and only ever returns a prefix of whole lines', () => {
    const { text, logged } = sample([
      { type: 'Note', data: { writer: 'ü ✓ "quoted"', n: -1 } },
      { type: 'Ping', data: { target: 'web' } },
      { type: 'Note', data: { writer: '', n: 2 } },
    ]);
    for (let offset = 0; offset <= text.length; offset++) {
      const cut = text.slice(0, offset);
      const result = readEventLog(cut, TestEventCodec);
      if (isRight(result)) {
        const completeLines = cut.split('\n').length - 1 + (cut.endsWith('\n') ? 0 : 1);
        expect(result.right.events).toEqual(logged.slice(0, result.right.events.length));
        expect(result.right.events.length).toBeLessThanOrEqual(Math.max(0, completeLines - 1));
      } else {
        // A failure is never on a line before the cut.
        expect(result.left.line).toBeGreaterThanOrEqual(cut.split('\n').length - (cut.endsWith('\n') ? 1 : 0));
      }
    }
  });

  it('never throws on arbitrary corruption of a valid log', () => {
    const { text } = sample([
      { type: 'Note', data: { writer: 'a', n: 1 } },
      { type: 'Ping', data: { target: 'b' } },
    ]);
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.string({ maxLength: 3 }), (at, junk) => {
        const corrupted = text.slice(0, at) + junk + text.slice(at + 1);
        expect(() => readEventLog(corrupted, TestEventCodec)).not.toThrow();
      }),
      { numRuns: runs * 5, seed: 2 },
    );
  });
});
