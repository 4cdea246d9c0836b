/**
 * Telling JSON values apart and comparing them. The diff walks plain JSON (the canonical
 * state JSON or a state file read from disk), so these guards are its only notion of type.
 */
import type { Json } from '../state/canonical-json.js';

/** A JSON object (not an array, not null). */
export type JsonObject = { readonly [key: string]: Json };

export const isJsonArray = (value: Json): value is readonly Json[] => Array.isArray(value);

export const isJsonObject = (value: Json): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string, number, boolean or null. */
export const isJsonScalar = (value: Json): value is string | number | boolean | null =>
  value === null || typeof value !== 'object';

/** Deep equality; object key order does not matter, array order does. */
export const jsonEquals = (a: Json, b: Json): boolean => {
  if (a === b) return true;
  if (isJsonArray(a)) {
    return isJsonArray(b) && a.length === b.length && a.every((item, i) => jsonEquals(item, b[i] ?? null));
  }
  if (isJsonObject(a)) {
    if (!isJsonObject(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => Object.hasOwn(b, k) && jsonEquals(a[k] ?? null, b[k] ?? null));
  }
  return false;
};
