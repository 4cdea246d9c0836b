import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { normalizeOutput } from '../scenario/index.js';
import { updateExpectations, type UpdateMode } from './update-expectations.js';

const update = (text: string, outputs: Record<number, string>, mode: UpdateMode = 'stdout'): string => {
  const result = updateExpectations(text, new Map(Object.entries(outputs).map(([k, v]) => [Number(k), v])), mode);
  if (E.isLeft(result)) throw new Error(result.left);
  return result.right.text;
};

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

describe('updateExpectations --update', () => {
  it('rewrites a one-line stdout in place, keeping the comment after it', () => {
    const text = lines('# header', 'name: x', 'steps:', "  - run: docker inspect -f '{{.Name}}' c1", '    expect:', '      stdout: wrong   # keep me');
    expect(update(text, { 0: '/c1\n' })).toBe(lines('# header', 'name: x', 'steps:', "  - run: docker inspect -f '{{.Name}}' c1", '    expect:', '      stdout: /c1   # keep me'));
  });

  it('turns a one-line value into a block when the output has several lines, the comment staying on the key line', () => {
    const text = lines('steps:', '  - run: docker network ls', '    expect:', '      stdout: x  # c', '      exit: 0');
    expect(update(text, { 0: 'a  \nb\n' })).toBe(lines('steps:', '  - run: docker network ls', '    expect:', '      stdout: |  # c', '        a', '        b', '      exit: 0'));
  });

  it('rewrites a block scalar, keeping what follows it', () => {
    const text = lines('steps:', '  - run: docker ps', '    expect:', '      stdout: |', '        old', '', '      # note', '      exit: 0', '  - docker ps');
    expect(update(text, { 0: 'new 1\nnew 2\n' })).toBe(
      lines('steps:', '  - run: docker ps', '    expect:', '      stdout: |', '        new 1', '        new 2', '', '      # note', '      exit: 0', '  - docker ps'),
    );
    expect(update(text, { 0: 'one\n' })).toBe(lines('steps:', '  - run: docker ps', '    expect:', '      stdout: one', '', '      # note', '      exit: 0', '  - docker ps'));
  });

  it("keeps a block header's chomping indicator and comment", () => {
    const text = lines('steps:', '  - run: docker ps', '    expect:', '      stdout: |-   # why', '        old');
    expect(update(text, { 0: 'a\nb' })).toBe(lines('steps:', '  - run: docker ps', '    expect:', '      stdout: |-   # why', '        a', '        b'));
    expect(update(lines('steps:', '  - run: x', '    expect:', '      stdout: >', '        old'), { 0: '  a\nb' })).toBe(
      lines('steps:', '  - run: x', '    expect:', '      stdout: |2', '          a', '        b'),
    );
  });

  it('gives a block whose first line is indented an indentation indicator', () => {
    const text = lines('steps:', '  - run: docker ps', '    expect:', '      stdout: x');
    const out = update(text, { 0: '  indented\nnot\n' });
    expect(out).toBe(lines('steps:', '  - run: docker ps', '    expect:', '      stdout: |2', '          indented', '        not'));
  });

  it('quotes values YAML would read as something else, and uses JSON inside flow mappings', () => {
    const text = lines('steps:', '  - run: a', '    expect:', '      stdout: x', '  - run: b', '    expect: { stdout: x, exit: 0 }');
    expect(update(text, { 0: '3\n', 1: 'a: b\nc\n' })).toBe(lines('steps:', '  - run: a', '    expect:', '      stdout: "3"', '  - run: b', '    expect: { stdout: "a: b\\nc", exit: 0 }'));
  });

  it('leaves steps without a stdout expectation, and steps whose expectation holds, untouched', () => {
    const text = lines('steps:', '  - docker ps', '  - run: docker ps -q', '    expect:', "      stdout_matches: '^$'", '  - run: x', '    expect:', '      stdout: |', '        same   ');
    expect(update(text, { 0: 'a\n', 1: 'b\n', 2: 'same\n' })).toBe(text);
  });

  it('keeps a file without a final newline readable', () => {
    expect(update('steps:\n  - run: a\n    expect:\n      stdout: x', { 0: 'p\nq' })).toBe('steps:\n  - run: a\n    expect:\n      stdout: |\n        p\n        q\n');
  });
});

describe('updateExpectations --update=all', () => {
  it('turns a plain step into run + expect, its comment staying on the command line', () => {
    const text = lines('steps:', '  - docker network ls -q   # ids', '  - note: hi');
    expect(update(text, { 0: 'a\nb\n' }, 'all')).toBe(
      lines('steps:', '  - run: docker network ls -q   # ids', '    expect:', '      stdout: |', '        a', '        b', '  - note: hi'),
    );
  });

  it('adds expect to a mapping step, and stdout to an expect without one', () => {
    const text = lines('steps:', '  - run: docker ps', '    on: h1', '  - run: docker stop c1', '    expect:', '      exit: 0', '  - run: docker x', '    expect: {exit: 1}');
    expect(update(text, { 0: 'ps\n', 1: 'c1\n', 2: 'x\n' }, 'all')).toBe(
      lines(
        'steps:',
        '  - run: docker ps',
        '    on: h1',
        '    expect:',
        '      stdout: ps',
        '  - run: docker stop c1',
        '    expect:',
        '      exit: 0',
        '      stdout: c1',
        '  - run: docker x',
        '    expect: {exit: 1, stdout: "x"}',
      ),
    );
  });

  it('adds nothing for an empty output or a step that checks stdout another way', () => {
    const text = lines('steps:', '  - docker ps -q', '  - run: docker ps', '    expect:', '      stdout_contains: NAMES');
    expect(update(text, { 0: '\n', 1: 'CONTAINER ID   NAMES\n' }, 'all')).toBe(text);
  });

  it('keeps a quoted plain step as it was written', () => {
    const text = lines('steps:', `  - 'docker ps --format "{{.Names}}"'`);
    expect(update(text, { 0: 'c1\n' }, 'all')).toBe(lines('steps:', `  - run: 'docker ps --format "{{.Names}}"'`, '    expect:', '      stdout: c1'));
  });
});

describe('updateExpectations properties', () => {
  const output = fc
    .array(fc.oneof(fc.constantFrom('', ' x', '#y', '- z', 'a: b', '"q"', "'", '|', '>', '{a}', '[b]', '%', '@', '3', 'true', '\t t', 'NAME   ID'), fc.string(), fc.string({ unit: 'binary', maxLength: 6 })), {
      minLength: 1,
      maxLength: 4,
    })
    .map((l) => l.join('\n'));
  const base = lines('name: p', 'steps:', '  - docker ps   # one', '  - run: docker ps', '    expect:', '      stdout: old', '      exit: 0', '  - run: docker ps', '    expect: { exit: 0 }', '  # trailing comment');

  it('writes every output so that it reads back as printed, and a second update changes nothing', () => {
    fc.assert(
      fc.property(output, output, output, (a, b, c) => {
        const outputs = new Map([[0, a], [1, b], [2, c]]);
        const first = updateExpectations(base, outputs, 'all');
        expect(E.isRight(first)).toBe(true);
        if (E.isLeft(first)) return;
        const steps = (parseDocument(first.right.text).toJS() as { steps: { expect?: { stdout?: string } }[] }).steps;
        for (const [i, printed] of outputs) {
          const written = steps[i]?.expect?.stdout;
          if (normalizeOutput(printed) === '' && i !== 1) expect(written).toBeUndefined();
          else expect(normalizeOutput(written ?? '')).toBe(normalizeOutput(printed));
        }
        expect(first.right.text.includes('# one') && first.right.text.endsWith('  # trailing comment\n')).toBe(true);
        const second = updateExpectations(first.right.text, outputs, 'all');
        expect(second).toEqual(E.right({ text: first.right.text, rewritten: 0, added: 0 }));
      }),
      { numRuns: 300 },
    );
  });
});
