import type { ItemType } from './token.js';
import { goQuote, unquoteChar } from './go-quote.js';

/** What Go's `parse.NumberNode` records about a numeric literal. */
export interface NumberValue {
  readonly isInt: boolean;
  readonly isUint: boolean;
  readonly isFloat: boolean;
  readonly isComplex: boolean;
  readonly int: bigint;
  readonly float: number;
}

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/** Go's `underscoreOK`: `_` may only separate digits (a base prefix counts as a digit). */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && /[bBoOxX]/.test(s[1] ?? '')) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i] ?? '';
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** `strconv.ParseInt(s, 0, 64)` / `ParseUint` without the range check. */
function parseGoInteger(text: string, signed: boolean): bigint | undefined {
  let s = text;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    if (!signed) return undefined;
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '') return undefined;
  let base = 10;
  let body = s;
  if (s[0] === '0' && s.length > 1) {
    const p = s[1];
    if (p === 'x' || p === 'X') {
      base = 16;
      body = s.slice(2);
    } else if (p === 'o' || p === 'O') {
      base = 8;
      body = s.slice(2);
    } else if (p === 'b' || p === 'B') {
      base = 2;
      body = s.slice(2);
    } else {
      base = 8;
      body = s.slice(1);
    }
  }
  if (body.includes('_') && !underscoreOK(s)) return undefined;
  body = body.replace(/_/g, '');
  if (body === '') return undefined;
  const digitRe = base === 16 ? /^[0-9a-fA-F]+$/ : base === 8 ? /^[0-7]+$/ : base === 2 ? /^[01]+$/ : /^[0-9]+$/;
  if (!digitRe.test(body)) return undefined;
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : '';
  const v = BigInt(prefix + body);
  return neg ? -v : v;
}

/** `strconv.ParseFloat(s, 64)` for Go literal syntax; `undefined` on error or overflow. */
function parseGoFloat(text: string): number | undefined {
  let s = text;
  if (s.includes('_')) {
    if (!underscoreOK(s)) return undefined;
    s = s.replace(/_/g, '');
  }
  let v: number;
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(s);
  if (hex !== null) {
    const [, sign = '', intPart = '', fracPart = '', exp = '0'] = hex;
    if (intPart === '' && fracPart === '') return undefined;
    const mant = BigInt('0x' + (intPart + fracPart || '0'));
    v = Number(mant) * 2 ** (Number(exp) - 4 * fracPart.length);
    if (sign === '-') v = -v;
  } else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) {
    v = Number(s);
  } else return undefined;
  return Number.isFinite(v) ? v : undefined;
}

/**
 * Go's `Tree.newNumber`: classifies a numeric, character or complex literal. Returns an
 * error message (as Go's parser words it) for malformed literals.
 */
export function parseNumberLiteral(text: string, type: ItemType): NumberValue | { error: string } {
  if (type === 'charConstant') {
    const r = unquoteChar(text, 1, "'");
    if (r === undefined) return { error: 'invalid syntax' };
    if (text.slice(r.next) !== "'") return { error: `malformed character constant: ${text}` };
    const cp = BigInt(r.value.codePointAt(0) ?? 0);
    return { isInt: true, isUint: true, isFloat: true, isComplex: false, int: cp, float: Number(cp) };
  }
  const none = { isInt: false, isUint: false, isFloat: false, int: 0n, float: 0 };
  if (type === 'complex') return { ...none, isComplex: true };
  if (text.endsWith('i') && parseGoFloat(text.slice(0, -1)) !== undefined) return { ...none, isComplex: true };

  const u = parseGoInteger(text, false);
  const isUint = u !== undefined && u >= 0n && u <= UINT64_MAX;
  const i = parseGoInteger(text, true);
  const isInt = i !== undefined && i >= INT64_MIN && i <= INT64_MAX;
  if (isInt) return { isInt: true, isUint: isUint || i === 0n, isFloat: true, isComplex: false, int: i, float: Number(i) };
  if (isUint) return { isInt: false, isUint: true, isFloat: true, isComplex: false, int: u, float: Number(u) };
  const f = parseGoFloat(text);
  if (f === undefined) return { error: `illegal number syntax: ${goQuote(text)}` };
  if (!/[.eEpP]/.test(text)) return { error: `integer overflow: ${goQuote(text)}` };
  const whole = Number.isInteger(f) ? BigInt(f) : undefined;
  return {
    isInt: whole !== undefined && whole >= INT64_MIN && whole <= INT64_MAX,
    isUint: whole !== undefined && whole >= 0n && whole <= UINT64_MAX,
    isFloat: true,
    isComplex: false,
    int: whole ?? 0n,
    float: f,
  };
}
