/** RFC 6902 JSON Patch: the machine-readable form of a diff (`docknet diff --json`). */
import type { Json } from '../state/canonical-json.js';
import type { Change } from './change.js';
/** One RFC 6902 operation; a diff only ever needs these three. */
export type JsonPatchOperation = {
    readonly op: 'add';
    readonly path: string;
    readonly value: Json;
} | {
    readonly op: 'remove';
    readonly path: string;
} | {
    readonly op: 'replace';
    readonly path: string;
    readonly value: Json;
};
/**
 * The RFC 6902 patch that applies `changes` (in their order, which {@link diffJson} makes
 * valid for a patch).
 *
 * @example
 * toJsonPatch(diffJson({ a: 1 }, { a: 2, b: 3 }))
 * // [{ op: 'replace', path: '/a', value: 2 }, { op: 'add', path: '/b', value: 3 }]
 */
export declare const toJsonPatch: (changes: readonly Change[]) => readonly JsonPatchOperation[];
//# sourceMappingURL=json-patch.d.ts.map