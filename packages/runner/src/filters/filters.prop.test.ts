import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILTER_NAMES, runFilter } from './run-filter.js';

const argument = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    '-n', '-c', '-v', '-i', '-E', '-F', '-o', '-w', '-x', '-e', '-k', '-t', '-d', '-f', '-s', '-u', '-r', '-l', '-A', '-C',
    '-1', '+2', '--', '-', '2', '0', '1,3', '2-', '-iE', '{print $1}', 'NR>1 {print $NF}', '/a/', '$1 ~ /x/',
    'a\\|b', '(a|b)*', '[[:alpha:]]', '\\(', '[a-', 'a{1,2}', '*', ':', '[:lower:]', 'a-z', '\\n', '--count', '--lines=2',
  ),
);

describe('filters properties', () => {
  it('property: never throw, always return an exit status', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILTER_NAMES), fc.array(argument, { maxLength: 5 }), fc.string({ maxLength: 80 }), (name, args, input) => {
        const result = runFilter(name, args, input);
        expect(typeof result.stdout).toBe('string');
        expect(typeof result.stderr).toBe('string');
        expect(Number.isInteger(result.exit)).toBe(true);
        expect(result.exit).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: cat is the identity and wc -l counts newlines', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        expect(runFilter('cat', [], input).stdout).toBe(input);
        expect(runFilter('wc', ['-l'], input).stdout).toBe(`${input.split('\n').length - 1}\n`);
      }),
    );
  });

  it('property: grep and grep -v split the lines between them', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[ab ]{0,6}$/), { maxLength: 8 }), fc.stringMatching(/^[ab.*]{1,3}$/), (lines, pattern) => {
        const input = lines.map((l) => `${l}\n`).join('');
        const selected = Number(runFilter('grep', ['-c', pattern], input).stdout);
        const rejected = Number(runFilter('grep', ['-vc', pattern], input).stdout);
        expect(selected + rejected).toBe(lines.length);
      }),
    );
  });

  it('property: sort output is a sorted permutation of its input lines', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 5 }).filter((s) => !s.includes('\n')), { maxLength: 10 }), (lines) => {
        const out = runFilter('sort', [], lines.map((l) => `${l}\n`).join('')).stdout;
        const sorted = out === '' ? [] : out.slice(0, -1).split('\n');
        expect([...sorted].sort()).toEqual([...lines].sort());
      }),
    );
  });
});
