import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import { compileJsRegex, MAX_BACKTRACK_STEPS } from '../filters/regex/js-regex.js';
import { jsonEqual } from './json-equal.js';
import { selectJsonPath } from './json-path.js';
import { describeDifference, normalizeOutput } from './output-text.js';
import type { Expectations } from './scenario.js';

/** What a step printed. */
export interface StepOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
}

/**
 * The verdict on one expectation. `key` is the scenario's own key (`exit`, `stdout`,
 * `stdout_contains`, …; `json <path>` for each json entry); `message` says what held or,
 * on failure, what differed.
 */
export interface ExpectationResult {
  readonly key: string;
  readonly ok: boolean;
  readonly message: string;
}

const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));

const exact = (key: 'stdout' | 'stderr', expected: string, actual: string): ExpectationResult => {
  const difference = describeDifference(key, normalizeOutput(expected), normalizeOutput(actual));
  return difference === undefined
    ? { key, ok: true, message: `${key} as expected` }
    : { key, ok: false, message: difference };
};

const contains = (key: 'stdout_contains' | 'stderr_contains', stream: string, needle: string, actual: string): ExpectationResult =>
  actual.includes(needle)
    ? { key, ok: true, message: `${stream} contains ${JSON.stringify(needle)}` }
    : { key, ok: false, message: `${stream} does not contain ${JSON.stringify(needle)}` };

/**
 * Checks every expectation a step gives against what it printed, in a fixed order: exit,
 * stdout, stdout_contains (one result per string), stdout_matches, stderr,
 * stderr_contains, then one result per json path.
 *
 * @example
 * checkExpectations({ exit: 0, stdoutContains: ['bridge'] }, { stdout: 'bridge\n', stderr: '', exit: 0 })
 * // [{ key: 'exit', ok: true, … }, { key: 'stdout_contains', ok: true, … }]
 */
export const checkExpectations = (expect: Expectations, output: StepOutput): ExpectationResult[] => {
  const results: ExpectationResult[] = [
    output.exit === expect.exit
      ? { key: 'exit', ok: true, message: `exit status ${output.exit}` }
      : { key: 'exit', ok: false, message: `exit status ${output.exit}, expected ${expect.exit}` },
  ];
  if (expect.stdout !== undefined) results.push(exact('stdout', expect.stdout, output.stdout));
  for (const needle of expect.stdoutContains ?? []) results.push(contains('stdout_contains', 'stdout', needle, output.stdout));
  if (expect.stdoutMatches !== undefined) {
    const { source, flags } = expect.stdoutMatches;
    // Checked at load time already. Matched against the output as `stdout` compares it
    // (trailing spaces and final newlines trimmed), so `^…$` works; on the linear-time
    // matcher, so no pattern can make a replay hang (docs/scenario-format.md).
    const compiled = compileJsRegex(source, flags);
    const verdict = E.isRight(compiled) ? compiled.right.test(normalizeOutput(output.stdout)) : 'no-match';
    const ok = verdict === 'match';
    const message =
      verdict === 'gave-up'
        ? `stdout_matches gave up after ${MAX_BACKTRACK_STEPS} backtracking steps on /${source}/${flags}; simplify the pattern (back-references and lookaround backtrack)`
        : `stdout ${ok ? 'matches' : 'does not match'} /${source}/${flags}`;
    results.push({ key: 'stdout_matches', ok, message });
  }
  if (expect.stderr !== undefined) results.push(exact('stderr', expect.stderr, output.stderr));
  for (const needle of expect.stderrContains ?? []) results.push(contains('stderr_contains', 'stderr', needle, output.stderr));
  if (expect.json !== undefined && expect.json.length > 0) {
    let document: unknown;
    let parseError: string | undefined;
    try {
      document = JSON.parse(output.stdout);
    } catch (error: unknown) {
      parseError = error instanceof Error ? error.message : String(error);
    }
    for (const { path, segments, expected } of expect.json) {
      const key = `json ${path}`;
      if (parseError !== undefined) {
        results.push({ key, ok: false, message: `stdout is not JSON (${parseError})` });
        continue;
      }
      const selected = selectJsonPath(document, segments);
      if (O.isNone(selected)) {
        results.push({ key, ok: false, message: `${path} selects nothing in stdout's JSON` });
      } else if (jsonEqual(selected.value, expected)) {
        results.push({ key, ok: true, message: `${path} = ${show(expected)}` });
      } else {
        results.push({ key, ok: false, message: `${path}: expected ${show(expected)}, got ${show(selected.value)}` });
      }
    }
  }
  return results;
};
