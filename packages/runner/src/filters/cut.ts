import * as E from 'fp-ts/lib/Either.js';
import { failed, ok, usageError, type FilterResult } from './filter-result.js';
import { getopt, type OptionTable } from './getopt.js';
import { joinLines, splitLines } from './lines.js';
import { quoteOperand } from './quote-operand.js';
import { fromBytes, toBytes } from './utf8.js';

const TABLE: OptionTable = {
  short: 'b:c:d:f:nsz',
  long: [
    { name: 'bytes', argument: 'required', key: 'b' },
    { name: 'characters', argument: 'required', key: 'c' },
    { name: 'fields', argument: 'required', key: 'f' },
    { name: 'delimiter', argument: 'required', key: 'd' },
    { name: 'only-delimited', argument: 'none', key: 's' },
    { name: 'output-delimiter', argument: 'required', key: 'output-delimiter' },
    { name: 'complement', argument: 'none', key: 'complement' },
    { name: 'zero-terminated', argument: 'none', key: 'z' },
    { name: 'help', argument: 'none', key: 'help' },
    { name: 'version', argument: 'none', key: 'version' },
  ],
};

/** Inclusive 1-based ranges; `to` undefined = to the end. */
type RangeList = ReadonlyArray<{ readonly from: number; readonly to: number | undefined }>;

/** Parses a cut LIST (`1,3-4,6-`, `-2`); the Left is GNU's message. */
const parseList = (list: string, fields: boolean): E.Either<string, RangeList> => {
  const numberedFrom1 = fields ? 'fields are numbered from 1' : 'byte/character positions are numbered from 1';
  const ranges: Array<{ from: number; to: number | undefined }> = [];
  for (const item of list.split(/[,\s]/)) {
    const m = /^([0-9]*)(-([0-9]*))?$/.exec(item);
    if (m === null) {
      if (/^[0-9]*-[0-9]*-/.test(item)) return E.left(fields ? 'invalid field range' : 'invalid byte or character range');
      return E.left(fields ? `invalid field value ${quoteOperand(item)}` : `invalid byte/character position ${quoteOperand(item)}`);
    }
    const low = m[1] ?? '';
    const high = m[3];
    if (m[2] === undefined) {
      if (low === '' || Number(low) === 0) return E.left(numberedFrom1);
      ranges.push({ from: Number(low), to: Number(low) });
      continue;
    }
    if (low === '' && (high ?? '') === '') return E.left('invalid range with no endpoint: -');
    if (low !== '' && Number(low) === 0) return E.left(numberedFrom1);
    const from = low === '' ? 1 : Number(low);
    const to = high === '' || high === undefined ? undefined : Number(high);
    if (to !== undefined && to === 0) return E.left(numberedFrom1);
    if (to !== undefined && to < from) return E.left('invalid decreasing range');
    ranges.push({ from, to });
  }
  return E.right(ranges);
};

const selected = (ranges: RangeList, position: number): boolean =>
  ranges.some((r) => position >= r.from && (r.to === undefined || position <= r.to));

/**
 * GNU cut on the piped input: `-f LIST` with `-d C` (default TAB), `-s`,
 * `--output-delimiter`, `--complement`; `-b LIST` and `-c LIST` select bytes (GNU's `-c`
 * is bytes too). Selected parts keep input order, whatever the LIST order, as in GNU.
 * A line without the delimiter is printed whole unless `-s`.
 *
 * @example
 * cut(['-d:', '-f2'], 'a:b:c\n') // { stdout: 'b\n', stderr: '', exit: 0 }
 */
export const cut = (args: readonly string[], input: string): FilterResult => {
  const parsed = getopt(args, TABLE);
  if (E.isLeft(parsed)) return usageError('cut', parsed.left, 1);
  let mode: 'fields' | 'bytes' | undefined;
  let list = '';
  let delimiter: string | undefined;
  let outputDelimiter: string | undefined;
  let onlyDelimited = false;
  let complement = false;
  for (const { key, value } of parsed.right.options) {
    switch (key) {
      case 'b': case 'c': case 'f':
        if (mode !== undefined) return usageError('cut', 'only one list may be specified', 1);
        mode = key === 'f' ? 'fields' : 'bytes';
        list = value ?? '';
        break;
      case 'd':
        if (Array.from(value ?? '').length > 1) return usageError('cut', 'the delimiter must be a single character', 1);
        delimiter = value === '' ? '\0' : (value ?? '\t');
        break;
      case 'output-delimiter': outputDelimiter = value ?? ''; break;
      case 's': onlyDelimited = true; break;
      case 'complement': complement = true; break;
      case 'n': break; // GNU ignores -n
      case 'help': return ok('Usage: cut OPTION... [FILE]...\nPrint selected parts of lines from each FILE to standard output.\n');
      default: return failed(`cut: option ${key.length === 1 ? `-${key}` : `--${key}`} is not supported by docknet\n`, 1);
    }
  }
  if (mode === undefined) return usageError('cut', 'you must specify a list of bytes, characters, or fields', 1);
  if (mode === 'bytes' && delimiter !== undefined) {
    return usageError('cut', 'an input delimiter may be specified only when operating on fields', 1);
  }
  if (mode === 'bytes' && onlyDelimited) {
    return usageError('cut', 'suppressing non-delimited lines makes sense\n\tonly when operating on fields', 1);
  }
  const ranges = parseList(list, mode === 'fields');
  if (E.isLeft(ranges)) return usageError('cut', ranges.left, 1);
  for (const operand of parsed.right.operands) {
    if (operand !== '-') return failed(`cut: ${operand}: No such file or directory\n`, 1);
  }
  const keep = (position: number): boolean => selected(ranges.right, position) !== complement;
  const out: string[] = [];
  for (const line of splitLines(input).lines) {
    if (mode === 'bytes') {
      const bytes = toBytes(line);
      const kept = bytes.filter((_, i) => keep(i + 1));
      out.push(fromBytes(kept));
      continue;
    }
    const d = delimiter ?? '\t';
    if (!line.includes(d)) {
      if (!onlyDelimited) out.push(line);
      continue;
    }
    out.push(line.split(d).filter((_, i) => keep(i + 1)).join(outputDelimiter ?? d));
  }
  return ok(joinLines(out));
};
