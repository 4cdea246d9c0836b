/**
 * Named groups of noisy fields for `--ignore @GROUP`: values docknet generates rather than
 * a user choosing them, which differ between two runs that did "the same thing" in
 * another order or under another seed.
 */
import * as E from 'fp-ts/lib/Either.js';
/** The groups, by name (without the `@`). */
export declare const FIELD_GROUPS: Readonly<Record<string, readonly string[]>>;
/**
 * Field names with `@group` entries expanded (`@noise` is every group); an unknown group
 * is a Left naming the known ones.
 *
 * @example
 * expandIgnoredFields(['@macs', 'created']) // right(['mac', 'created'])
 */
export declare const expandIgnoredFields: (names: readonly string[]) => E.Either<string, readonly string[]>;
//# sourceMappingURL=field-groups.d.ts.map