/**
 * The host-command parser under hostile lines (extends parse-command-line.prop.test.ts):
 * unicode, lone surrogates, very long words, thousands of pipes, quotes and backslashes.
 * Always a pipeline or an error that points inside the line; the work is linear.
 */
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './parse-command-line.js';
import { fuzzRuns } from '../testing/fuzz-context.js';

const token = fc.oneof(
  fc.constantFrom(
    'docker', 'ps', '-a', ' ', '  ', '\t', '|', ' | ', '\n', '\r\n', '\\\n', '\\\r\n', '\\', "'", '"', "'a b'", '"a b"', '"\\$"',
    '"\\`"', '$', '$x', '${x}', '$(x)', '$((1))', '$?', "$'a'", '`x`', '#', ' #c', 'a#b', ';', '&', '&&', '||', '|&', '>', '2>',
    '2>&1', '<', '<<', '<<-', '(', ')', 'sudo', 'sudo -E', 'X=1', "X='1'", '=', '~', '*', '?', '[a]', '{a,b}', 'é', '🐳', '\u0000',
    '\uD800', '\uDFFF', '\u2028', '\u00A0',
  ),
  fc.string({ maxLength: 5 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

const checkShape = (line: string): void => {
  const result = parseCommandLine(line);
  if (E.isLeft(result)) {
    expect(['unsupported', 'syntax']).toContain(result.left.kind);
    expect(result.left.index).toBeGreaterThanOrEqual(0);
    expect(result.left.index).toBeLessThanOrEqual(line.length);
    expect(result.left.message.length).toBeGreaterThan(0);
  } else {
    for (const stage of result.right.stages) {
      expect(stage.length).toBeGreaterThan(0);
      for (const word of stage) expect(typeof word).toBe('string');
    }
  }
};

describe('parseCommandLine (fuzz property)', () => {
  it('property: token soup always yields a pipeline or an error inside the line', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }).map((ts) => ts.join('')), checkShape),
      { numRuns: fuzzRuns(3000) },
    );
  });

  it('property: a word of any length and content survives single quoting', () => {
    fc.assert(
      fc.property(fc.nat({ max: 20_000 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }).filter((s) => !s.includes("'")), (n, unit) => {
        const word = unit.repeat(Math.ceil(n / unit.length) + 1);
        expect(parseCommandLine(`docker inspect '${word}'`)).toEqual(E.right({ stages: [['docker', 'inspect', word]] }));
      }),
      { numRuns: fuzzRuns(30) },
    );
  });

  it('property: long hostile lines finish (no quadratic scans, no recursion)', () => {
    const huge = [
      'a | '.repeat(50_000) + 'a',
      '\\'.repeat(200_001),
      '"'.repeat(200_000),
      "'".repeat(200_001),
      '#'.repeat(200_000),
      ' '.repeat(200_000) + 'x',
      '\\\n'.repeat(100_000) + 'docker ps',
      'x$'.repeat(100_000),
      `docker ${'a'.repeat(1_000_000)}`,
      '|'.repeat(100_000),
      '\n'.repeat(100_000),
    ];
    for (const line of huge) checkShape(line);
    const pipes = parseCommandLine('a | '.repeat(50_000) + 'a');
    expect(E.isRight(pipes) && pipes.right.stages.length).toBe(50_001);
  });
});
