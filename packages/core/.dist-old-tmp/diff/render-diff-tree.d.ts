/**
 * The human form of a diff: a tree with one heading per entity (`~ container c1`) and one
 * line per change, `+` added, `-` removed, `~` changed with `old → new`.
 */
import type { Json } from '../state/canonical-json.js';
import type { Change, PathSegment } from './change.js';
export interface DiffTreeOptions {
    /** The heading of the entity at a path, or undefined for a plain field (see stateEntityLabel). */
    readonly entityLabel?: (path: readonly PathSegment[]) => string | undefined;
}
/** A value on one line: strings bare where that cannot be misread, anything else as JSON. */
export declare const formatDiffValue: (value: Json) => string;
/** A path relative to its entity, as the scenario format's JSON paths write it (`endpoint.ipv4`, `options["a.b"]`). */
export declare const formatDiffPath: (path: readonly PathSegment[]) => string;
/**
 * The diff as an indented tree, one line per heading or change, each ending in a newline;
 * the empty string when there is no change.
 *
 * @example
 * renderDiffTree(diffJson(a, b), { entityLabel: stateEntityLabel })
 * // ~ host docker-host
 * //   ~ container c1
 * //     ~ on network bridge
 * //       ~ endpoint.ipv4: 172.17.0.2 → 172.17.0.3
 */
export declare const renderDiffTree: (changes: readonly Change[], options?: DiffTreeOptions) => string;
//# sourceMappingURL=render-diff-tree.d.ts.map