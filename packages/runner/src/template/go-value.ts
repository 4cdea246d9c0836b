import type { GoMethod, TemplateObject, TemplateValue } from './template-value.js';
import { goTypeTag, objectGet, objectKeys, objectSize } from './template-value.js';
import { compareGoStrings } from './utf8.js';

/**
 * A value as Go's `reflect` sees it while a template runs. The distinctions matter for
 * output: an `invalid` value prints `<no value>`, a nil interface in a map is dug out to
 * `invalid` by a pipeline, a nil pointer prints `<nil>`, `int` and `float64` never compare
 * equal, and error messages name these types.
 */
export type GoValue =
  | { readonly kind: 'invalid' }
  | { readonly kind: 'iface'; readonly inner: GoValue | undefined }
  | { readonly kind: 'nilptr' }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'int'; readonly value: number; readonly type: IntType }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'slice'; readonly items: readonly TemplateValue[]; readonly type: string }
  | { readonly kind: 'map'; readonly source: TemplateObject; readonly type: string; readonly elemType: string }
  | {
      readonly kind: 'struct';
      readonly source: TemplateObject;
      readonly type: string;
      readonly methods: Readonly<Record<string, GoMethod>>;
    };

/** The integer types a template can produce: data and literals are `int`; indexing a string gives a byte. */
export type IntType = 'int' | 'uint8';

/** How untagged objects are read: as maps (Go's `map[string]interface {}`) or as structs. */
export interface ValueModel {
  readonly strictFields: boolean;
}

export const INVALID: GoValue = { kind: 'invalid' };
export const NIL_IFACE: GoValue = { kind: 'iface', inner: undefined };
export const NIL_PTR: GoValue = { kind: 'nilptr' };

export function goString(value: string): GoValue {
  return { kind: 'string', value };
}
export function goInt(value: number, type: IntType = 'int'): GoValue {
  return { kind: 'int', value, type };
}
export function goFloat(value: number): GoValue {
  return { kind: 'float', value };
}
export function goBool(value: boolean): GoValue {
  return { kind: 'bool', value };
}
export function goStringSlice(items: readonly string[]): GoValue {
  return { kind: 'slice', items, type: '[]string' };
}

const ANY = 'interface {}';
const sliceTypes = new WeakMap<readonly TemplateValue[], string>();
const structTypes = new WeakMap<object, string>();

/** `[]string` when every element is a string, else `[]interface {}`. */
export function sliceTypeOf(items: readonly TemplateValue[]): string {
  const cached = sliceTypes.get(items);
  if (cached !== undefined) return cached;
  const t = items.every((x) => typeof x === 'string') ? '[]string' : `[]${ANY}`;
  sliceTypes.set(items, t);
  return t;
}

/** The Go type a data value would have, for messages like `can't evaluate field X in type T`. */
export function inferGoType(v: TemplateValue, model: ValueModel): string {
  if (v === null) return ANY;
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (Array.isArray(v)) return sliceTypeOf(v as readonly TemplateValue[]);
  const obj = v as TemplateObject;
  const t = goTypeTag(obj);
  if (t !== undefined) return t.typeName;
  if (!model.strictFields) return `map[string]${ANY}`;
  return anonymousStructType(obj, model);
}

/**
 * Untagged objects under `strictFields` are anonymous Go structs; Go names such a type by
 * its fields, e.g. `struct { ID string; Internal bool }`.
 */
function anonymousStructType(obj: TemplateObject, model: ValueModel): string {
  const cached = structTypes.get(obj);
  if (cached !== undefined) return cached;
  const keys = objectKeys(obj);
  const t =
    keys.length === 0
      ? 'struct {}'
      : `struct { ${keys.map((k) => `${k} ${inferGoType(objectGet(obj, k) ?? null, model)}`).join('; ')} }`;
  structTypes.set(obj, t);
  return t;
}

/** Converts data to the concrete Go value it stands for (not wrapped in an interface). */
export function concrete(v: TemplateValue, model: ValueModel): GoValue {
  if (v === null) return NIL_PTR;
  if (typeof v === 'boolean') return goBool(v);
  if (typeof v === 'string') return goString(v);
  if (typeof v === 'number') return Number.isInteger(v) ? goInt(v) : goFloat(v);
  if (Array.isArray(v)) {
    const items = v as readonly TemplateValue[];
    return { kind: 'slice', items, type: sliceTypeOf(items) };
  }
  const obj = v as TemplateObject;
  const t = goTypeTag(obj);
  if (t?.kind === 'struct') return { kind: 'struct', source: obj, type: t.typeName, methods: t.methods };
  if (t?.kind === 'map') return { kind: 'map', source: obj, type: t.typeName, elemType: t.elemType };
  if (model.strictFields) {
    return { kind: 'struct', source: obj, type: anonymousStructType(obj, model), methods: {} };
  }
  return { kind: 'map', source: obj, type: `map[string]${ANY}`, elemType: ANY };
}

/** The root data: `nil` data is the invalid value, as `reflect.ValueOf(nil)` is. */
export function rootValue(v: TemplateValue, model: ValueModel): GoValue {
  return v === null ? INVALID : concrete(v, model);
}

/** An element stored in a container whose element type is `elemType`. */
export function element(v: TemplateValue, elemType: string, model: ValueModel): GoValue {
  if (elemType === ANY) return { kind: 'iface', inner: v === null ? undefined : concrete(v, model) };
  return concrete(v, model);
}

/** The element type of a slice type name. */
export function sliceElemType(sliceType: string): string {
  return sliceType.startsWith('[]') ? sliceType.slice(2) : ANY;
}

/** Element `i` of a slice value. */
export function sliceIndex(s: Extract<GoValue, { kind: 'slice' }>, i: number, model: ValueModel): GoValue {
  return element(s.items[i] ?? null, sliceElemType(s.type), model);
}

/** Map keys in Go's sorted order (`fmtsort`), as `range` and `fmt` visit them. */
export function sortedKeys(source: TemplateObject): string[] {
  return objectKeys(source).sort(compareGoStrings);
}

/** The zero value of a map's element type, for `index` of a missing key and `missingkey=zero`. */
export function zeroOf(type: string): GoValue {
  switch (type) {
    case 'string':
      return goString('');
    case 'int':
    case 'int64':
    case 'uint16':
      return goInt(0);
    case 'float64':
      return goFloat(0);
    case 'bool':
      return goBool(false);
    case ANY:
      return NIL_IFACE;
    default:
      if (type.startsWith('[]')) return { kind: 'slice', items: [], type };
      return NIL_PTR;
  }
}

/** Go's `Type().String()` for a value. */
export function typeName(v: GoValue): string {
  switch (v.kind) {
    case 'invalid':
      return '<nil>';
    case 'iface':
      return ANY;
    case 'nilptr':
      return 'interface {}';
    case 'string':
      return 'string';
    case 'int':
      return v.type;
    case 'float':
      return 'float64';
    case 'bool':
      return 'bool';
    case 'slice':
    case 'map':
    case 'struct':
      return v.type;
  }
}

/** The dynamic type of a value as `%T` and comparisons report it (interfaces see through). */
export function dynamicTypeName(v: GoValue): string {
  const c = indirectInterface(v);
  return c.kind === 'invalid' ? '<nil>' : typeName(c);
}

/** `reflect.Value.Elem()` on an interface; `invalid` for a nil interface. */
export function indirectInterface(v: GoValue): GoValue {
  if (v.kind !== 'iface') return v;
  return v.inner ?? INVALID;
}

/** Whether a value is a nil interface or nil pointer (Go's `indirect` reports `isNil`). */
export function isNilish(v: GoValue): boolean {
  return (v.kind === 'iface' && v.inner === undefined) || v.kind === 'nilptr';
}

/** Go's `isTrue`: the truth used by `if`, `with`, `and`, `or` and `not`. */
export function isTrue(v: GoValue): boolean {
  switch (v.kind) {
    case 'invalid':
    case 'nilptr':
      return false;
    case 'iface':
      return v.inner !== undefined;
    case 'string':
      return v.value.length > 0;
    case 'int':
    case 'float':
      return v.value !== 0;
    case 'bool':
      return v.value;
    case 'slice':
      return v.items.length > 0;
    case 'map':
      return objectSize(v.source) > 0;
    case 'struct':
      return true;
  }
}

/** Converts a Go value back to data (for struct methods and `json`). */
export function toTemplateValue(v: GoValue): TemplateValue {
  switch (v.kind) {
    case 'invalid':
    case 'nilptr':
      return null;
    case 'iface':
      return v.inner === undefined ? null : toTemplateValue(v.inner);
    case 'string':
    case 'int':
    case 'float':
    case 'bool':
      return v.value;
    case 'slice':
      return v.items;
    case 'map':
    case 'struct':
      return v.source;
  }
}
