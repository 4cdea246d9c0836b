import * as E from 'fp-ts/lib/Either.js';
import { ok, usageError, type FilterResult } from './filter-result.js';
import { getopt, type OptionTable } from './getopt.js';
import { toBytes } from './utf8.js';

const TABLE: OptionTable = {
  short: 'clLmw',
  long: [
    { name: 'bytes', argument: 'none', key: 'c' },
    { name: 'chars', argument: 'none', key: 'm' },
    { name: 'lines', argument: 'none', key: 'l' },
    { name: 'files0-from', argument: 'required', key: 'files0-from' },
    { name: 'max-line-length', argument: 'none', key: 'L' },
    { name: 'total', argument: 'required', key: 'total' },
    { name: 'words', argument: 'none', key: 'w' },
    { name: 'help', argument: 'none', key: 'help' },
    { name: 'version', argument: 'none', key: 'version' },
  ],
};

type Count = 'l' | 'w' | 'm' | 'c' | 'L';
/** GNU prints the counts in this order, whatever the order of the flags. */
const ORDER: readonly Count[] = ['l', 'w', 'm', 'c', 'L'];

/** The width of one printed line (tabs to the next multiple of 8), as wc -L measures it. */
const displayWidth = (line: string): number => {
  let width = 0;
  for (const c of line) width = c === '\t' ? width + 8 - (width % 8) : width + 1;
  return width;
};

const countOf = (count: Count, input: string): number => {
  switch (count) {
    case 'l': return input.split('\n').length - 1;
    case 'w': return input.split(/[ \t\n\v\f\r]+/).filter((w) => w !== '').length;
    case 'm': return Array.from(input).length;
    case 'c': return toBytes(input).length;
    case 'L': return Math.max(0, ...input.split('\n').map(displayWidth));
  }
};

/**
 * GNU wc on the piped input: `-l -w -m -c -L`, defaulting to `-l -w -c`. As GNU, a single
 * count of a single input prints the bare number (`docker ps -q | wc -l` → `3`); several
 * counts are right-aligned in columns of 7 (stdin is a pipe, not a file of known size).
 * Operands other than `-` are missing files (exit 1), and more than one input adds a
 * `total` line.
 *
 * @example
 * wc(['-l'], 'a\nb\n') // { stdout: '2\n', stderr: '', exit: 0 }
 */
export const wc = (args: readonly string[], input: string): FilterResult => {
  const parsed = getopt(args, TABLE);
  if (E.isLeft(parsed)) return usageError('wc', parsed.left, 1);
  const chosen = new Set<Count>();
  for (const { key } of parsed.right.options) {
    if (key === 'help') return ok('Usage: wc [OPTION]... [FILE]...\nPrint newline, word, and byte counts for each FILE.\n');
    if (ORDER.includes(key as Count)) chosen.add(key as Count);
    else return { stdout: '', stderr: `wc: option --${key} is not supported by docknet\n`, exit: 1 };
  }
  const counts = chosen.size === 0 ? (['l', 'w', 'c'] as const) : ORDER.filter((c) => chosen.has(c));
  const operands = parsed.right.operands;
  const inputs = operands.length === 0 ? [undefined] : operands;
  const readable = inputs.filter((name) => name === undefined || name === '-');
  const width = counts.length === 1 && inputs.length === 1 ? 1 : readable.length === 0 ? 1 : 7;
  const row = (values: readonly number[], label: string | undefined): string =>
    values.map((v) => String(v).padStart(width)).join(' ') + (label === undefined ? '' : ` ${label}`) + '\n';

  let stdout = '';
  let stderr = '';
  const totals = counts.map(() => 0);
  for (const name of inputs) {
    if (name !== undefined && name !== '-') {
      stderr += `wc: ${name}: No such file or directory\n`;
      continue;
    }
    const values = counts.map((c) => countOf(c, input));
    values.forEach((v, i) => {
      totals[i] = counts[i] === 'L' ? Math.max(totals[i] ?? 0, v) : (totals[i] ?? 0) + v;
    });
    stdout += row(values, name);
  }
  if (inputs.length > 1) stdout += row(totals, 'total');
  return { stdout, stderr, exit: stderr === '' ? 0 : 1 };
};
