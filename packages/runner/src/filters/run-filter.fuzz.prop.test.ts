/**
 * Text filters under hostile arguments and input (extends filters.prop.test.ts): regexes
 * built to make a backtracking engine explode, deep nesting, huge counts and ranges, long
 * inputs. Every call returns GNU-shaped output and a status; none recurses per input line
 * or per nesting level deep enough to overflow, none takes super-linear time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILTER_NAMES, runFilter, type FilterName } from './run-filter.js';
import { fuzzRuns } from '../testing/fuzz-context.js';

const regexPiece = fc.constantFrom(
  'a', 'b', '.', '*', '+', '?', '|', '(', ')', '\\(', '\\)', '\\|', '[', ']', '[^a]', '[[:alpha:]]', '[[:nope:]]', '{', '}',
  '{2}', '{1,3}', '\\{1,2\\}', '{99999}', '^', '$', '\\', '\\1', '\\<', '\\>', '\\b', '\\w', 'é', '🐳', '-', ',',
);
const regex = fc.array(regexPiece, { maxLength: 12 }).map((ps) => ps.join(''));

const argument = fc.oneof(
  regex,
  fc.constantFrom(
    '-E', '-F', '-i', '-v', '-c', '-o', '-w', '-x', '-n', '-e', '-m', '-A', '-B', '-C', '-f', '-d', '-s', '-k', '-t', '-u', '-r',
    '-n99999999999999999999', '-n-1', '-n+0', '-c0', '-k0', '-k1,1', '-k2n', '-f1-', '-f-999999999', '-f1,1,1', '-d\'\'',
    '-b1-3', '-c1-', '--lines=9e9', '-F:', '{print $99999999}', '{print $(-1)}', 'NR==1', '/(a*)*b/', '{print $NF}', 'a-z',
    '[:upper:]', '\\\\', '\\n', '\\0', '-cd', '-s', 'constructor', '__proto__',
  ),
  fc.string({ maxLength: 6 }),
);

const input = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.array(fc.stringMatching(/^[ab: \t]{0,12}$/), { maxLength: 20 }).map((ls) => ls.map((l) => `${l}\n`).join('')),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const expectShaped = (name: FilterName, args: readonly string[], text: string): void => {
  const r = runFilter(name, args, text);
  expect(typeof r.stdout).toBe('string');
  expect(typeof r.stderr).toBe('string');
  expect(Number.isInteger(r.exit) && r.exit >= 0 && r.exit <= 255).toBe(true);
  expect(r.stderr).not.toMatch(/\bundefined\b|\[object |NaN|TypeError|RangeError|internal error/);
  // GNU tools name themselves on stderr.
  if (r.stderr !== '') expect(r.stderr).toMatch(new RegExp(`^(${name === 'egrep' || name === 'fgrep' ? 'grep' : name}|awk|[Uu]sage):`));
};

describe('text filters (fuzz property)', () => {
  it('property: any filter, arguments and input: shaped output, no exception', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILTER_NAMES), fc.array(argument, { maxLength: 5 }), input, expectShaped),
      { numRuns: fuzzRuns(3000) },
    );
  });

  it('property: grep -E and awk regexes stay linear on catastrophic patterns', () => {
    const catastrophic = fc.constantFrom('(a*)*b', '(a|a)*b', '(a|aa)*c', '(.*a){20}', '((a+)+)+b', '(a?){30}a{30}', '(x+x+)+y');
    fc.assert(
      fc.property(catastrophic, fc.nat({ max: 3000 }), (pattern, n) => {
        const line = `${'a'.repeat(n)}\n`;
        expectShaped('grep', ['-E', pattern], line);
        expectShaped('grep', ['-cE', pattern], line);
        expectShaped('awk', [`/${pattern}/ {print "hit"}`], line);
      }),
      { numRuns: fuzzRuns(20) },
    );
  });

  it('property: deep nesting and huge repetition counts are refused or matched, never overflow', () => {
    for (const depth of [1_000, 4_999]) {
      const nested = `${'('.repeat(depth)}a${')'.repeat(depth)}`;
      expectShaped('grep', ['-E', nested], 'a\n');
      expectShaped('grep', ['-E', '('.repeat(depth)], 'a\n');
      expectShaped('grep', [`${'\\('.repeat(depth)}a${'\\)'.repeat(depth)}`], 'a\n');
      expectShaped('awk', [`{print ${'('.repeat(depth)}1${')'.repeat(depth)}}`], 'a\n');
    }
    expectShaped('grep', ['-E', 'a{255}{255}{255}'], 'a\n');
    expectShaped('grep', ['-E', `${'a|'.repeat(20_000)}a`], 'a\n');
    expectShaped('grep', ['-e', 'a\n'.repeat(300_000)], 'a\n');
    // Sets that expand past every code point, or to a huge repeat, are refused in words.
    for (const args of [['', 'a-🐳'], ['\\0-\u{10FFFF}', 'x'], ['a', '[b*99999999]'], ['[a*99999999999999999999]', 'b'], ['a-z', '[x*]']]) {
      expectShaped('tr', args, 'abc\n');
    }
    expect(runFilter('tr', ['a-c', '[x*]'], 'abcd\n').stdout).toBe('xxxd\n');
    expect(runFilter('tr', ['abc', 'x[y*]z'], 'abc\n').stdout).toBe('xyz\n');
  });

  it('property: long inputs go through every filter', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `row ${i % 997} ${i}:${i % 7}`);
    const text = `${lines.join('\n')}\n`;
    const calls: Array<[FilterName, string[]]> = [
      ['sort', ['-k2n']], ['sort', ['-u']], ['uniq', ['-c']], ['grep', ['-c', '9']], ['grep', ['-oE', '[0-9]+']], ['head', ['-n', '-1']],
      ['tail', ['-n', '+2']], ['wc', []], ['cut', ['-d:', '-f2']], ['tr', ['a-z', 'A-Z']], ['awk', ['{print $NF}']], ['cat', []],
    ];
    for (const [name, args] of calls) expectShaped(name, args, text);
    expect(runFilter('wc', ['-l'], text).stdout).toBe('100000\n');
    expect(runFilter('wc', ['-l'], `${'x'.repeat(2_000_000)}\n`).stdout).toBe('1\n');
  });
});
