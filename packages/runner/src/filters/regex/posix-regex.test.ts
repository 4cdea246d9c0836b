import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { compilePosixRegex, type PosixRegex, type PosixRegexOptions } from './posix-regex.js';

const compile = (pattern: string, options: Partial<PosixRegexOptions> = {}): PosixRegex => {
  const result = compilePosixRegex([pattern], { syntax: 'basic', ...options });
  if (E.isLeft(result)) throw new Error(result.left);
  return result.right;
};
const failure = (pattern: string, syntax: PosixRegexOptions['syntax'] = 'basic'): string => {
  const result = compilePosixRegex([pattern], { syntax });
  if (E.isRight(result)) throw new Error(`expected ${pattern} to fail`);
  return result.left;
};
const ere = (pattern: string, options: Partial<PosixRegexOptions> = {}): PosixRegex => compile(pattern, { syntax: 'extended', ...options });

describe('BRE (grep default)', () => {
  it('uses \\( \\) \\| \\{ \\} \\+ \\? as operators and ( ) | { } + ? as literals', () => {
    expect(compile('a\\(b\\|c\\)\\+d').matches('xabcbd')).toEqual(['abcbd']);
    expect(compile('a\\{2,3\\}').matches('aaaa')).toEqual(['aaa']);
    expect(compile('b\\?c').matches('ac')).toEqual(['c']);
    expect(compile('(a|b)+{1}').test('(a|b)+{1}')).toBe(true);
    expect(compile('(a|b)').test('a')).toBe(false);
  });
  it('treats * at the start (or after ^ or \\() as a literal', () => {
    expect(compile('*a').test('x*a')).toBe(true);
    expect(compile('*a').test('a')).toBe(false);
    expect(compile('^*a').test('*a')).toBe(true);
    expect(compile('\\(*a\\)').test('a')).toBe(false);
  });
  it('anchors ^ and $ only at the ends of an expression', () => {
    expect(compile('a^b$c').test('a^b$c')).toBe(true);
    expect(compile('^ab$').test('ab')).toBe(true);
    expect(compile('a\\|^b').test('xb')).toBe(false);
    expect(compile('\\(^a\\)').test('a')).toBe(true);
  });
  it('reports GNU messages for bad patterns', () => {
    expect(failure('\\(')).toBe('Unmatched ( or \\(');
    expect(failure('\\)')).toBe('Unmatched ) or \\)');
    expect(failure('[a')).toBe('Unmatched [, [^, [:, [., or [=');
    expect(failure('a\\{1')).toBe('Unmatched \\{');
    expect(failure('a\\{1,x\\}')).toBe('Invalid content of \\{\\}');
    expect(failure('a\\{3,1\\}')).toBe('Invalid content of \\{\\}');
    expect(failure('a\\{99999\\}')).toBe('Regular expression too big');
    expect(failure('[z-a]')).toBe('Invalid range end');
    expect(failure('[[:foo:]]')).toBe('Invalid character class name');
    expect(failure('[:space:]')).toBe('character class syntax is [[:space:]], not [:space:]');
    expect(failure('[[.hyphen.]]')).toBe('Invalid collation character');
    expect(failure('a\\')).toBe('Trailing backslash');
    expect(failure('\\1')).toBe('Invalid back reference');
    expect(failure('\\(a\\)\\1')).toBe('back-references (\\1 … \\9) are not supported by docknet');
  });
});

describe('ERE (grep -E, awk)', () => {
  it('uses ( ) | { } + ? as operators', () => {
    expect(ere('^(web|db) [0-9]+$').test('web 10')).toBe(true);
    expect(ere('a{,2}b').matches('aaab')).toEqual(['aab']);
    expect(ere('colou?r').test('color')).toBe(true);
  });
  it('keeps an invalid interval and a lone ) literal', () => {
    expect(ere('a{1').test('a{1')).toBe(true);
    expect(ere('a)').test('a)')).toBe(true);
    expect(failure('a{2,1}', 'extended')).toBe('Invalid content of \\{\\}');
    expect(failure('(', 'extended')).toBe('Unmatched ( or \\(');
  });
  it('ignores a leading repetition operator, with GNU 3.8 warnings', () => {
    const re = ere('*a');
    expect(re.test('a')).toBe(true);
    expect(re.warnings).toEqual(['* at start of expression']);
    expect(ere('+a').warnings).toEqual(['+ at start of expression']);
    expect(ere('{1}a').warnings).toEqual(['{...} at start of expression']);
  });
  it('matches the empty group and empty alternatives', () => {
    expect(ere('()').test('x')).toBe(true);
    expect(ere('a|').test('x')).toBe(true);
  });
});

describe('matching', () => {
  it('returns leftmost-longest matches, as POSIX and grep -o', () => {
    expect(ere('a|ab|abc').matches('abcd')).toEqual(['abc']);
    expect(ere('x*').matches('axxb')).toEqual(['xx']);
    expect(compile('b*').matches('abcabc')).toEqual(['b', 'b']);
  });
  it('supports bracket expressions, classes and GNU escapes', () => {
    expect(compile('[]a]').test(']')).toBe(true);
    expect(compile('[^[:space:]]\\{3\\}').matches('ab cde')).toEqual(['cde']);
    expect(compile('[\\]').test('\\')).toBe(true);
    expect(compile('\\w\\+').matches('a_1-b')).toEqual(['a_1', 'b']);
    expect(compile('\\s').test('a b')).toBe(true);
    expect(compile('[[.-.]]').test('-')).toBe(true);
    expect(compile('[[=e=]]').test('e')).toBe(true);
  });
  it('supports word anchors', () => {
    expect(compile('\\<b').matches('ab b')).toEqual(['b']);
    expect(compile('o\\>').matches('foo fo')).toEqual(['o', 'o']);
    expect(compile('\\bfoo\\b').test('foobar')).toBe(false);
    expect(compile('\\Boo').test('foo')).toBe(true);
  });
  it('honours ignoreCase, wholeWord and wholeLine', () => {
    expect(compile('web', { ignoreCase: true }).test('WEB')).toBe(true);
    expect(compile('[^a]', { ignoreCase: true }).test('A')).toBe(false);
    expect(compile('foo', { wholeWord: true }).matches('foobar foo')).toEqual(['foo']);
    expect(compile('db 9', { wholeLine: true }).test('db 90')).toBe(false);
  });
  it('reads fixed strings literally', () => {
    expect(compile('a.b*', { syntax: 'fixed' }).test('a.b*')).toBe(true);
    expect(compile('a.b*', { syntax: 'fixed' }).test('axbb')).toBe(false);
  });
  it('stays linear on patterns that make backtracking engines hang', () => {
    const line = `${'a'.repeat(5000)}!`;
    expect(ere('(a|a)*b').test(line)).toBe(false);
    expect(ere('(a*)*b').test(line)).toBe(false);
    expect(ere('(a|aa)+$').test(line)).toBe(false);
    expect(compile('\\(.*a\\)\\{1,20\\}x').test(line)).toBe(false);
  });
  it('bounds the size of a compiled pattern', () => {
    expect(E.isLeft(compilePosixRegex(['(a{1000}){1000}'], { syntax: 'extended' }))).toBe(true);
    expect(E.isLeft(compilePosixRegex(['a'.repeat(10_001)], { syntax: 'basic' }))).toBe(true);
  });
  it('handles several patterns as alternatives, and none as matching nothing', () => {
    const both = compilePosixRegex(['web', 'db'], { syntax: 'basic' });
    expect(E.isRight(both) && both.right.test('a db')).toBe(true);
    const none = compilePosixRegex([], { syntax: 'basic' });
    expect(E.isRight(none) && none.right.test('x')).toBe(false);
  });
  it('matches characters outside the BMP as one character', () => {
    expect(compile('^.$').test('😀')).toBe(true);
  });
});
