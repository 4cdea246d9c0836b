import { isLeft } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { Instant, InstantParseError } from './instant.js';
import { parseInstant } from './instant.js';
import { formatRfc3339Nano, inUtc } from './rfc3339.js';

function parsed(text: string): Instant {
  const result: Either<InstantParseError, Instant> = parseInstant(text);
  if (isLeft(result)) throw new Error(result.left.reason);
  return result.right;
}

describe('parseInstant', () => {
  it('reads an instant with an offset, independent of the machine time zone', () => {
    expect(parsed('2020-08-14T14:31:29+09:00')).toEqual({
      epochNs: 1_597_383_089_000_000_000n,
      offsetMinutes: 540,
    });
    expect(parsed('2020-08-14T05:31:29Z').epochNs).toBe(1_597_383_089_000_000_000n);
    expect(parsed('2020-08-14T05:31:29.774610308Z').epochNs).toBe(1_597_383_089_774_610_308n);
    expect(parsed('1969-12-31T23:59:59.5-00:30')).toEqual({
      epochNs: 1_799_500_000_000n,
      offsetMinutes: -30,
    });
  });

  it('refuses malformed or out-of-range input with a reason', () => {
    for (const bad of [
      '2020-08-14T14:31:29', // no offset: would depend on the machine's zone
      '2020-08-14',
      '2020-13-01T00:00:00Z',
      '2021-02-29T00:00:00Z',
      '2020-08-14T24:00:00Z',
      '2020-08-14T23:60:00Z',
      '2020-08-14T23:59:60Z',
      '2020-08-14T23:59:59.1234567890Z',
      '2020-08-14T23:59:59+24:00',
      'yesterday',
    ]) {
      const result = parseInstant(bad);
      expect(isLeft(result), bad).toBe(true);
    }
    expect(parsed('2024-02-29T00:00:00Z').epochNs).toBe(1_709_164_800_000_000_000n);
  });
});

describe('formatRfc3339Nano (Go time.RFC3339Nano)', () => {
  it('keeps the offset, trims trailing zeros, drops an all-zero fraction', () => {
    expect(formatRfc3339Nano(parsed('2020-08-14T14:31:29.774610308+09:00'))).toBe(
      '2020-08-14T14:31:29.774610308+09:00',
    );
    expect(formatRfc3339Nano(parsed('2020-08-14T14:31:29.774610000+09:00'))).toBe(
      '2020-08-14T14:31:29.77461+09:00',
    );
    expect(formatRfc3339Nano(parsed('2020-08-14T14:31:29.000000000+09:00'))).toBe(
      '2020-08-14T14:31:29+09:00',
    );
    expect(formatRfc3339Nano(parsed('2020-08-14T14:31:29.000000001-05:30'))).toBe(
      '2020-08-14T14:31:29.000000001-05:30',
    );
  });

  it('prints UTC as Z', () => {
    expect(formatRfc3339Nano(inUtc(parsed('2020-08-14T14:31:29.5+09:00')))).toBe(
      '2020-08-14T05:31:29.5Z',
    );
    expect(formatRfc3339Nano(parsed('2020-08-14T05:31:29+00:00'))).toBe('2020-08-14T05:31:29Z');
  });

  it('handles dates before 1970 and across year boundaries', () => {
    expect(formatRfc3339Nano(parsed('1969-12-31T23:59:59.999999999Z'))).toBe(
      '1969-12-31T23:59:59.999999999Z',
    );
    expect(formatRfc3339Nano(inUtc(parsed('2021-01-01T08:00:00+09:00')))).toBe(
      '2020-12-31T23:00:00Z',
    );
  });
});
