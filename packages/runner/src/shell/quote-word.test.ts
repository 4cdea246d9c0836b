import { describe, expect, it } from 'vitest';
import { quotePipeline, quoteWord } from './quote-word.js';

describe('quoteWord', () => {
  it('leaves plain words bare', () => {
    expect(quoteWord('--name=web')).toBe('--name=web');
    expect(quoteWord('172.18.0.0/16')).toBe('172.18.0.0/16');
  });
  it('single-quotes words with shell characters', () => {
    expect(quoteWord('a b')).toBe(`'a b'`);
    expect(quoteWord('{print $2}')).toBe(`'{print $2}'`);
    expect(quoteWord('')).toBe(`''`);
    expect(quoteWord('#x')).toBe(`'#x'`);
  });
  it("writes ' as '\\''", () => {
    expect(quoteWord("it's")).toBe(`'it'\\''s'`);
  });
  it('quotes words that a bare stage start would drop or refuse', () => {
    expect(quoteWord('sudo')).toBe(`'sudo'`);
    expect(quoteWord('FOO=1')).toBe(`'FOO=1'`);
  });
});

describe('quotePipeline', () => {
  it('joins stages with |', () => {
    expect(quotePipeline({ stages: [['docker', 'ps'], ['grep', 'a b']] })).toBe(`docker ps | grep 'a b'`);
  });
});
