import * as E from 'fp-ts/lib/Either.js';
import type { FilterResult } from '../filter-result.js';
import { splitLines } from '../lines.js';
import { compilePosixRegex } from '../regex/posix-regex.js';
import { GREP_USAGE, readGrepArguments, type GrepSettings } from './grep-options.js';

const STDIN_LABEL = '(standard input)';

/** What reading one input produced. */
interface InputResult {
  readonly out: string;
  readonly selected: boolean;
}

/**
 * GNU grep over the piped input: `-i -v -E -F -G -c -o -w -x -n -q -s -l -L -h -H -m N
 * -A/-B/-C N -NUM -e PATTERN` (bundled or long forms), `--color` (no effect: output is
 * never a terminal here). File operands other than `-` do not exist on the simulated
 * host and get GNU's "No such file or directory".
 *
 * Exit status as GNU: 0 a line was selected, 1 none, 2 an error (bad usage, bad regex,
 * missing file) unless `-q` already selected a line. Messages and warnings are GNU grep
 * 3.8's. Options GNU has but a pipe cannot use (`-r`, `-f FILE`, `-P`, `-b`, `-Z`, …) are
 * refused as "not supported by docknet" (exit 2).
 *
 * Known divergence: with `-w`, a match must simply not touch word characters (POSIX
 * leftmost-longest among such matches); GNU's retry heuristic can pick different parts
 * in rare `-o -w` cases whose pattern matches punctuation.
 *
 * @example
 * grep(['-i', 'ipaddress'], '"IPAddress": "172.17.0.2",\n"Gateway": ""\n')
 * // { stdout: '"IPAddress": "172.17.0.2",\n', stderr: '', exit: 0 }
 */
export const grep = (args: readonly string[], input: string): FilterResult => {
  const read = readGrepArguments(args);
  if (E.isLeft(read)) return read.left;
  const settings = read.right;
  if (settings.help) {
    return { stdout: `${GREP_USAGE}\nSearch for PATTERNS in each FILE.\n`, stderr: '', exit: 0 };
  }
  const compiled = compilePosixRegex(settings.patterns, {
    syntax: settings.syntax,
    ignoreCase: settings.ignoreCase,
    wholeWord: settings.wordRegexp,
    wholeLine: settings.lineRegexp,
  });
  if (E.isLeft(compiled)) return { stdout: '', stderr: `grep: ${compiled.left}\n`, exit: 2 };
  const regex = compiled.right;
  const warnings = regex.warnings.map((w) => `grep: warning: ${w}\n`).join('');
  // GNU exits at once, printing nothing (not even -c's 0), when no line can be selected:
  // -m 0, or -v with the empty pattern (which matches every line).
  const unselectable =
    settings.maxCount === 0 || (settings.invert && settings.patterns.every((p) => p === '') && !settings.lineRegexp && !settings.wordRegexp);
  if (unselectable) return { stdout: '', stderr: warnings, exit: 1 };

  const files = settings.files.length === 0 ? ['-'] : settings.files;
  const withFilename = settings.withFilename ?? files.length > 1;
  let stdout = '';
  let stderr = warnings;
  let anySelected = false;
  // Standard input can be read once; a second `-` operand finds it at end of file.
  let stdin: string | undefined = input;
  let error = false;
  for (const file of files) {
    if (file !== '-') {
      error = true;
      if (!settings.noMessages) stderr += `grep: ${file}: No such file or directory\n`;
      continue;
    }
    const result = searchInput(stdin ?? '', settings, regex.test, regex.matches, withFilename ? STDIN_LABEL : undefined);
    stdin = undefined;
    anySelected ||= result.selected;
    stdout += result.out;
    if (settings.quiet && anySelected) return { stdout: '', stderr, exit: 0 };
  }
  if (settings.quiet) stdout = '';
  const exit = error ? 2 : anySelected ? 0 : 1;
  return { stdout, stderr, exit };
};

const searchInput = (
  input: string,
  settings: GrepSettings,
  test: (line: string) => boolean,
  matches: (line: string) => string[],
  label: string | undefined,
): InputResult => {
  const { lines } = splitLines(input);
  const limit = settings.maxCount ?? Infinity;
  const selectedIndexes: number[] = [];
  for (let i = 0; i < lines.length && selectedIndexes.length < limit; i += 1) {
    if (test(lines[i] ?? '') !== settings.invert) selectedIndexes.push(i);
  }
  const selected = selectedIndexes.length > 0;
  const name = label ?? STDIN_LABEL;
  if (settings.filesWithMatches) return { out: selected ? `${name}\n` : '', selected };
  if (settings.filesWithoutMatch) return { out: selected ? '' : `${name}\n`, selected };
  const prefix = label === undefined ? '' : `${label}:`;
  if (settings.count) return { out: `${prefix}${selectedIndexes.length}\n`, selected };

  const head = (index: number, separator: ':' | '-'): string =>
    (label === undefined ? '' : `${label}${separator}`) + (settings.lineNumber ? `${index + 1}${separator}` : '');

  if (settings.onlyMatching) {
    // GNU prints the matching parts of selected lines; with -v the selected lines have none.
    let out = '';
    if (!settings.invert) {
      for (const index of selectedIndexes) {
        for (const part of matches(lines[index] ?? '')) out += `${head(index, ':')}${part}\n`;
      }
    }
    return { out, selected };
  }

  let out = '';
  let lastPrinted = -1;
  const contextual = settings.before > 0 || settings.after > 0;
  selectedIndexes.forEach((index, k) => {
    const from = Math.max(index - settings.before, lastPrinted + 1);
    if (contextual && lastPrinted >= 0 && from > lastPrinted + 1) out += '--\n';
    for (let i = from; i < index; i += 1) out += `${head(i, '-')}${lines[i] ?? ''}\n`;
    out += `${head(index, ':')}${lines[index] ?? ''}\n`;
    lastPrinted = index;
    // Trailing context stops at the next selected line, which prints itself as selected.
    const next = selectedIndexes[k + 1] ?? Infinity;
    const until = Math.min(index + settings.after, lines.length - 1, next - 1);
    for (let i = index + 1; i <= until; i += 1) {
      out += `${head(i, '-')}${lines[i] ?? ''}\n`;
      lastPrinted = i;
    }
  });
  return { out, selected };
};
