/**
 * The scenario loader under random YAML mutations of every real scenario in scenarios/
 * (extends parse-scenario.prop.test.ts, which mutates one built-in text): deleted,
 * duplicated and swapped lines, re-indentation, YAML tricks (anchors, aliases, merge keys,
 * tags, flow collections, documents), hostile scalars. A mutated file either loads (and then
 * replays without an exception) or is refused with `file:line:col: message` errors that
 * point inside the file. Also: alias bombs, and tags that would read other files.
 */
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expandScenarioPaths, loadScenario } from './load-scenario.js';
import { formatScenarioError } from './scenario-error.js';
import { replayScenario } from '../replay/replay-scenario.js';
import { renderTranscript } from '../replay/transcript.js';
import { fuzzRuns } from '../testing/fuzz-context.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const files = (() => {
  const listed = expandScenarioPaths([join(repoRoot, 'scenarios')]);
  if (E.isLeft(listed)) throw new Error(listed.left.map(formatScenarioError).join('\n'));
  return listed.right.map((path) => ({ file: relative(repoRoot, path), text: readFileSync(path, 'utf8') }));
})();

const JS_LEAK = /\bundefined\b|\[object |TypeError|RangeError|internal error|Maximum call stack/g;

/**
 * JavaScript internals leaking into a message, ignoring words the scenario itself contains
 * (an error may quote its text, and Docker's own messages say "undefined behavior").
 */
const leaks = (message: string, source: string): string[] =>
  [...message.matchAll(JS_LEAK)].map((m) => m[0]).filter((word) => !source.includes(word));

/** Hostile fragments a hand-written YAML file can contain. */
const fragment = fc.oneof(
  fc.constantFrom(
    ':', ': ', '- ', '-', '{', '}', '[', ']', ',', '"', "'", '|', '>', '|-', '>+', '#', '&a ', '*a', '<<: *a', '? ', '!!str ',
    '!!int ', '!!binary ', '!!map ', '!include /etc/passwd ', '!!js/function ', '!<tag:yaml.org,2002:str> ', '%YAML 1.2\n',
    '---\n', '...\n', '\t', '\n', '\n  ', '\n    - ', '\r\n', '\uFEFF', '~', 'null', 'true', '0x1F', '1e999', '-.inf', '.nan',
    '20.10', '"20.10"', '0o17', '2020-01-01', 'docker run -d busybox', 'run: ', 'expect: ', 'stdout_matches: "(a+)+$"',
    'json: {"[0]": 1}', 'exit: 256', 'on: nowhere', 'note: ', 'engine: "99"', 'seed: -1', 'name: ', 'steps: []', '\u0000',
    '\u2028', '🐳', 'x'.repeat(300),
  ),
  fc.string({ maxLength: 6 }),
);

type Edit =
  | { readonly op: 'splice'; readonly at: number; readonly length: number; readonly insert: string }
  | { readonly op: 'dupLine' | 'dropLine' | 'indent' | 'dedent'; readonly line: number }
  | { readonly op: 'swapLines'; readonly line: number; readonly other: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('splice' as const), at: fc.nat(), length: fc.nat({ max: 16 }), insert: fragment }),
  fc.record({ op: fc.constantFrom('dupLine' as const, 'dropLine' as const, 'indent' as const, 'dedent' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swapLines' as const), line: fc.nat(), other: fc.nat() }),
);

const apply = (text: string, e: Edit): string => {
  if (e.op === 'splice') {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + e.insert + text.slice(at + e.length);
  }
  const lines = text.split('\n');
  const i = e.line % lines.length;
  const line = lines[i] ?? '';
  switch (e.op) {
    case 'dupLine':
      lines.splice(i, 0, line);
      break;
    case 'dropLine':
      lines.splice(i, 1);
      break;
    case 'indent':
      lines[i] = `  ${line}`;
      break;
    case 'dedent':
      lines[i] = line.replace(/^ {1,2}/, '');
      break;
    case 'swapLines': {
      const j = e.other % lines.length;
      lines[i] = lines[j] ?? '';
      lines[j] = line;
      break;
    }
  }
  return lines.join('\n');
};

/** Loads `text` as `file`; a success is replayed (bounded) and rendered. */
const checkLoad = (file: string, text: string): void => {
  const loaded = loadScenario({ file, text });
  if (E.isLeft(loaded)) {
    expect(loaded.left.length).toBeGreaterThan(0);
    const lineCount = text.split(/\r?\n|\r|\u2028|\u2029/).length;
    for (const error of loaded.left) {
      expect(error.file).toBe(file);
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.line).toBeLessThanOrEqual(lineCount + 1);
      expect(error.column).toBeGreaterThanOrEqual(1);
      expect(error.message.trim()).not.toBe('');
      expect(leaks(error.message, text)).toEqual([]);
    }
    return;
  }
  const outcome = replayScenario(loaded.right);
  expect(outcome.steps.length).toBe(loaded.right.steps.length);
  expect(typeof renderTranscript(outcome, true)).toBe('string');
};

describe('scenario loader (fuzz property)', () => {
  it('has real scenarios to mutate, and each loads as it is', () => {
    expect(files.length).toBeGreaterThan(3);
    for (const { file, text } of files) expect(E.isRight(loadScenario({ file, text }))).toBe(true);
  });

  it('property: random mutations of every real scenario load, or fail at file:line:col', () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.array(edit, { minLength: 1, maxLength: 5 }), ({ file, text }, edits) => {
        checkLoad(file, edits.reduce(apply, text));
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('property: arbitrary bytes as a scenario file never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        checkLoad('noise.yaml', text);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('refuses alias bombs with a position, without expanding them', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'name: bomb',
      'steps:',
      '  - run: docker network ls',
      '    expect:',
      '      json:',
      '        "[0]": *f',
      '  - *f',
    ].join('\n');
    const loaded = loadScenario({ file: 'bomb.yaml', text: bomb });
    expect(E.isLeft(loaded)).toBe(true);
    if (E.isLeft(loaded)) for (const error of loaded.left) expect(leaks(error.message, bomb)).toEqual([]);
  });

  it('reads no other file: include-like tags are refused as unknown keys or tags', () => {
    for (const text of [
      'name: x\nsteps: !include /etc/passwd\n',
      'name: !include ../../etc/hostname\nsteps: [docker ps]\n',
      'name: x\n$ref: /etc/passwd\nsteps: [docker ps]\n',
      'name: x\ninclude: ../other.yaml\nsteps: [docker ps]\n',
      'name: x\nsteps:\n  - docker run --env-file /etc/passwd -d busybox\n',
    ]) {
      const loaded = loadScenario({ file: 'inc.yaml', text });
      if (E.isRight(loaded)) {
        // Only the env-file case loads; docknet never opens the file it names.
        const outcome = replayScenario(loaded.right);
        expect(outcome.steps[0]?.result?.stderr ?? '').not.toContain('root:');
      } else {
        for (const error of loaded.left) expect(error.line).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
