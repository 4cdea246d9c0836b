/** What a semantic diff reports: one change per place where A and B differ. */
import type { Json } from '../state/canonical-json.js';
/**
 * An element of an array, named by its identity (an entity's `name`, a pool's `subnet`, a
 * string's own value) so that a report says *which* one changed, not where it sat.
 */
export interface ArrayItem {
    /** Its position: in B for an added or changed element, in A for a removed one. */
    readonly index: number;
    /** What identifies it, for display (`eth0`, `172.17.0.0/16`, `web`). */
    readonly id: string;
}
/** One step of a change's path: an object key, or an array element by identity. */
export type PathSegment = string | ArrayItem;
/**
 * Where a field was added, removed or replaced, with the values on each side. `path` names
 * the place by entity (for people); `pointer` is the RFC 6901 pointer that is valid when the
 * changes are applied in list order (array indices shift as elements come and go), which is
 * what makes a change list an RFC 6902 patch.
 */
export type Change = {
    readonly op: 'add';
    readonly path: readonly PathSegment[];
    readonly pointer: string;
    readonly after: Json;
} | {
    readonly op: 'remove';
    readonly path: readonly PathSegment[];
    readonly pointer: string;
    readonly before: Json;
} | {
    readonly op: 'replace';
    readonly path: readonly PathSegment[];
    readonly pointer: string;
    readonly before: Json;
    readonly after: Json;
};
/** `add`, `remove` or `replace`, as in RFC 6902. */
export type ChangeOp = Change['op'];
//# sourceMappingURL=change.d.ts.map