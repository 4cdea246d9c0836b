import * as E from 'fp-ts/lib/Either.js';
import { readCount } from './count-argument.js';
import { failed, ok, usageError, type FilterResult } from './filter-result.js';
import { getopt, type OptionTable } from './getopt.js';
import { joinSlice, splitLines } from './lines.js';
import { quoteFileName, quoteOperand } from './quote-operand.js';
import { fromBytes, toBytes } from './utf8.js';

const TABLE: OptionTable = {
  short: 'c:n:qvz0123456789',
  long: [
    { name: 'bytes', argument: 'required', key: 'c' },
    { name: 'lines', argument: 'required', key: 'n' },
    { name: 'quiet', argument: 'none', key: 'q' },
    { name: 'silent', argument: 'none', key: 'q' },
    { name: 'verbose', argument: 'none', key: 'v' },
    { name: 'zero-terminated', argument: 'none', key: 'z' },
    { name: 'help', argument: 'none', key: 'help' },
    { name: 'version', argument: 'none', key: 'version' },
  ],
};

/** A `head`/`tail` count: how many, of what, and from which end. */
export interface Span {
  readonly unit: 'lines' | 'bytes';
  readonly count: number;
  /** head: `-n -N` = all but the last N. tail: `-n +N` = from the Nth on. */
  readonly fromOtherEnd: boolean;
}

/**
 * GNU head on the piped input: `-n N`, `-N` (first argument only, as GNU), `-n -N` (all
 * but the last N lines), `-c N` / `-c -N` in bytes, with GNU's size suffixes. A missing
 * final newline is kept when the last line is printed.
 *
 * @example
 * head(['-n', '2'], 'a\nb\nc\n') // { stdout: 'a\nb\n', stderr: '', exit: 0 }
 */
export const head = (args: readonly string[], input: string): FilterResult => {
  const read = readHeadArguments(args);
  if (E.isLeft(read)) return read.left;
  const { span, files } = read.right;
  for (const file of files) {
    if (file !== '-') return failed(`head: cannot open ${quoteFileName(file)} for reading: No such file or directory\n`, 1);
  }
  return ok(takeHead(span, input));
};

const takeHead = (span: Span, input: string): string => {
  if (span.unit === 'bytes') {
    const bytes = toBytes(input);
    const end = span.fromOtherEnd ? Math.max(0, bytes.length - span.count) : Math.min(span.count, bytes.length);
    return fromBytes(bytes.slice(0, end));
  }
  const lines = splitLines(input);
  const end = span.fromOtherEnd ? Math.max(0, lines.lines.length - span.count) : span.count;
  return joinSlice(lines, 0, end);
};

const readHeadArguments = (args: readonly string[]): E.Either<FilterResult, { span: Span; files: readonly string[] }> => {
  let rest = args;
  let span: Span = { unit: 'lines', count: 10, fromOtherEnd: false };
  const obsolete = /^-([0-9]+)(.*)$/.exec(args[0] ?? '');
  if (obsolete !== null) {
    const suffix = obsolete[2] ?? '';
    if (suffix !== '' && suffix !== 'l' && suffix !== 'c') {
      return E.left(usageError('head', `invalid trailing option -- ${suffix[0] ?? ''}`, 1));
    }
    span = { unit: suffix === 'c' ? 'bytes' : 'lines', count: Number(obsolete[1]), fromOtherEnd: false };
    rest = args.slice(1);
  }
  const parsed = getopt(rest, TABLE);
  if (E.isLeft(parsed)) return E.left(usageError('head', parsed.left, 1));
  for (const { key, value } of parsed.right.options) {
    if (key === 'n' || key === 'c') {
      const text = value ?? '';
      const negative = text.startsWith('-');
      const count = readCount(negative ? text.slice(1) : text);
      if (count === undefined) {
        return E.left(failed(`head: invalid number of ${key === 'n' ? 'lines' : 'bytes'}: ${quoteOperand(text)}\n`, 1));
      }
      span = { unit: key === 'n' ? 'lines' : 'bytes', count, fromOtherEnd: negative };
    } else if (key === 'help') {
      return E.left(ok('Usage: head [OPTION]... [FILE]...\nPrint the first 10 lines of each FILE to standard output.\n'));
    } else if (key === 'z' || key === 'version') {
      return E.left(failed(`head: option ${key === 'z' ? '-z' : '--version'} is not supported by docknet\n`, 1));
    }
  }
  return E.right({ span, files: parsed.right.operands });
};
