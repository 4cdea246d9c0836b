/**
 * Which element of an array is which. The canonical state keeps entities in objects keyed
 * by name, but a few lists remain (host interfaces, IPAM configs and pools, aliases, env):
 * their elements are matched by identity so that a change inside one element, or one
 * element more, is reported as such rather than as every later position changing.
 */
import type { Json } from '../state/canonical-json.js';
import { isJsonObject, isJsonScalar } from './json-shape.js';

/** Fields that name an element of a list of records, in order of preference. */
export const IDENTITY_FIELDS: readonly string[] = ['name', 'subnet', 'id'];

/**
 * One identity per element of `a` and of `b`, or undefined when the two arrays cannot be
 * matched element by element (mixed shapes, records without a shared identity field,
 * duplicates): the caller then compares them as whole values.
 *
 * Scalars are their own identity; records use the first of {@link IDENTITY_FIELDS} that
 * every element of both arrays holds as a string.
 */
export const arrayIdentities = (
  a: readonly Json[],
  b: readonly Json[],
): { readonly a: readonly string[]; readonly b: readonly string[] } | undefined => {
  const all = [...a, ...b];
  let idOf: ((item: Json) => string) | undefined;
  if (all.every(isJsonScalar)) {
    // Strings read best bare; other scalars keep their JSON so that 1 and "1" differ.
    idOf = (item) => (typeof item === 'string' ? item : JSON.stringify(item));
    if (new Set(all.map((item) => typeof item)).size > 1) return undefined;
  } else if (all.every(isJsonObject)) {
    const field = IDENTITY_FIELDS.find((f) => all.every((item) => isJsonObject(item) && typeof item[f] === 'string'));
    if (field === undefined) return undefined;
    idOf = (item) => (isJsonObject(item) ? String(item[field]) : '');
  }
  if (idOf === undefined) return undefined;
  const ids = { a: a.map(idOf), b: b.map(idOf) };
  if (new Set(ids.a).size !== ids.a.length || new Set(ids.b).size !== ids.b.length) return undefined;
  return ids;
};
