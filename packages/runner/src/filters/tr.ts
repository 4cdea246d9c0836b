import * as E from 'fp-ts/lib/Either.js';
import { failed, ok, usageError, type FilterResult } from './filter-result.js';
import { getopt, type OptionTable } from './getopt.js';
import { quoteOperand } from './quote-operand.js';

const TABLE: OptionTable = {
  short: 'cCdst',
  long: [
    { name: 'complement', argument: 'none', key: 'c' },
    { name: 'delete', argument: 'none', key: 'd' },
    { name: 'squeeze-repeats', argument: 'none', key: 's' },
    { name: 'truncate-set1', argument: 'none', key: 't' },
    { name: 'help', argument: 'none', key: 'help' },
    { name: 'version', argument: 'none', key: 'version' },
  ],
};

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let c = from.codePointAt(0) ?? 0; c <= (to.codePointAt(0) ?? 0); c += 1) out.push(String.fromCodePoint(c));
  return out;
};

/** The character classes, in the C locale's order (which makes `[:lower:]` → `[:upper:]` pair up). */
const CLASSES: Readonly<Record<string, () => string[]>> = {
  upper: () => range('A', 'Z'),
  lower: () => range('a', 'z'),
  digit: () => range('0', '9'),
  alpha: () => [...range('A', 'Z'), ...range('a', 'z')],
  alnum: () => [...range('0', '9'), ...range('A', 'Z'), ...range('a', 'z')],
  xdigit: () => [...range('0', '9'), ...range('A', 'F'), ...range('a', 'f')],
  space: () => ['\t', '\n', '\v', '\f', '\r', ' '],
  blank: () => ['\t', ' '],
  punct: () => range('!', '~').filter((c) => !/[A-Za-z0-9]/.test(c)),
  cntrl: () => [...range('\x00', '\x1f'), '\x7f'],
  print: () => range(' ', '~'),
  graph: () => range('!', '~'),
};

const ESCAPES: Readonly<Record<string, string>> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** A set operand after escapes; `fill` is a `[c*]` that repeats to SET1's length. */
interface CharSet {
  readonly chars: string[];
  readonly fill: { readonly at: number; readonly char: string } | undefined;
  readonly warning: string | undefined;
}

/**
 * docknet's bound on an expanded SET: more positions than there are Unicode code points
 * can change nothing, and `[a*99999999]` or `\\0-🐳` must not exhaust memory or the stack.
 */
export const MAX_SET_LENGTH = 0x110000;

/** Appends without spreading: a range may be hundreds of thousands of characters. */
const append = (to: string[], from: readonly string[]): boolean => {
  if (to.length + from.length > MAX_SET_LENGTH) return false;
  for (const c of from) to.push(c);
  return true;
};

const tooLong = `docknet: a set expands to more than ${MAX_SET_LENGTH} characters`;

/** Expands a tr SET (escapes, ranges, classes, `[=c=]`, `[c*n]`); the Left is GNU's message. */
const expandSet = (spec: string): E.Either<string, CharSet> => {
  // Escapes first, marking the characters they produce so `\-` is not a range operator.
  const units: Array<{ char: string; escaped: boolean }> = [];
  let warning: string | undefined;
  const source = Array.from(spec);
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i] ?? '';
    if (c !== '\\') {
      units.push({ char: c, escaped: false });
      continue;
    }
    const next = source[i + 1];
    if (next === undefined) {
      warning = 'tr: warning: an unescaped backslash at end of string is not portable\n';
      units.push({ char: '\\', escaped: true });
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(source.slice(i + 1, i + 4).join(''));
    if (octal !== null) {
      units.push({ char: String.fromCharCode(parseInt(octal[0], 8) & 0xff), escaped: true });
      i += octal[0].length;
    } else {
      units.push({ char: ESCAPES[next] ?? next, escaped: true });
      i += 1;
    }
  }
  const chars: string[] = [];
  let fill: CharSet['fill'];
  const text = (from: number, to: number): string => units.slice(from, to).map((u) => u.char).join('');
  for (let i = 0; i < units.length; i += 1) {
    const u = units[i];
    if (u === undefined) break;
    if (u.char === '[' && !u.escaped) {
      const close = units.findIndex((v, j) => j > i + 1 && v.char === ']' && !v.escaped);
      const inner = close < 0 ? '' : text(i + 1, close);
      const cls = /^:([a-z]+):$/.exec(inner);
      if (cls !== null) {
        const make = CLASSES[cls[1] ?? ''];
        if (make === undefined) return E.left(`invalid character class ${quoteOperand(cls[1] ?? '')}`);
        if (!append(chars, make())) return E.left(tooLong);
        i = close;
        continue;
      }
      const equivalence = /^=(.)=$/u.exec(inner);
      if (equivalence !== null) {
        chars.push(equivalence[1] ?? '');
        i = close;
        continue;
      }
      const repeat = /^(.)\*([0-9]*)$/u.exec(inner);
      if (repeat !== null) {
        const char = repeat[1] ?? '';
        const count = repeat[2] === '' || repeat[2] === undefined ? 0 : Number.parseInt(repeat[2], repeat[2].startsWith('0') ? 8 : 10);
        if (!Number.isSafeInteger(count)) return E.left(`invalid repeat count ${quoteOperand(repeat[2] ?? '')} in [c*n] construct`);
        if (count === 0) fill = { at: chars.length, char };
        else if (chars.length + count > MAX_SET_LENGTH) return E.left(tooLong);
        else for (let k = 0; k < count; k += 1) chars.push(char);
        i = close;
        continue;
      }
    }
    const dash = units[i + 1];
    const end = units[i + 2];
    if (dash !== undefined && dash.char === '-' && !dash.escaped && end !== undefined) {
      if ((end.char.codePointAt(0) ?? 0) < (u.char.codePointAt(0) ?? 0)) {
        return E.left(`range-endpoints of '${u.char}-${end.char}' are in reverse collating sequence order`);
      }
      const from = u.char.codePointAt(0) ?? 0;
      if (chars.length + (end.char.codePointAt(0) ?? 0) - from + 1 > MAX_SET_LENGTH) return E.left(tooLong);
      append(chars, range(u.char, end.char));
      i += 2;
      continue;
    }
    chars.push(u.char);
  }
  return E.right({ chars, fill, warning });
};

const squeeze = (text: string, members: ReadonlySet<string>): string => {
  let out = '';
  let last: string | undefined;
  for (const c of text) {
    if (c === last && members.has(c)) continue;
    out += c;
    last = c;
  }
  return out;
};

/**
 * GNU tr on the piped input: `tr SET1 SET2`, `-d SET1`, `-s`, `-ds SET1 SET2`, `-c`, `-t`;
 * sets with escapes (`\n`, `\t`, `\NNN`), ranges, `[:class:]`, `[=c=]` and `[c*n]`. SET2
 * shorter than SET1 is padded with its last character, as GNU does.
 *
 * @example
 * tr(['[:lower:]', '[:upper:]'], 'web\n') // { stdout: 'WEB\n', stderr: '', exit: 0 }
 */
export const tr = (args: readonly string[], input: string): FilterResult => {
  const parsed = getopt(args, TABLE);
  if (E.isLeft(parsed)) return usageError('tr', parsed.left, 1);
  const flags = new Set<string>();
  for (const { key } of parsed.right.options) {
    if (key === 'help') return ok('Usage: tr [OPTION]... STRING1 [STRING2]\nTranslate, squeeze, and/or delete characters from standard input.\n');
    if (key === 'version') return failed('tr: option --version is not supported by docknet\n', 1);
    flags.add(key === 'C' ? 'c' : key);
  }
  const operands = parsed.right.operands;
  const deleting = flags.has('d');
  const squeezing = flags.has('s');
  const translating = !deleting && operands.length >= 2;
  const needed = deleting && squeezing ? 2 : deleting || (squeezing && operands.length < 2) ? 1 : 2;
  if (operands.length === 0) return usageError('tr', 'missing operand', 1);
  if (operands.length < needed) {
    const why = deleting ? 'Two strings must be given when both deleting and squeezing repeats.' : 'Two strings must be given when translating.';
    return usageError('tr', `missing operand after ${quoteOperand(operands[operands.length - 1] ?? '')}`, 1, [why]);
  }
  if (operands.length > needed) {
    const extra = [
      ...(deleting && !squeezing ? ['Only one string may be given when deleting without squeezing repeats.'] : []),
    ];
    return usageError('tr', `extra operand ${quoteOperand(operands[needed] ?? '')}`, 1, extra);
  }
  const set1 = expandSet(operands[0] ?? '');
  if (E.isLeft(set1)) return failed(`tr: ${set1.left}\n`, 1);
  const set2 = operands[1] === undefined ? undefined : expandSet(operands[1]);
  if (set2 !== undefined && E.isLeft(set2)) return failed(`tr: ${set2.left}\n`, 1);
  const second = set2 === undefined ? undefined : set2.right;
  const stderr = (set1.right.warning ?? '') + (second?.warning ?? '');
  const complement = flags.has('c');
  const inSet1 = new Set(set1.right.chars);
  const member = (c: string): boolean => inSet1.has(c) !== complement;

  let text = input;
  if (translating && second !== undefined) {
    let from = set1.right.chars;
    let to = [...second.chars];
    if (second.fill !== undefined) {
      const missing = Math.max(0, from.length - to.length);
      to = [...to.slice(0, second.fill.at), ...Array<string>(missing).fill(second.fill.char), ...to.slice(second.fill.at)];
    }
    if (flags.has('t')) from = from.slice(0, to.length);
    if (to.length === 0 && from.length > 0) return failed('tr: when not truncating set1, string2 must be non-empty\n', 1);
    const last = to[to.length - 1] ?? '';
    to = from.map((_, i) => to[i] ?? last);
    const map = new Map<string, string>();
    from.forEach((c, i) => map.set(c, to[i] ?? last));
    text = Array.from(text, (c) => (complement ? (inSet1.has(c) ? c : last) : (map.get(c) ?? c))).join('');
  } else if (deleting) {
    text = Array.from(text).filter((c) => !member(c)).join('');
  }
  if (squeezing) {
    const squeezeSet = deleting || translating ? new Set(second?.chars ?? []) : null;
    if (squeezeSet === null) {
      // Only -s: squeeze the members of SET1 (or of its complement).
      let out = '';
      let last: string | undefined;
      for (const c of text) {
        if (c === last && member(c)) continue;
        out += c;
        last = c;
      }
      text = out;
    } else {
      text = squeeze(text, squeezeSet);
    }
  }
  return { stdout: text, stderr, exit: 0 };
};
