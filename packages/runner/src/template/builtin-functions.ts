import type { Either } from 'fp-ts/lib/Either.js';
import { left, right } from 'fp-ts/lib/Either.js';
import { goPrintValue, goSprint, goSprintf, goSprintln } from './go-fmt.js';
import type { FuncMap, GoFunction } from './go-function.js';
import type { GoValue, ValueModel } from './go-value.js';
import {
  INVALID,
  element,
  goBool,
  goInt,
  goString,
  indirectInterface,
  isNilish,
  isTrue,
  sliceIndex,
  typeName,
  zeroOf,
} from './go-value.js';
import { isGoPrint } from './go-quote.js';
import { objectGet, objectSize } from './template-value.js';
import { compareGoStrings, utf8Bytes, utf8Decode, utf8Length } from './utf8.js';

/**
 * Go's predefined template functions (`text/template/funcs.go`). `and`, `or` and `call`
 * are listed for their signatures; the executor evaluates them specially, as Go does.
 */

/** Go's `indirect`: through interfaces to the value, stopping at nil. */
function indirect(v: GoValue): { value: GoValue; isNil: boolean } {
  let cur = v;
  while (cur.kind === 'iface') {
    if (cur.inner === undefined) return { value: cur, isNil: true };
    cur = cur.inner;
  }
  if (cur.kind === 'nilptr') return { value: cur, isNil: true };
  return { value: cur, isNil: false };
}

/** Go's `truth`: `isTrue` through an interface. */
export function truth(v: GoValue): boolean {
  return isTrue(indirectInterface(v));
}

const ZERO_VALUE_TYPE = 'reflect: call of reflect.Value.Type on zero Value';

function indexArg(index: GoValue, cap: number): Either<string, number> {
  if (index.kind === 'int') {
    const x = index.value;
    if (x < 0 || x > cap) return left(`index out of range: ${x}`);
    return right(x);
  }
  if (index.kind === 'invalid') return left('cannot index slice/array with nil');
  return left(`cannot index slice/array with type ${typeName(index)}`);
}

function indexFn(args: readonly GoValue[], model: ValueModel): Either<string, GoValue> {
  let item = indirectInterface(args[0] ?? INVALID);
  if (item.kind === 'invalid') return left('index of untyped nil');
  for (const raw of args.slice(1)) {
    const index = indirectInterface(raw);
    const ind = indirect(item);
    if (ind.isNil) return left('index of nil pointer');
    item = ind.value;
    switch (item.kind) {
      case 'slice': {
        const x = indexArg(index, item.items.length);
        if (x._tag === 'Left') return x;
        if (x.right >= item.items.length) return left('reflect: slice index out of range');
        item = sliceIndex(item, x.right, model);
        break;
      }
      case 'string': {
        const bytes = utf8Bytes(item.value);
        const x = indexArg(index, bytes.length);
        if (x._tag === 'Left') return x;
        if (x.right >= bytes.length) return left('reflect: string index out of range');
        item = goInt(bytes[x.right] ?? 0, 'uint8');
        break;
      }
      case 'map': {
        if (index.kind === 'invalid') return left('value is nil; should be of type string');
        if (index.kind !== 'string') return left(`value has type ${typeName(index)}; should be string`);
        const found = objectGet(item.source, index.value);
        item = found === undefined ? zeroOf(item.elemType) : element(found, item.elemType, model);
        break;
      }
      default:
        return left(`can't index item of type ${typeName(item)}`);
    }
  }
  return right(item);
}

function sliceFn(args: readonly GoValue[]): Either<string, GoValue> {
  const item = indirectInterface(args[0] ?? INVALID);
  const indexes = args.slice(1).map(indirectInterface);
  if (item.kind === 'invalid') return left('slice of untyped nil');
  if (indexes.length > 3) return left(`too many slice indexes: ${indexes.length}`);
  let len: number;
  if (item.kind === 'string') {
    if (indexes.length === 3) return left('cannot 3-index slice a string');
    len = utf8Length(item.value);
  } else if (item.kind === 'slice') len = item.items.length;
  else return left(`can't slice item of type ${typeName(item)}`);
  const idx = [0, len, len];
  for (let i = 0; i < indexes.length; i++) {
    const x = indexArg(indexes[i] ?? INVALID, len);
    if (x._tag === 'Left') return x;
    idx[i] = x.right;
  }
  const [i0 = 0, i1 = len, i2 = len] = idx;
  if (i0 > i1) return left(`invalid slice index: ${i0} > ${i1}`);
  if (indexes.length === 3 && i1 > i2) return left(`invalid slice index: ${i1} > ${i2}`);
  if (item.kind === 'string') return right(goString(utf8Decode(utf8Bytes(item.value).slice(i0, i1))));
  return right({ kind: 'slice', items: item.items.slice(i0, i1), type: item.type });
}

function lenFn(args: readonly GoValue[]): Either<string, GoValue> {
  const { value, isNil } = indirect(args[0] ?? INVALID);
  if (isNil) return left('len of nil pointer');
  switch (value.kind) {
    case 'string':
      return right(goInt(utf8Length(value.value)));
    case 'slice':
      return right(goInt(value.items.length));
    case 'map':
      return right(goInt(objectSize(value.source)));
    case 'invalid':
      return left(ZERO_VALUE_TYPE);
    default:
      return left(`len of type ${typeName(value)}`);
  }
}

type Kind = 'invalid' | 'bool' | 'int' | 'uint' | 'float' | 'string';

function basicKind(v: GoValue): Kind {
  switch (v.kind) {
    case 'bool':
      return 'bool';
    case 'int':
      return v.type === 'uint8' ? 'uint' : 'int';
    case 'float':
      return 'float';
    case 'string':
      return 'string';
    default:
      return 'invalid';
  }
}

function scalar(v: GoValue): number | string | boolean {
  return v.kind === 'int' || v.kind === 'float' || v.kind === 'string' || v.kind === 'bool' ? v.value : 0;
}

/** Go's `eq`: `arg1 == arg2 || arg1 == arg3 || …`. */
export function goEq(arg1raw: GoValue, rest: readonly GoValue[], model: ValueModel): Either<string, boolean> {
  const arg1 = indirectInterface(arg1raw);
  if (rest.length === 0) return left('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (const raw of rest) {
    const arg = indirectInterface(raw);
    const k2 = basicKind(arg);
    let t = false;
    if (k1 !== k2) {
      if ((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int')) t = scalar(arg1) === scalar(arg);
      else if (arg1.kind !== 'invalid' && arg.kind !== 'invalid') {
        return left(`incompatible types for comparison: ${typeName(arg1)} and ${typeName(arg)}`);
      }
    } else if (k1 !== 'invalid') {
      t = scalar(arg1) === scalar(arg);
    } else {
      if (arg1.kind !== arg.kind && arg1.kind !== 'invalid' && arg.kind !== 'invalid') {
        return left(
          `non-comparable types ${goPrintValue(arg1, model)}: ${typeName(arg1)}, ${typeName(arg)}: ${goPrintValue(arg, model)}`,
        );
      }
      const n1 = arg1.kind === 'invalid' || isNilish(arg1);
      const n2 = arg.kind === 'invalid' || isNilish(arg);
      if (n1 || n2) t = n1 === n2;
      else if (arg.kind === 'slice' || arg.kind === 'map') {
        return left(`non-comparable type ${goPrintValue(arg, model)}: ${typeName(arg)}`);
      } else if (arg.kind === 'struct' && arg1.kind === 'struct') t = arg.source === arg1.source;
    }
    if (t) return right(true);
  }
  return right(false);
}

/** Go's `lt`. */
export function goLt(a1raw: GoValue, a2raw: GoValue): Either<string, boolean> {
  const a1 = indirectInterface(a1raw);
  const a2 = indirectInterface(a2raw);
  const k1 = basicKind(a1);
  const k2 = basicKind(a2);
  if (k1 === 'invalid' || k2 === 'invalid') return left('invalid type for comparison');
  if (k1 !== k2) {
    if ((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int')) {
      return right((scalar(a1) as number) < (scalar(a2) as number));
    }
    return left(`incompatible types for comparison: ${typeName(a1)} and ${typeName(a2)}`);
  }
  if (k1 === 'bool') return left('invalid type for comparison');
  if (k1 === 'string') return right(compareGoStrings(scalar(a1) as string, scalar(a2) as string) < 0);
  return right((scalar(a1) as number) < (scalar(a2) as number));
}

function boolResult(e: Either<string, boolean>): Either<string, GoValue> {
  return e._tag === 'Left' ? e : right(goBool(e.right));
}

function goLe(a: GoValue, b: GoValue, model: ValueModel): Either<string, boolean> {
  const lt = goLt(a, b);
  if (lt._tag === 'Left' || lt.right) return lt;
  return goEq(a, [b], model);
}

/** Go's `evalArgs` for `html`, `js` and `urlquery`: Sprint with `<no value>` for nil. */
function evalArgs(args: readonly GoValue[], model: ValueModel): string {
  if (args.length === 1) {
    const only = indirectInterface(args[0] ?? INVALID);
    if (only.kind === 'string') return only.value;
  }
  const printable = args.map((a) => {
    const v = indirectInterface(a);
    return v.kind === 'invalid' ? goString('<no value>') : v;
  });
  return goSprint(printable, model);
}

function htmlEscape(s: string): string {
  return s.replace(/[\0"'&<>]/g, (c) =>
    c === '\0' ? '\ufffd' : c === '"' ? '&#34;' : c === "'" ? '&#39;' : c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;',
  );
}

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const r = ch.codePointAt(0) ?? 0;
    switch (ch) {
      case '\\':
        out += '\\\\';
        continue;
      case "'":
        out += "\\'";
        continue;
      case '"':
        out += '\\"';
        continue;
      case '<':
        out += '\\u003C';
        continue;
      case '>':
        out += '\\u003E';
        continue;
      case '&':
        out += '\\u0026';
        continue;
      case '=':
        out += '\\u003D';
        continue;
    }
    if (r < 0x20) out += '\\u00' + r.toString(16).toUpperCase().padStart(2, '0');
    else if (r < 0x80 || isGoPrint(ch)) out += ch;
    else out += '\\u' + r.toString(16).toUpperCase().padStart(4, '0');
  }
  return out;
}

function urlQueryEscape(s: string): string {
  let out = '';
  for (const b of utf8Bytes(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

const str = (s: string): Either<string, GoValue> => right(goString(s));

const fns: Record<string, GoFunction> = {
  and: { params: ['value'], variadic: 'value', call: (a) => right(a[a.length - 1] ?? INVALID) },
  or: { params: ['value'], variadic: 'value', call: (a) => right(a[a.length - 1] ?? INVALID) },
  call: { params: ['value'], variadic: 'value', call: () => left('call of nil') },
  not: { params: ['value'], call: (a) => right(goBool(!truth(a[0] ?? INVALID))) },
  len: { params: ['value'], call: lenFn },
  index: { params: ['value'], variadic: 'value', call: indexFn },
  slice: { params: ['value'], variadic: 'value', call: (a) => sliceFn(a) },
  print: { params: [], variadic: 'any', call: (a, m) => str(goSprint(a, m)) },
  println: { params: [], variadic: 'any', call: (a, m) => str(goSprintln(a, m)) },
  printf: {
    params: ['string'],
    variadic: 'any',
    call: (a, m) => {
      const f = a[0];
      return str(goSprintf(f?.kind === 'string' ? f.value : '', a.slice(1), m));
    },
  },
  html: { params: [], variadic: 'any', call: (a, m) => str(htmlEscape(evalArgs(a, m))) },
  js: { params: [], variadic: 'any', call: (a, m) => str(jsEscape(evalArgs(a, m))) },
  urlquery: { params: [], variadic: 'any', call: (a, m) => str(urlQueryEscape(evalArgs(a, m))) },
  eq: { params: ['value'], variadic: 'value', call: (a, m) => boolResult(goEq(a[0] ?? INVALID, a.slice(1), m)) },
  ne: {
    params: ['value', 'value'],
    call: (a, m) => {
      const e = goEq(a[0] ?? INVALID, [a[1] ?? INVALID], m);
      return e._tag === 'Left' ? e : right(goBool(!e.right));
    },
  },
  lt: { params: ['value', 'value'], call: (a) => boolResult(goLt(a[0] ?? INVALID, a[1] ?? INVALID)) },
  le: { params: ['value', 'value'], call: (a, m) => boolResult(goLe(a[0] ?? INVALID, a[1] ?? INVALID, m)) },
  gt: {
    params: ['value', 'value'],
    call: (a, m) => {
      const e = goLe(a[0] ?? INVALID, a[1] ?? INVALID, m);
      return e._tag === 'Left' ? e : right(goBool(!e.right));
    },
  },
  ge: {
    params: ['value', 'value'],
    call: (a) => {
      const e = goLt(a[0] ?? INVALID, a[1] ?? INVALID);
      return e._tag === 'Left' ? e : right(goBool(!e.right));
    },
  },
};

/** Go's builtin functions. */
export const BUILTIN_FUNCTIONS: FuncMap = new Map(Object.entries(fns));
