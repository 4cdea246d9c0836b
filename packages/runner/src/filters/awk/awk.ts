import * as E from 'fp-ts/lib/Either.js';
import { compilePosixRegex, type PosixRegex } from '../regex/posix-regex.js';
import { failed, type FilterResult } from '../filter-result.js';
import { splitLines } from '../lines.js';
import { parseAwkProgram, type AwkComparison, type AwkProgram, type AwkTerm } from './awk-program.js';

/** How records split into fields: awk's default blanks, one literal character, or an ERE. */
type FieldSplitter = (record: string) => string[];

const USAGE = "usage: awk [-F value] [--] 'program text' [file ...]\n";

const FS_ESCAPES: Readonly<Record<string, string>> = { t: '\t', n: '\n', '\\': '\\', '/': '/', '"': '"' };

const defaultSplit: FieldSplitter = (record) => record.split(/[ \t\n]+/).filter((f) => f !== '');

const splitterFor = (fs: string): E.Either<string, FieldSplitter> => {
  const value = fs.replace(/\\(.)/g, (whole, c: string) => FS_ESCAPES[c] ?? whole);
  if (value === ' ') return E.right(defaultSplit);
  if (Array.from(value).length === 1 && value !== '\\') {
    return E.right((record) => (record === '' ? [] : record.split(value)));
  }
  const compiled = compilePosixRegex([value], { syntax: 'extended', awkEscapes: true });
  if (E.isLeft(compiled)) return E.left(`regular expression compile failed (${compiled.left})\n${value}`);
  const regex: PosixRegex = compiled.right;
  return E.right((record) => {
    if (record === '') return [];
    const chars = Array.from(record);
    const fields: string[] = [];
    let start = 0;
    for (const span of regex.spans(record)) {
      fields.push(chars.slice(start, span.start).join(''));
      start = span.end;
    }
    fields.push(chars.slice(start).join(''));
    return fields;
  });
};

/** A value as awk sees it: its text, and its number when it is (or looks like) one. */
interface AwkValue {
  readonly text: string;
  readonly number: number | undefined;
}

const NUMERIC_STRING = /^[ \t\n]*[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?[ \t\n]*$/;

/** awk's output conversion: integers as `%d`, other numbers as `%.6g`. */
const formatNumber = (n: number): string => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6))));

/** mawk's run-time error (`$(NF-1)` on an empty record); caught in {@link run}, never escapes. */
class AwkRuntimeError {
  constructor(readonly message: string) {}
}

const evaluate = (term: AwkTerm, record: string, fields: readonly string[], nr: number): AwkValue => {
  const fieldValue = (index: number): AwkValue => {
    if (index < 0) throw new AwkRuntimeError(`negative field index $${index}`);
    const text = index === 0 ? record : (fields[index - 1] ?? '');
    return { text, number: NUMERIC_STRING.test(text) ? Number(text) : undefined };
  };
  switch (term.kind) {
    case 'field': return fieldValue(term.index);
    case 'last-field': return fieldValue(fields.length - term.minus);
    case 'NR': return { text: String(nr), number: nr };
    case 'NF': return { text: String(fields.length), number: fields.length };
    case 'string': return { text: term.value, number: undefined };
    case 'number': return { text: formatNumber(term.value), number: term.value };
  }
};

const compare = (left: AwkValue, op: AwkComparison, right: AwkValue): boolean => {
  const numeric = left.number !== undefined && right.number !== undefined;
  const a = numeric ? (left.number ?? 0) : left.text;
  const b = numeric ? (right.number ?? 0) : right.text;
  switch (op) {
    case '==': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
  }
};

const run = (program: AwkProgram, split: FieldSplitter, input: string): FilterResult => {
  let out = '';
  let nr = 0;
  try {
    for (const record of splitLines(input).lines) {
      nr += 1;
      out += runRecord(program, split(record), record, nr);
    }
  } catch (error: unknown) {
    if (!(error instanceof AwkRuntimeError)) throw error;
    return { stdout: out, stderr: `awk: run time error: ${error.message}\n\tFILENAME="-" FNR=${nr} NR=${nr}\n`, exit: 2 };
  }
  return { stdout: out, stderr: '', exit: 0 };
};

/** The output of the rule for one record ('' when it does not print). */
const runRecord = (program: AwkProgram, fields: readonly string[], record: string, nr: number): string => {
  const { pattern, action } = program;
  let selected: boolean;
  switch (pattern.kind) {
    case 'always': selected = true; break;
    case 'compare':
      selected = compare(evaluate(pattern.left, record, fields, nr), pattern.op, evaluate(pattern.right, record, fields, nr));
      break;
    case 'match':
      selected = pattern.regex.test(evaluate(pattern.subject, record, fields, nr).text) !== pattern.negated;
      break;
  }
  if (!selected || action.kind === 'nothing') return '';
  const line =
    action.items.length === 0
      ? record
      : action.items.map((terms) => terms.map((t) => evaluate(t, record, fields, nr).text).join('')).join(' ');
  return `${line}\n`;
};

/**
 * awk (mawk's messages) for the one-rule programs tutorials pipe into:
 * `awk '{print $1, $3}'`, `awk -F: '{print $2}'`, `awk 'NR==2 {print $NF}'`,
 * `awk 'NR>1 {print $1}'`, `awk '/web/ {print $(NF-1)}'`, `awk '$2 ~ /^br-/'`.
 * `-F` takes one character, `' '` (the default blank splitting) or an ERE. A program
 * outside that shape is refused with a message naming what is supported (exit 2), never
 * half-run.
 *
 * @example
 * awk(['{print $2}'], 'NETWORK ID NAME\nabc bridge\n') // stdout 'ID\nbridge\n'
 */
export const awk = (args: readonly string[], input: string): FilterResult => {
  let fs = ' ';
  let i = 0;
  for (; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      i += 1;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    if (arg.startsWith('-F')) {
      const value = arg.length > 2 ? arg.slice(2) : args[i + 1];
      if (value === undefined) return failed('awk: option -F lacks argument\n' + USAGE, 2);
      if (arg.length === 2) i += 1;
      fs = value;
    } else if (arg.startsWith('-v') || arg.startsWith('-f') || arg.startsWith('-W')) {
      return failed(`awk: option ${arg.slice(0, 2)} is not supported by docknet\n`, 2);
    } else {
      return failed(`awk: not an option: ${arg}\n`, 2);
    }
  }
  const text = args[i];
  if (text === undefined) return failed(USAGE, 2);
  const program = parseAwkProgram(text);
  if (E.isLeft(program)) return failed(`awk: ${program.left}\n`, 2);
  const split = splitterFor(fs);
  if (E.isLeft(split)) return failed(`awk: ${split.left}\n`, 2);
  for (const operand of args.slice(i + 1)) {
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(operand)) return failed(`awk: command-line assignment ${operand} is not supported by docknet\n`, 2);
    if (operand !== '-') return failed(`awk: cannot open ${operand} (No such file or directory)\n`, 2);
  }
  return run(program.right, split.right, input);
};
