import { describe, expect, it } from 'vitest';
import { goQuote } from './go-quote.js';

describe('goQuote (Go strconv.Quote)', () => {
  it.each([
    ['abc', '"abc"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['tab\there\n', '"tab\\there\\n"'],
    ['\x01\x7f', '"\\x01\\x7f"'],
    ['café', '"café"'],
  ])('quotes %j as %s', (input, quoted) => {
    expect(goQuote(input)).toBe(quoted);
  });
});
