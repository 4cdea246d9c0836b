import * as fc from 'fast-check';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseInstant } from './instant.js';
import { formatRfc3339Nano } from './rfc3339.js';

const runs = process.env['DOCKNET_DEEP'] === '1' ? 20_000 : 500;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

// Calendar fields are generated directly; JS Date (UTC methods only) is the arithmetic oracle.
const fields = fc.record({
  year: fc.integer({ min: 1970, max: 9998 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 }),
  nanos: fc.integer({ min: 0, max: 999_999_999 }),
  offset: fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
});

describe('instant (property)', () => {
  it('parse agrees with the Date.UTC oracle and format(parse(text)) is Go’s trimmed form', () => {
    fc.assert(
      fc.property(fields, (f) => {
        const zone =
          f.offset === 0
            ? 'Z'
            : `${f.offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(f.offset) / 60))}:${pad(Math.abs(f.offset) % 60)}`;
        const clock = `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
        const result = parseInstant(`${clock}.${pad(f.nanos, 9)}${zone}`);
        expect(isRight(result)).toBe(true);
        if (!isRight(result)) return;

        const localMs = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
        const expectedNs = BigInt(localMs - f.offset * 60_000) * 1_000_000n + BigInt(f.nanos);
        expect(result.right.epochNs).toBe(expectedNs);

        const fraction = f.nanos === 0 ? '' : `.${pad(f.nanos, 9).replace(/0+$/, '')}`;
        expect(formatRfc3339Nano(result.right)).toBe(`${clock}${fraction}${zone}`);
      }),
      { numRuns: runs, seed: 42 },
    );
  });
});
