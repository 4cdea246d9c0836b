import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING } from './parse-posix-regex.js';
import { compilePosixRegex } from './posix-regex.js';

const ere = (pattern: string) => compilePosixRegex([pattern], { syntax: 'extended' });
const bre = (pattern: string) => compilePosixRegex([pattern], { syntax: 'basic' });

describe('regex nesting limits', () => {
  it('accepts groups nested up to MAX_NESTING and refuses deeper ones with GNU words', () => {
    const nested = (depth: number) => `${'('.repeat(depth)}a${')'.repeat(depth)}`;
    const ok = ere(nested(MAX_NESTING));
    expect(E.isRight(ok) && ok.right.test('xa')).toBe(true);
    expect(ere(nested(MAX_NESTING + 1))).toEqual(E.left('Regular expression too big'));
    expect(bre(`${'\\('.repeat(MAX_NESTING + 1)}a${'\\)'.repeat(MAX_NESTING + 1)}`)).toEqual(E.left('Regular expression too big'));
  });

  it('folds stacked *, + and ? into one repetition of the same language', () => {
    const stars = ere(`a${'*'.repeat(5000)}b`);
    expect(E.isRight(stars) && stars.right.matches('xaaab')).toEqual(['aaab']);
    const plusQ = ere('(ab)+?c');
    expect(E.isRight(plusQ) && [plusQ.right.test('c'), plusQ.right.test('ababc')]).toEqual([true, true]);
    const qPlus = ere('a?+b');
    expect(E.isRight(qPlus) && qPlus.right.matches('aab')).toEqual(['aab']);
    const plusPlus = ere('a++b');
    expect(E.isRight(plusPlus) && [plusPlus.right.test('b'), plusPlus.right.test('ab')]).toEqual([false, true]);
  });

  it('refuses more than MAX_NESTING stacked intervals, and reads BRE intervals to the first \\}', () => {
    expect(ere(`a${'{1}'.repeat(MAX_NESTING + 2)}`)).toEqual(E.left('Regular expression too big'));
    const many = bre('a\\{1\\}'.repeat(1500));
    expect(E.isRight(many) && many.right.test('a'.repeat(1500))).toBe(true);
    expect(bre('a\\{1')).toEqual(E.left('Unmatched \\{'));
    expect(bre('a\\{x\\}')).toEqual(E.left('Invalid content of \\{\\}'));
  });
});
