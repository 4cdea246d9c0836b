import * as t from 'io-ts';
import { isRight } from 'fp-ts/lib/Either.js';

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Sets an own data property. Plain assignment would treat a user-chosen key such as
 * `__proto__` (a label, say) as the prototype and silently drop it from the log.
 */
const put = (out: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
};

/** Objects with no codec to follow: keys sorted, so the output never depends on build order. */
function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (value[key] !== undefined) put(out, key, sortedDeep(value[key]));
  }
  return out;
}

/** The (key, codec) pairs a codec declares for an object, in declaration order. */
function declaredProps(codec: t.Mixed): readonly (readonly [string, t.Mixed])[] | undefined {
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType || codec instanceof t.StrictType) {
    return Object.entries(codec.props as t.Props);
  }
  if (codec instanceof t.ExactType || codec instanceof t.ReadonlyType || codec instanceof t.RefinementType) {
    return declaredProps(codec.type as t.Mixed);
  }
  if (codec instanceof t.IntersectionType) {
    const pairs: (readonly [string, t.Mixed])[] = [];
    for (const member of codec.types as t.Mixed[]) {
      const props = declaredProps(member);
      if (props === undefined) return undefined;
      for (const pair of props) if (!pairs.some(([key]) => key === pair[0])) pairs.push(pair);
    }
    return pairs;
  }
  return undefined;
}

/**
 * Rebuilds an encoded value with object keys in the order its codec declares them (extra keys
 * after, sorted), recursively; records and unknown shapes get sorted keys. Key order is what
 * makes two writers produce byte-identical lines for the same event.
 */
export function orderByCodec(codec: t.Mixed, value: unknown): unknown {
  if (codec instanceof t.UnionType) {
    // The encoded value belongs to the first member that decodes it back.
    const member = (codec.types as t.Mixed[]).find((type) => isRight(type.decode(value)));
    return member === undefined ? sortedDeep(value) : orderByCodec(member, value);
  }
  if (codec instanceof t.RecursiveType) return orderByCodec(codec.type as t.Mixed, value);
  if (
    (codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType) &&
    Array.isArray(value)
  ) {
    return value.map((item) => orderByCodec(codec.type as t.Mixed, item));
  }
  if (codec instanceof t.TupleType && Array.isArray(value)) {
    const types = codec.types as t.Mixed[];
    return value.map((item, index) => {
      const type = types[index];
      return type === undefined ? sortedDeep(item) : orderByCodec(type, item);
    });
  }
  if (codec instanceof t.DictionaryType && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      if (value[key] !== undefined) put(out, key, orderByCodec(codec.codomain as t.Mixed, value[key]));
    }
    return out;
  }
  if (!isPlainObject(value)) return sortedDeep(value);
  const props = declaredProps(codec);
  if (props === undefined) return sortedDeep(value);
  const out: Record<string, unknown> = {};
  for (const [key, type] of props) {
    if (value[key] !== undefined) put(out, key, orderByCodec(type, value[key]));
  }
  for (const key of Object.keys(value).sort()) {
    if (!Object.hasOwn(out, key) && value[key] !== undefined) put(out, key, sortedDeep(value[key]));
  }
  return out;
}

/**
 * Canonical JSON of a value through its codec: `codec.encode`, keys in codec order, no spaces.
 *
 * @example
 * canonicalJson(t.type({ b: t.number, a: t.string }), { a: 'x', b: 1 }) // '{"b":1,"a":"x"}'
 */
export function canonicalJson<A, O>(codec: t.Type<A, O, unknown>, value: A): string {
  return JSON.stringify(orderByCodec(codec, codec.encode(value)) as Json);
}
