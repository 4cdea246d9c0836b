import { formatGoFloat } from './go-float.js';
import { canBackquote, goQuote, goQuoteRune, goQuoteToASCII } from './go-quote.js';
import type { GoValue, ValueModel } from './go-value.js';
import { concrete, dynamicTypeName, element, indirectInterface, sliceIndex, sortedKeys, typeName } from './go-value.js';
import { objectGet, objectKeys } from './template-value.js';
import { runeCount, runes, utf8Bytes } from './utf8.js';

/**
 * The part of Go's `fmt` that templates reach: `print`, `println`, `printf` and the
 * default printing of `{{.X}}` (`fmt.Fprint`). Error forms such as `%!d(string=x)`,
 * `%!s(MISSING)` and `%!(EXTRA int=1)` are reproduced because Go prints them inline.
 */

interface Flags {
  plus: boolean;
  minus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  plusV: boolean;
  sharpV: boolean;
  width: number | undefined;
  prec: number | undefined;
}

function noFlags(): Flags {
  return {
    plus: false,
    minus: false,
    sharp: false,
    space: false,
    zero: false,
    plusV: false,
    sharpV: false,
    width: undefined,
    prec: undefined,
  };
}

class Printer {
  out = '';
  f: Flags = noFlags();
  constructor(private readonly model: ValueModel) {}

  pad(s: string): void {
    const width = this.f.width;
    if (width === undefined) {
      this.out += s;
      return;
    }
    const n = width - runeCount(s);
    if (n <= 0) {
      this.out += s;
      return;
    }
    if (this.f.minus) this.out += s + ' '.repeat(n);
    else this.out += (this.f.zero ? '0' : ' ').repeat(n) + s;
  }

  badVerb(verb: string, v: GoValue | undefined): void {
    this.out += '%!' + verb + '(';
    if (v === undefined || v.kind === 'invalid') this.out += '<nil>';
    else {
      this.out += typeName(v) + '=';
      this.printValue(v, 'v', 0);
    }
    this.out += ')';
  }

  /** `printArg`: one top-level operand, passed to fmt as an `interface{}`. */
  printArg(arg: GoValue, verb: string): void {
    const v = indirectInterface(arg);
    if (v.kind === 'invalid') {
      if (verb === 'T' || verb === 'v') this.pad('<nil>');
      else this.badVerb(verb, undefined);
      return;
    }
    if (verb === 'T') {
      this.pad(typeName(v));
      return;
    }
    this.printValue(v, verb, 0);
  }

  printValue(v: GoValue, verb: string, depth: number): void {
    switch (v.kind) {
      case 'invalid':
        if (depth === 0) this.out += '<invalid reflect.Value>';
        else if (verb === 'v') this.out += '<nil>';
        else this.badVerb(verb, undefined);
        return;
      case 'iface':
        if (v.inner === undefined) this.out += '<nil>';
        else this.printValue(v.inner, verb, depth + 1);
        return;
      case 'nilptr':
        if (verb === 'v') this.pad('<nil>');
        else this.badVerb(verb, v);
        return;
      case 'bool':
        if (verb === 't' || verb === 'v') this.pad(v.value ? 'true' : 'false');
        else this.badVerb(verb, v);
        return;
      case 'int':
        this.fmtInteger(v, verb);
        return;
      case 'float':
        this.fmtFloat(v, verb);
        return;
      case 'string':
        this.fmtString(v, verb);
        return;
      case 'slice': {
        this.out += '[';
        for (let i = 0; i < v.items.length; i++) {
          if (i > 0) this.out += ' ';
          this.printValue(sliceIndex(v, i, this.model), verb, depth + 1);
        }
        this.out += ']';
        return;
      }
      case 'map': {
        this.out += 'map[';
        sortedKeys(v.source).forEach((k, i) => {
          if (i > 0) this.out += ' ';
          this.printValue({ kind: 'string', value: k }, verb, depth + 1);
          this.out += ':';
          this.printValue(element(objectGet(v.source, k) ?? null, v.elemType, this.model), verb, depth + 1);
        });
        this.out += ']';
        return;
      }
      case 'struct': {
        this.out += '{';
        objectKeys(v.source).forEach((k, i) => {
          if (i > 0) this.out += ' ';
          if (this.f.plusV || this.f.sharpV) this.out += k + ':';
          const field = objectGet(v.source, k) ?? null;
          this.printValue(concrete(field, this.model), verb, depth + 1);
        });
        this.out += '}';
        return;
      }
    }
  }

  fmtInteger(v: Extract<GoValue, { kind: 'int' }>, verb: string): void {
    const n = v.value;
    switch (verb) {
      case 'v':
      case 'd':
        this.fmtIntBase(n, 10, verb, false);
        return;
      case 'b':
        this.fmtIntBase(n, 2, verb, false);
        return;
      case 'o':
      case 'O':
        this.fmtIntBase(n, 8, verb, false);
        return;
      case 'x':
        this.fmtIntBase(n, 16, verb, false);
        return;
      case 'X':
        this.fmtIntBase(n, 16, verb, true);
        return;
      case 'c':
        this.pad(runeString(n));
        return;
      case 'q':
        this.pad(goQuoteRune(n));
        return;
      case 'U': {
        let s = 'U+' + Math.abs(n).toString(16).toUpperCase().padStart(4, '0');
        if (n < 0) s = 'U+' + (BigInt.asUintN(64, BigInt(n)).toString(16).toUpperCase());
        if (this.f.sharp && n >= 0 && n <= 0x10ffff) s += " '" + runeString(n) + "'";
        this.pad(s);
        return;
      }
      default:
        this.badVerb(verb, v);
    }
  }

  fmtIntBase(n: number, base: number, verb: string, upper: boolean): void {
    const neg = n < 0;
    let digits = BigInt(Math.abs(n)).toString(base);
    if (upper) digits = digits.toUpperCase();
    let prec = this.f.prec;
    if (prec === undefined && this.f.zero && this.f.width !== undefined && !this.f.minus) {
      prec = this.f.width;
      if (neg || this.f.plus || this.f.space) prec--;
    }
    if (prec !== undefined) {
      if (prec === 0 && n === 0) digits = '';
      else digits = digits.padStart(prec, '0');
    }
    if (this.f.sharp || verb === 'O') {
      if (base === 8 && verb === 'O') digits = '0o' + digits;
      else if (base === 8 && !digits.startsWith('0')) digits = '0' + digits;
      else if (base === 16) digits = (upper ? '0X' : '0x') + digits;
      else if (base === 2) digits = '0b' + digits;
    }
    if (neg) digits = '-' + digits;
    else if (this.f.plus) digits = '+' + digits;
    else if (this.f.space) digits = ' ' + digits;
    const zero = this.f.zero;
    this.f.zero = false;
    this.pad(digits);
    this.f.zero = zero;
  }

  fmtFloat(v: Extract<GoValue, { kind: 'float' }>, verb: string): void {
    let fmt: string;
    let prec: number;
    switch (verb) {
      case 'v':
        fmt = 'g';
        prec = -1;
        break;
      case 'g':
      case 'G':
        fmt = verb;
        prec = -1;
        break;
      case 'e':
      case 'E':
      case 'f':
        fmt = verb;
        prec = 6;
        break;
      case 'F':
        fmt = 'f';
        prec = 6;
        break;
      default:
        this.badVerb(verb, v);
        return;
    }
    if (this.f.prec !== undefined) prec = this.f.prec;
    let s = formatGoFloat(v.value, fmt, prec);
    const isInfOrNaN = !Number.isFinite(v.value);
    if (s.startsWith('+')) s = this.f.plus ? s : s.slice(1);
    if (!s.startsWith('-') && !s.startsWith('+')) {
      if (this.f.plus) s = '+' + s;
      else if (this.f.space) s = ' ' + s;
    }
    if (v.value === Infinity && !this.f.plus && !this.f.space) s = '+Inf';
    if (this.f.zero && !this.f.minus && this.f.width !== undefined && !isInfOrNaN) {
      const sign = s[0] === '-' || s[0] === '+' || s[0] === ' ' ? (s[0] ?? '') : '';
      const body = s.slice(sign.length);
      const n = this.f.width - runeCount(s);
      this.out += n > 0 ? sign + '0'.repeat(n) + body : s;
      return;
    }
    const zero = this.f.zero;
    this.f.zero = false;
    this.pad(s);
    this.f.zero = zero;
  }

  fmtString(v: Extract<GoValue, { kind: 'string' }>, verb: string): void {
    let s = v.value;
    switch (verb) {
      case 'v':
        if (this.f.sharpV) {
          this.pad(goQuote(s));
          return;
        }
        this.pad(this.truncate(s));
        return;
      case 's':
        this.pad(this.truncate(s));
        return;
      case 'q':
        s = this.truncate(s);
        if (this.f.sharp && canBackquote(s)) this.pad('`' + s + '`');
        else this.pad(this.f.plus ? goQuoteToASCII(s) : goQuote(s));
        return;
      case 'x':
      case 'X': {
        let bytes = utf8Bytes(s);
        if (this.f.prec !== undefined) bytes = bytes.slice(0, this.f.prec);
        const hex = (b: number) => {
          const h = b.toString(16).padStart(2, '0');
          return verb === 'X' ? h.toUpperCase() : h;
        };
        const prefix = verb === 'X' ? '0X' : '0x';
        let out = '';
        bytes.forEach((b, i) => {
          if (this.f.space && i > 0) out += ' ';
          if (this.f.sharp && (this.f.space || i === 0)) out += prefix;
          out += hex(b);
        });
        this.pad(out);
        return;
      }
      default:
        this.badVerb(verb, v);
    }
  }

  truncate(s: string): string {
    const prec = this.f.prec;
    if (prec === undefined) return s;
    const rs = runes(s);
    return rs.length > prec ? rs.slice(0, prec).join('') : s;
  }
}

function runeString(n: number): string {
  const valid = n >= 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff);
  return String.fromCodePoint(valid ? n : 0xfffd);
}

function isStringArg(v: GoValue): boolean {
  return indirectInterface(v).kind === 'string';
}

/** `fmt.Sprint`: operands printed with `%v`, a space between two non-string operands. */
export function goSprint(args: readonly GoValue[], model: ValueModel): string {
  const p = new Printer(model);
  let prevString = false;
  args.forEach((arg, i) => {
    const isString = isStringArg(arg);
    if (i > 0 && !isString && !prevString) p.out += ' ';
    p.f = noFlags();
    p.printArg(arg, 'v');
    prevString = isString;
  });
  return p.out;
}

/** `fmt.Sprintln`: operands separated by spaces, then a newline. */
export function goSprintln(args: readonly GoValue[], model: ValueModel): string {
  const p = new Printer(model);
  args.forEach((arg, i) => {
    if (i > 0) p.out += ' ';
    p.f = noFlags();
    p.printArg(arg, 'v');
  });
  return p.out + '\n';
}

/** How `{{.X}}` prints a value: `fmt.Fprint` of one operand. */
export function goPrintValue(v: GoValue, model: ValueModel): string {
  return goSprint([v], model);
}

function parseNum(s: string, i: number): { num: number | undefined; next: number } {
  let j = i;
  let num = 0;
  while (j < s.length && s[j]! >= '0' && s[j]! <= '9') {
    num = num * 10 + (s.charCodeAt(j) - 48);
    if (num > 1e6) return { num: undefined, next: j + 1 };
    j++;
  }
  return { num: j > i ? num : undefined, next: j };
}

/** `fmt.Sprintf`. */
export function goSprintf(format: string, args: readonly GoValue[], model: ValueModel): string {
  const p = new Printer(model);
  let argNum = 0;
  let reordered = false;
  let goodArgNum = true;
  const end = format.length;
  const intFromArg = (): number | undefined => {
    const a = args[argNum];
    if (a === undefined) return undefined;
    argNum++;
    const v = indirectInterface(a);
    if (v.kind !== 'int' || Math.abs(v.value) > 1e6) return undefined;
    return v.value;
  };
  const argIndex = (i: number): number => {
    // `[n]` selects operand n (1-based) for the next verb or `*`.
    if (format[i] !== '[') return i;
    reordered = true;
    const close = format.indexOf(']', i);
    const n = close < 0 ? undefined : parseNum(format, i + 1);
    if (close < 0 || n === undefined || n.num === undefined || n.next !== close || n.num < 1 || n.num > args.length) {
      goodArgNum = false;
      return close < 0 ? end : close + 1;
    }
    argNum = n.num - 1;
    return close + 1;
  };

  let i = 0;
  while (i < end) {
    goodArgNum = true;
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      p.out += format.slice(i);
      break;
    }
    p.out += format.slice(i, pct);
    i = pct + 1;
    p.f = noFlags();
    flags: for (; i < end; i++) {
      switch (format[i]) {
        case '#':
          p.f.sharp = true;
          break;
        case '0':
          p.f.zero = !p.f.minus;
          break;
        case '+':
          p.f.plus = true;
          break;
        case '-':
          p.f.minus = true;
          p.f.zero = false;
          break;
        case ' ':
          p.f.space = true;
          break;
        default:
          break flags;
      }
    }
    i = argIndex(i);
    let badWidth = false;
    if (format[i] === '*') {
      i++;
      const w = intFromArg();
      if (w === undefined) badWidth = true;
      else {
        p.f.width = Math.abs(w);
        if (w < 0) {
          p.f.minus = true;
          p.f.zero = false;
        }
      }
    } else {
      const w = parseNum(format, i);
      p.f.width = w.num;
      i = w.next;
    }
    if (badWidth) p.out += '%!(BADWIDTH)';
    let badPrec = false;
    if (format[i] === '.') {
      i++;
      i = argIndex(i);
      if (format[i] === '*') {
        i++;
        const pr = intFromArg();
        if (pr === undefined || pr < 0) badPrec = true;
        else p.f.prec = pr;
      } else {
        const pr = parseNum(format, i);
        p.f.prec = pr.num ?? 0;
        i = pr.next;
      }
    }
    if (badPrec) p.out += '%!(BADPREC)';
    i = argIndex(i);
    if (i >= end) {
      p.out += '%!(NOVERB)';
      break;
    }
    const cp = format.codePointAt(i) ?? 0;
    const verb = String.fromCodePoint(cp);
    i += verb.length;
    if (verb === '%') {
      p.out += '%';
      continue;
    }
    if (!goodArgNum) {
      p.out += '%!' + verb + '(BADINDEX)';
      continue;
    }
    const arg = args[argNum];
    if (arg === undefined) {
      p.out += '%!' + verb + '(MISSING)';
      continue;
    }
    argNum++;
    if (verb === 'v') {
      if (p.f.sharp) {
        p.f.sharp = false;
        p.f.sharpV = true;
      }
      if (p.f.plus) {
        p.f.plus = false;
        p.f.plusV = true;
      }
    }
    p.printArg(arg, verb);
  }
  if (!reordered && argNum < args.length) {
    p.f = noFlags();
    p.out += '%!(EXTRA ';
    args.slice(argNum).forEach((arg, k) => {
      if (k > 0) p.out += ', ';
      const v = indirectInterface(arg);
      if (v.kind === 'invalid') p.out += '<nil>';
      else {
        p.out += dynamicTypeName(arg) + '=';
        p.printArg(arg, 'v');
      }
    });
    p.out += ')';
  }
  return p.out;
}
