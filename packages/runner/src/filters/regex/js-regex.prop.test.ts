import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileJsRegex } from './js-regex.js';
import { fuzzRuns } from '../../testing/fuzz-context.js';

/** Patterns over a small alphabet, from every construct the linear engine supports. */
const pattern: fc.Arbitrary<string> = fc.letrec<{ alt: string; seq: string; atom: string }>((tie) => ({
  alt: fc.array(tie('seq'), { minLength: 1, maxLength: 2 }).map((xs) => xs.join('|')),
  seq: fc.array(
    fc.tuple(tie('atom'), fc.constantFrom('', '', '*', '+', '?', '*?', '+?', '{2}', '{1,2}', '{0,}', '{2,3}?')).map(([a, q]) =>
      /^(\^|\$|\\b|\\B)$/.test(a) ? a : a + q,
    ),
    { maxLength: 3 },
  ).map((xs) => xs.join('')),
  atom: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('a', 'b', 'A', ' ', '.', '\\n', '\\.', '[ab]', '[^a]', '[a-c]', '[\\d\\s]', '[^\\w]', '\\d', '\\w', '\\s', '\\W', '\\S',
      '^', '$', '\\b', '\\B', '\\x61', '\\u0062', '[\\b]', '\\/', '{', 'a{', '[-a]', '[a-]'),
    tie('alt').map((x) => `(${x})`),
    tie('alt').map((x) => `(?:${x})`),
  ),
  // Short patterns only: V8's own engine is the oracle here, and a long generated pattern
  // with nested quantifiers sends it into exactly the exponential search docknet avoids.
})).alt.filter((p) => p.length <= 40);

/** The same grammar plus back-references and lookaround, for the backtracking matcher. */
const backtrackingPattern: fc.Arbitrary<string> = fc
  .tuple(pattern, fc.constantFrom('\\1', '(?=a)', '(?!b)', '(?<=a)', '(?<!b)', '\\k<g>', '(?=(a))\\2'), pattern)
  .map(([a, extra, b]) => `(?<g>${a})${extra}${b}`);

const subject = fc.array(fc.constantFrom('a', 'b', 'A', 'B', ' ', '\n', '1', '.', '\r', '_'), { maxLength: 12 }).map((xs) => xs.join(''));

describe('compileJsRegex (property)', () => {
  it('property: agrees with JavaScript RegExp.test on every supported pattern', () => {
    fc.assert(
      fc.property(pattern, fc.subarray(['i', 'm', 's']).map((f) => f.join('')), subject, (source, flags, text) => {
        let native: RegExp;
        try {
          native = new RegExp(source, flags);
        } catch {
          return; // not valid JavaScript (the loader refuses it before we get here)
        }
        const compiled = compileJsRegex(source, flags);
        if (E.isLeft(compiled)) throw new Error(compiled.left);
        expect(compiled.right.engine).toBe('linear');
        expect(compiled.right.test(text)).toBe(native.test(text) ? 'match' : 'no-match');
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });

  it('property: the backtracking matcher agrees with RegExp.test on back-references and lookaround', () => {
    fc.assert(
      fc.property(backtrackingPattern, fc.subarray(['i', 'm', 's']).map((f) => f.join('')), subject, (source, flags, text) => {
        let native: RegExp;
        try {
          native = new RegExp(source, flags);
        } catch {
          return;
        }
        const compiled = compileJsRegex(source, flags, 200_000);
        if (E.isLeft(compiled)) {
          expect(compiled.left).toMatch(/no group|only \d+ groups/);
          return;
        }
        expect(compiled.right.engine).toBe('backtracking');
        const verdict = compiled.right.test(text);
        // Nested quantifiers can need exponentially many steps; giving up is the bound working.
        if (verdict !== 'gave-up') expect(verdict).toBe(native.test(text) ? 'match' : 'no-match');
      }),
      { numRuns: fuzzRuns(500) },
    );
  });

  it('refuses property escapes and references to missing groups by name', () => {
    for (const [source, what] of [
      ['\\p{L}', 'Unicode property'],
      ['a\\2', 'only 0 groups'],
      ['(?<x>a)\\k<y>', 'no group'],
    ] as const) {
      const compiled = compileJsRegex(source, '');
      expect(E.isLeft(compiled) && compiled.left).toContain(what);
    }
  });

  it('gives up on an exponential backtracking search after the step budget, deterministically', () => {
    const compiled = compileJsRegex('^(a|a)*\\1b', '', 100_000);
    if (E.isLeft(compiled)) throw new Error(compiled.left);
    expect(compiled.right.engine).toBe('backtracking');
    expect(compiled.right.test('a'.repeat(60))).toBe('gave-up');
    expect(compiled.right.test('aab')).toBe('match');
    const long = compileJsRegex('(x)(?=y)', '');
    expect(E.isRight(long) && long.right.test(`${'x'.repeat(200_000)}y`)).toBe('match');
  });

  it('matches the catastrophic patterns of a backtracking engine in linear time', () => {
    const text = `${'a'.repeat(50_000)}!`;
    for (const source of ['^(a+)+$', '(a|a)*b', '(a|aa)+$', '(.*a){12}$', '^(\\w+\\s?)*$']) {
      const compiled = compileJsRegex(source, '');
      expect(E.isRight(compiled) && compiled.right.test(text)).toBe('no-match');
    }
    const big = compileJsRegex('(a{1000}){1000}', '');
    expect(E.isLeft(big) && big.left).toContain('too big');
  });

  it('keeps the flags: m for line anchors, s for dot-all, i for case', () => {
    const t = (source: string, flags: string, text: string): boolean => {
      const c = compileJsRegex(source, flags);
      if (E.isLeft(c)) throw new Error(c.left);
      return c.right.test(text) === 'match';
    };
    expect(t('^b$', '', 'a\nb')).toBe(false);
    expect(t('^b$', 'm', 'a\nb')).toBe(true);
    expect(t('a.b', '', 'a\nb')).toBe(false);
    expect(t('a.b', 's', 'a\nb')).toBe(true);
    expect(t('WEB', 'i', 'web')).toBe(true);
    expect(t('^[0-9a-f]{64}$', '', 'f'.repeat(64))).toBe(true);
    expect(t('^[0-9a-f]{64}$', '', 'f'.repeat(65))).toBe(false);
  });
});
