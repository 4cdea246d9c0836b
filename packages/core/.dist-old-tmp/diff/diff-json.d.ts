/**
 * The semantic diff: walks two JSON values side by side, objects by key and arrays by
 * element identity, and lists what changed. Entities in the canonical state are keyed by
 * name (network, container, endpoint by network), so two containers swapping addresses
 * show as two address changes, never as a rename.
 */
import type { Json } from '../state/canonical-json.js';
import type { Change } from './change.js';
export interface DiffOptions {
    /** Field names left out of the comparison wherever they occur (`id`, `mac`, `created`). */
    readonly ignore?: readonly string[];
}
/**
 * Every change from `a` to `b`, keyed by entity; empty when they are equal. Applied in
 * order as RFC 6902 operations ({@link toJsonPatch}) the changes turn `a` into `b`
 * (both without the ignored fields).
 *
 * @example
 * diffJson({ c1: { ip: '172.17.0.2' }, c2: { ip: '172.17.0.3' } }, { c1: { ip: '172.17.0.3' }, c2: { ip: '172.17.0.2' } })
 * // [{ op: 'replace', path: ['c1', 'ip'], pointer: '/c1/ip', before: '172.17.0.2', after: '172.17.0.3' },
 * //  { op: 'replace', path: ['c2', 'ip'], pointer: '/c2/ip', before: '172.17.0.3', after: '172.17.0.2' }]
 */
export declare const diffJson: (a: Json, b: Json, options?: DiffOptions) => readonly Change[];
//# sourceMappingURL=diff-json.d.ts.map