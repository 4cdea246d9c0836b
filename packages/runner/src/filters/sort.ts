import * as E from 'fp-ts/lib/Either.js';
import { failed, ok, usageError, type FilterResult } from './filter-result.js';
import { getopt, type OptionTable } from './getopt.js';
import { joinLines, splitLines } from './lines.js';
import { quoteOperand } from './quote-operand.js';

const TABLE: OptionTable = {
  short: 'bcCdfghik:mMno:rRsS:t:T:uVy:z',
  long: [
    { name: 'ignore-leading-blanks', argument: 'none', key: 'b' },
    { name: 'check', argument: 'optional', key: 'c' },
    { name: 'compress-program', argument: 'required', key: 'compress-program' },
    { name: 'debug', argument: 'none', key: 'debug' },
    { name: 'dictionary-order', argument: 'none', key: 'd' },
    { name: 'files0-from', argument: 'required', key: 'files0-from' },
    { name: 'general-numeric-sort', argument: 'none', key: 'g' },
    { name: 'ignore-case', argument: 'none', key: 'f' },
    { name: 'ignore-nonprinting', argument: 'none', key: 'i' },
    { name: 'key', argument: 'required', key: 'k' },
    { name: 'merge', argument: 'none', key: 'm' },
    { name: 'month-sort', argument: 'none', key: 'M' },
    { name: 'numeric-sort', argument: 'none', key: 'n' },
    { name: 'human-numeric-sort', argument: 'none', key: 'h' },
    { name: 'version-sort', argument: 'none', key: 'V' },
    { name: 'random-sort', argument: 'none', key: 'R' },
    { name: 'random-source', argument: 'required', key: 'random-source' },
    { name: 'sort', argument: 'required', key: 'sort' },
    { name: 'output', argument: 'required', key: 'o' },
    { name: 'reverse', argument: 'none', key: 'r' },
    { name: 'stable', argument: 'none', key: 's' },
    { name: 'buffer-size', argument: 'required', key: 'S' },
    { name: 'field-separator', argument: 'required', key: 't' },
    { name: 'temporary-directory', argument: 'required', key: 'T' },
    { name: 'unique', argument: 'none', key: 'u' },
    { name: 'zero-terminated', argument: 'none', key: 'z' },
    { name: 'parallel', argument: 'required', key: 'parallel' },
    { name: 'help', argument: 'none', key: 'help' },
    { name: 'version', argument: 'none', key: 'version' },
  ],
};

/** Per-key ordering options (`-k 2,2nr`), or the global ones. */
interface Ordering {
  readonly numeric: boolean;
  readonly reverse: boolean;
  readonly foldCase: boolean;
  readonly skipBlanks: boolean;
}

/** A `-k` key: field/char positions are 1-based; `endChar` 0 means end of field. */
interface SortKey {
  readonly startField: number;
  readonly startChar: number;
  readonly endField: number | undefined;
  readonly endChar: number;
  readonly ordering: Ordering;
  /** The end position skips leading blanks (a `b` after POS2). */
  readonly endSkipBlanks: boolean;
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** Code-point order, as strcoll in the C.UTF-8 locale of the simulated host. */
const compareText = (a: string, b: string): number => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(i) ?? 0;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i += 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
};

/**
 * Compares the leading numbers of two keys as GNU `sort -n` does, exactly, on their
 * digits (no float rounding): optional blanks, `-`, digits, `.` digits; anything else is
 * 0, so `-` and `abc` sort with zero.
 */
const compareNumeric = (a: string, b: string): number => {
  const parse = (text: string): { negative: boolean; integer: string; fraction: string } => {
    const m = /^[ \t]*(-?)([0-9]*)(?:\.([0-9]*))?/.exec(text);
    const integer = (m?.[2] ?? '').replace(/^0+/, '');
    const fraction = (m?.[3] ?? '').replace(/0+$/, '');
    const zero = integer === '' && fraction === '';
    return { negative: m?.[1] === '-' && !zero, integer, fraction };
  };
  const x = parse(a);
  const y = parse(b);
  if (x.negative !== y.negative) return x.negative ? -1 : 1;
  const sign = x.negative ? -1 : 1;
  if (x.integer.length !== y.integer.length) return sign * (x.integer.length < y.integer.length ? -1 : 1);
  const byInteger = compareText(x.integer, y.integer);
  if (byInteger !== 0) return sign * byInteger;
  const width = Math.max(x.fraction.length, y.fraction.length);
  return sign * compareText(x.fraction.padEnd(width, '0'), y.fraction.padEnd(width, '0'));
};

/** [start, end) of each field: with `-t`, split on the separator; else blanks then non-blanks. */
const fieldsOf = (line: string, tab: string | undefined): Array<[number, number]> => {
  const fields: Array<[number, number]> = [];
  if (tab !== undefined) {
    let start = 0;
    for (;;) {
      const at = line.indexOf(tab, start);
      if (at < 0) {
        fields.push([start, line.length]);
        return fields;
      }
      fields.push([start, at]);
      start = at + tab.length;
    }
  }
  let pos = 0;
  while (pos < line.length) {
    const start = pos;
    while (pos < line.length && isBlank(line[pos])) pos += 1;
    while (pos < line.length && !isBlank(line[pos])) pos += 1;
    fields.push([start, pos]);
  }
  return fields;
};

const skipBlanksFrom = (line: string, pos: number, limit: number): number => {
  let p = pos;
  while (p < limit && isBlank(line[p])) p += 1;
  return p;
};

/** The text of a key in a line, following GNU's begfield/limfield. */
const keyText = (line: string, key: SortKey, tab: string | undefined): string => {
  const fields = fieldsOf(line, tab);
  const startField = fields[key.startField - 1];
  let start = startField === undefined ? line.length : startField[0];
  if (key.ordering.skipBlanks) start = skipBlanksFrom(line, start, line.length);
  start = Math.min(line.length, start + key.startChar - 1);
  let end = line.length;
  if (key.endField !== undefined) {
    const endField = fields[key.endField - 1];
    if (endField === undefined) end = line.length;
    else if (key.endChar === 0) end = endField[1];
    else {
      const from = key.endSkipBlanks ? skipBlanksFrom(line, endField[0], line.length) : endField[0];
      end = Math.min(line.length, from + key.endChar);
    }
  }
  return end <= start ? '' : line.slice(start, end);
};

const compareKeys = (a: string, b: string, ordering: Ordering): number => {
  let x = a;
  let y = b;
  if (ordering.skipBlanks) {
    x = x.replace(/^[ \t]+/, '');
    y = y.replace(/^[ \t]+/, '');
  }
  let result: number;
  if (ordering.numeric) result = compareNumeric(x, y);
  else if (ordering.foldCase) result = compareText(x.toUpperCase(), y.toUpperCase());
  else result = compareText(x, y);
  return ordering.reverse ? -result : result;
};

/** Parses a `-k` value; the Left is GNU's message. */
const parseKey = (spec: string, global: Ordering): E.Either<string, SortKey> => {
  const invalid = (why: string): E.Either<string, SortKey> => E.left(`${why}: invalid field specification ${quoteOperand(spec)}`);
  const m = /^([0-9]*)(?:\.([0-9]*))?([a-zA-Z]*)(?:,([0-9]*)(?:\.([0-9]*))?([a-zA-Z]*))?(.*)$/.exec(spec);
  if (m === null || m[1] === '') return E.left(`invalid number at field start: invalid count at start of ${quoteOperand(spec)}`);
  if (m[2] === '') return E.left(`invalid number after '.': invalid count at start of ${quoteOperand(spec.slice(spec.indexOf('.') + 1))}`);
  const startField = Number(m[1]);
  if (startField === 0) return invalid('field number is zero');
  const startChar = m[2] === undefined ? 1 : Number(m[2]);
  if (startChar === 0) return invalid('character offset is zero');
  const comma = spec.indexOf(',');
  if (comma >= 0 && m[4] === '') return E.left(`invalid number after ',': invalid count at start of ${quoteOperand(spec.slice(comma + 1))}`);
  if (m[4] !== undefined && Number(m[4]) === 0) return invalid('field number is zero');
  if ((m[7] ?? '') !== '') return invalid('stray character in field spec');
  const letters = `${m[3] ?? ''}${m[6] ?? ''}`;
  const unknown = [...letters].find((c) => !'bnrf'.includes(c));
  if (unknown !== undefined) {
    return /[dghiMRV]/.test(unknown)
      ? E.left(`key option '${unknown}' is not supported by docknet`)
      : invalid('stray character in field spec');
  }
  const ordering: Ordering =
    letters === ''
      ? global
      : {
          numeric: letters.includes('n'),
          reverse: letters.includes('r'),
          foldCase: letters.includes('f'),
          skipBlanks: (m[3] ?? '').includes('b'),
        };
  return E.right({
    startField,
    startChar,
    endField: m[4] === undefined ? undefined : Number(m[4]),
    endChar: m[5] === undefined ? 0 : Number(m[5]),
    ordering,
    endSkipBlanks: (m[6] ?? '').includes('b'),
  });
};

/**
 * GNU sort on the piped input, in the C.UTF-8 locale (code-point order, so the result
 * never depends on the machine): `-n -r -u -f -b -s`, `-t C`, `-k F[.C][OPTS][,F[.C][OPTS]]`
 * with per-key `n r f b`. Lines whose keys tie are ordered by the whole line (GNU's last
 * resort comparison) unless `-s` or `-u`; `-u` keeps the first line of each run of equal
 * keys.
 *
 * @example
 * sort(['-k2n'], 'b 10\na 9\n') // { stdout: 'a 9\nb 10\n', stderr: '', exit: 0 }
 */
export const sort = (args: readonly string[], input: string): FilterResult => {
  const parsed = getopt(args, TABLE);
  if (E.isLeft(parsed)) return usageError('sort', parsed.left, 2);
  const flags = new Set<string>();
  const keySpecs: string[] = [];
  let tab: string | undefined;
  for (const { key, value } of parsed.right.options) {
    if (key === 'help') return ok('Usage: sort [OPTION]... [FILE]...\nWrite sorted concatenation of all FILE(s) to standard output.\n');
    if (key === 'k') keySpecs.push(value ?? '');
    else if (key === 't') {
      const v = value ?? '';
      if (v === '') return failed('sort: empty tab\n', 2);
      if (Array.from(v).length > 1 && v !== '\\0') return failed(`sort: multi-character tab ${quoteOperand(v)}\n`, 2);
      tab = v === '\\0' ? '\0' : v;
    } else if ('bnrfsu'.includes(key)) flags.add(key);
    else if (key === 'S' || key === 'T' || key === 'parallel') continue; // resources only; no effect on output
    else {
      const spelled = key.length === 1 ? `-${key}` : `--${key}`;
      return failed(`sort: option ${spelled} is not supported by docknet\n`, 2);
    }
  }
  for (const operand of parsed.right.operands) {
    if (operand !== '-') return failed(`sort: cannot read: ${operand}: No such file or directory\n`, 2);
  }
  const global: Ordering = {
    numeric: flags.has('n'),
    reverse: flags.has('r'),
    foldCase: flags.has('f'),
    skipBlanks: flags.has('b'),
  };
  const keys: SortKey[] = [];
  for (const spec of keySpecs) {
    const key = parseKey(spec, global);
    if (E.isLeft(key)) return failed(`sort: ${key.left}\n`, 2);
    keys.push(key.right);
  }

  const compareByKeys = (a: string, b: string): number => {
    if (keys.length === 0) return compareKeys(a, b, global);
    for (const key of keys) {
      const result = compareKeys(keyText(a, key, tab), keyText(b, key, tab), key.ordering);
      if (result !== 0) return result;
    }
    return 0;
  };
  const lastResort = !flags.has('s') && !flags.has('u');
  const compare = (a: string, b: string): number => {
    const result = compareByKeys(a, b);
    if (result !== 0 || !lastResort) return result;
    const whole = compareText(a, b);
    return global.reverse ? -whole : whole;
  };
  // Array.prototype.sort is stable, which is what -s promises.
  const sorted = [...splitLines(input).lines].sort(compare);
  const out = flags.has('u') ? sorted.filter((line, i) => i === 0 || compareByKeys(sorted[i - 1] ?? '', line) !== 0) : sorted;
  return ok(joinLines(out));
};
