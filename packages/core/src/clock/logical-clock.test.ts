import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Instant } from './instant.js';
import type { LogicalClock } from './logical-clock.js';
import { advanceSeconds, nextStep, now, stampEvent, startClock } from './logical-clock.js';
import { formatRfc3339Nano } from './rfc3339.js';

const origin: Instant = { epochNs: 1_597_383_089_000_000_000n, offsetMinutes: 540 };

describe('logical clock', () => {
  it('starts at the origin and moves one second per step', () => {
    const clock = startClock(origin);
    expect(formatRfc3339Nano(now(clock))).toBe('2020-08-14T14:31:29+09:00');
    expect(formatRfc3339Nano(now(nextStep(clock)))).toBe('2020-08-14T14:31:30+09:00');
    expect(formatRfc3339Nano(now(advanceSeconds(clock, 480)))).toBe('2020-08-14T14:39:29+09:00');
  });

  it('gives events within a step distinct, increasing instants', () => {
    const [first, afterFirst] = stampEvent(startClock(origin));
    const [second] = stampEvent(afterFirst);
    expect(formatRfc3339Nano(first)).toBe('2020-08-14T14:31:29+09:00');
    expect(formatRfc3339Nano(second)).toBe('2020-08-14T14:31:29.001+09:00');
  });

  it('never goes backwards and stamps strictly increasing instants (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('step', 'event', 'wait'), { maxLength: 300 }), (ops) => {
        let clock: LogicalClock = startClock(origin);
        let lastStamp = -1n;
        let lastNow = now(clock).epochNs;
        for (const op of ops) {
          if (op === 'step') clock = nextStep(clock);
          else if (op === 'wait') clock = advanceSeconds(clock, 7);
          else {
            const [at, after] = stampEvent(clock);
            expect(at.epochNs).toBeGreaterThan(lastStamp);
            lastStamp = at.epochNs;
            clock = after;
          }
          expect(now(clock).epochNs).toBeGreaterThanOrEqual(lastNow);
          lastNow = now(clock).epochNs;
        }
      }),
      { seed: 7 },
    );
  });
});
