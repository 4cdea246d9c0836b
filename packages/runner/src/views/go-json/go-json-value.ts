/**
 * The data Docker's daemon serialises for `inspect`, in the shape Go's `encoding/json`
 * writes it. Go structs are plain objects whose key order is the struct's field order;
 * Go maps are `ReadonlyMap`s with keys in Go's order (sorted), which a plain object cannot
 * keep for integer-like keys ("10" would move before "9").
 *
 * The shape matches the template engine's value type, so the same data drives both
 * `renderGoJson` and `--format`.
 */
export type GoJson =
  | null
  | boolean
  | number
  | string
  | readonly GoJson[]
  | GoJsonStruct
  | ReadonlyMap<string, GoJson>;

/** A Go struct: keys in field order. */
export interface GoJsonStruct {
  readonly [field: string]: GoJson;
}

/**
 * A Go map from a record or entries: keys sorted bytewise, as `encoding/json` writes maps.
 *
 * @example
 * goMapOf({ b: '1', a: '2' }) // Map { 'a' => '2', 'b' => '1' }
 */
export function goMapOf<V extends GoJson>(
  source: Readonly<Record<string, V>> | Iterable<readonly [string, V]>,
): ReadonlyMap<string, V> {
  const entries: (readonly [string, V])[] = isIterable(source) ? [...source] : Object.entries(source);
  entries.sort(([a], [b]) => compareBytes(a, b));
  return new Map(entries);
}

function isIterable<V>(x: Readonly<Record<string, V>> | Iterable<readonly [string, V]>): x is Iterable<readonly [string, V]> {
  return typeof (x as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/** Go's string order: bytewise over UTF-8 (which equals code-point order, unlike UTF-16 `<`). */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
