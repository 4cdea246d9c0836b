/**
 * Which element of an array is which. The canonical state keeps entities in objects keyed
 * by name, but a few lists remain (host interfaces, IPAM configs and pools, aliases, env):
 * their elements are matched by identity so that a change inside one element, or one
 * element more, is reported as such rather than as every later position changing.
 */
import type { Json } from '../state/canonical-json.js';
/** Fields that name an element of a list of records, in order of preference. */
export declare const IDENTITY_FIELDS: readonly string[];
/**
 * One identity per element of `a` and of `b`, or undefined when the two arrays cannot be
 * matched element by element (mixed shapes, records without a shared identity field,
 * duplicates): the caller then compares them as whole values.
 *
 * Scalars are their own identity; records use the first of {@link IDENTITY_FIELDS} that
 * every element of both arrays holds as a string.
 */
export declare const arrayIdentities: (a: readonly Json[], b: readonly Json[]) => {
    readonly a: readonly string[];
    readonly b: readonly string[];
} | undefined;
//# sourceMappingURL=array-identity.d.ts.map