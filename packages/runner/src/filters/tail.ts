import * as E from 'fp-ts/lib/Either.js';
import { readCount } from './count-argument.js';
import { failed, ok, usageError, type FilterResult } from './filter-result.js';
import { getopt, type OptionTable } from './getopt.js';
import type { Span } from './head.js';
import { joinSlice, splitLines } from './lines.js';
import { quoteFileName, quoteOperand } from './quote-operand.js';
import { fromBytes, toBytes } from './utf8.js';

const TABLE: OptionTable = {
  short: 'c:n:fFqs:vz0123456789',
  long: [
    { name: 'bytes', argument: 'required', key: 'c' },
    { name: 'follow', argument: 'optional', key: 'f' },
    { name: 'lines', argument: 'required', key: 'n' },
    { name: 'max-unchanged-stats', argument: 'required', key: 'max-unchanged-stats' },
    { name: 'pid', argument: 'required', key: 'pid' },
    { name: 'quiet', argument: 'none', key: 'q' },
    { name: 'retry', argument: 'none', key: 'retry' },
    { name: 'silent', argument: 'none', key: 'q' },
    { name: 'sleep-interval', argument: 'required', key: 's' },
    { name: 'verbose', argument: 'none', key: 'v' },
    { name: 'zero-terminated', argument: 'none', key: 'z' },
    { name: 'help', argument: 'none', key: 'help' },
    { name: 'version', argument: 'none', key: 'version' },
  ],
};

/**
 * GNU tail on the piped input: `-n N`, `-N` and `+N` (first argument only), `-n +N`
 * (from line N on), `-c N` / `-c +N` in bytes. `-f`/`-F` are accepted and ignored, as GNU
 * ignores them when reading a pipe. A missing final newline is kept.
 *
 * @example
 * tail(['-n', '+2'], 'NAME\nweb\ndb\n') // { stdout: 'web\ndb\n', stderr: '', exit: 0 }
 */
export const tail = (args: readonly string[], input: string): FilterResult => {
  const read = readTailArguments(args);
  if (E.isLeft(read)) return read.left;
  const { span, files } = read.right;
  for (const file of files) {
    if (file !== '-') return failed(`tail: cannot open ${quoteFileName(file)} for reading: No such file or directory\n`, 1);
  }
  return ok(takeTail(span, input));
};

const takeTail = (span: Span, input: string): string => {
  if (span.unit === 'bytes') {
    const bytes = toBytes(input);
    const start = span.fromOtherEnd ? Math.max(0, span.count - 1) : Math.max(0, bytes.length - span.count);
    return fromBytes(bytes.slice(start));
  }
  const lines = splitLines(input);
  const total = lines.lines.length;
  const start = span.fromOtherEnd ? Math.max(0, span.count - 1) : Math.max(0, total - span.count);
  return joinSlice(lines, start, total);
};

const readTailArguments = (args: readonly string[]): E.Either<FilterResult, { span: Span; files: readonly string[] }> => {
  let rest = args;
  let span: Span = { unit: 'lines', count: 10, fromOtherEnd: false };
  // Obsolete forms `-N` / `+N`, only as the first argument (GNU accepts them there).
  const obsolete = /^([-+])([0-9]+)([lc]?)$/.exec(args[0] ?? '');
  if (obsolete !== null) {
    span = { unit: obsolete[3] === 'c' ? 'bytes' : 'lines', count: Number(obsolete[2]), fromOtherEnd: obsolete[1] === '+' };
    rest = args.slice(1);
  }
  const parsed = getopt(rest, TABLE);
  if (E.isLeft(parsed)) return E.left(usageError('tail', parsed.left, 1));
  for (const { key, value } of parsed.right.options) {
    if (key === 'n' || key === 'c') {
      const text = value ?? '';
      const fromStart = text.startsWith('+');
      const count = readCount(fromStart || text.startsWith('-') ? text.slice(1) : text);
      if (count === undefined) {
        return E.left(failed(`tail: invalid number of ${key === 'n' ? 'lines' : 'bytes'}: ${quoteOperand(text)}\n`, 1));
      }
      span = { unit: key === 'n' ? 'lines' : 'bytes', count, fromOtherEnd: fromStart };
    } else if (key === 'help') {
      return E.left(ok('Usage: tail [OPTION]... [FILE]...\nPrint the last 10 lines of each FILE to standard output.\n'));
    } else if (key === 'z' || key === 'version' || key === 'pid') {
      return E.left(failed(`tail: option --${key === 'z' ? 'zero-terminated' : key} is not supported by docknet\n`, 1));
    }
  }
  return E.right({ span, files: parsed.right.operands });
};
