import type { Either } from 'fp-ts/lib/Either.js';

/**
 * The data a template runs on: JSON-like values as docknet's views produce them.
 *
 * - Objects are Go maps unless tagged with {@link goStruct} (or treated as structs by the
 *   `strictFields` execute option). Their keys keep insertion order for `json`; a `Map`
 *   keeps the exact order even for integer-like keys, which plain objects reorder.
 * - Integers are Go `int`, other numbers `float64`; `null` is a nil interface inside a
 *   map or array, a nil pointer as a struct field, and "no value" as the root.
 * - Arrays whose elements are all strings are `[]string`, others `[]interface {}`.
 */
export type TemplateValue =
  | null
  | boolean
  | number
  | string
  | readonly TemplateValue[]
  | TemplateObject;

/** An object value: a plain record or an ordered `Map`. */
export type TemplateObject =
  | { readonly [key: string]: TemplateValue }
  | ReadonlyMap<string, TemplateValue>;

/** A parameter type of a struct method (what Go's reflection would check). */
export type MethodParam = 'string' | 'int' | 'bool' | 'any';

/**
 * A method on a tagged struct, such as Docker's `{{.Label "com.example"}}`. A Left is
 * reported as Go reports a method's error: `error calling Label: <message>`.
 */
export interface GoMethod {
  readonly params: readonly MethodParam[];
  readonly call: (...args: TemplateValue[]) => Either<string, TemplateValue>;
}

/** What a tag says about an object: a struct (with its Go type name) or a typed map. */
export type GoTypeTag =
  | {
      readonly kind: 'struct';
      readonly typeName: string;
      readonly methods: Readonly<Record<string, GoMethod>>;
    }
  | { readonly kind: 'map'; readonly typeName: string; readonly elemType: string };

const GO_TYPE: unique symbol = Symbol('docknet.goType');

interface Tagged {
  [GO_TYPE]?: GoTypeTag;
}

function tag<T extends object>(value: T, t: GoTypeTag): T {
  Object.defineProperty(value, GO_TYPE, { value: t, enumerable: false, configurable: true });
  return value;
}

/**
 * Marks an object as a Go struct named `typeName` (e.g. `*network.networkContext`): an
 * unknown field is an error (`can't evaluate field Foo in type …`), `{{.}}` prints
 * `{v1 v2}` in field order, and `range`/`len`/`index` refuse it as Go does.
 *
 * @example
 * goStruct('*formatter.networkContext', { ID: '0a1b2c3d4e5f', Name: 'bridge' })
 */
export function goStruct<T extends TemplateObject>(
  typeName: string,
  fields: T,
  methods: Readonly<Record<string, GoMethod>> = {},
): T {
  return tag(fields, { kind: 'struct', typeName, methods });
}

/**
 * Marks an object as a Go map with a concrete element type, e.g.
 * `goMap('string', labels)` for `map[string]string`: `index` of a missing key gives `""`
 * (not `<no value>`), and the entries print and range in sorted key order.
 */
export function goMap<T extends TemplateObject>(elemType: string, entries: T): T {
  return tag(entries, { kind: 'map', typeName: `map[string]${elemType}`, elemType });
}

/** The tag set by {@link goStruct} / {@link goMap}, if any. */
export function goTypeTag(value: object): GoTypeTag | undefined {
  return (value as Tagged)[GO_TYPE];
}

/** Whether a value is an object (record or Map), as opposed to an array or scalar. */
export function isTemplateObject(value: TemplateValue): value is TemplateObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own keys in insertion order. */
export function objectKeys(obj: TemplateObject): string[] {
  if (obj instanceof Map) return [...(obj as ReadonlyMap<string, TemplateValue>).keys()];
  return Object.keys(obj);
}

/** The entry for `key`, or `undefined` when absent (never an inherited property). */
export function objectGet(obj: TemplateObject, key: string): TemplateValue | undefined {
  if (obj instanceof Map) return (obj as ReadonlyMap<string, TemplateValue>).get(key);
  const rec = obj as { readonly [key: string]: TemplateValue };
  return Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined;
}

/** Number of entries. */
export function objectSize(obj: TemplateObject): number {
  if (obj instanceof Map) return (obj as ReadonlyMap<string, TemplateValue>).size;
  return Object.keys(obj).length;
}
