import { describe, expect, it } from 'vitest';
import { formatContainerTime, formatCreated, goTimeString, instantOf, truncateToSeconds, ZERO_TIME } from './docker-time.js';

describe('Docker timestamps', () => {
  it('prints a network Created in the offset it was stored with, RFC3339Nano', () => {
    expect(formatCreated('2020-08-14T14:31:29.774610308+09:00')).toBe('2020-08-14T14:31:29.774610308+09:00');
    expect(formatCreated('2020-08-14T14:31:29.500000000Z')).toBe('2020-08-14T14:31:29.5Z');
    expect(formatCreated('not a time')).toBe('not a time');
  });

  it('prints container times in UTC, and the zero time as Go does', () => {
    expect(formatContainerTime('2020-08-14T14:31:29.1+09:00')).toBe('2020-08-14T05:31:29.1Z');
    expect(formatContainerTime(ZERO_TIME)).toBe('0001-01-01T00:00:00Z');
  });

  it("formats Go's time.Time.String for the CLI's CreatedAt", () => {
    const kst = instantOf('2020-08-14T14:31:29.25+09:00');
    const utc = instantOf('2020-08-14T05:31:29Z');
    expect(kst && goTimeString(kst)).toBe('2020-08-14 14:31:29.25 +0900 +0900');
    expect(kst && goTimeString(truncateToSeconds(kst))).toBe('2020-08-14 14:31:29 +0900 +0900');
    expect(utc && goTimeString(utc)).toBe('2020-08-14 05:31:29 +0000 UTC');
  });
});
