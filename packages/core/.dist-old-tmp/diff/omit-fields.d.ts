/** `--ignore FIELD`: fields left out of a comparison by name, at any depth. */
import type { Json } from '../state/canonical-json.js';
/**
 * `value` without any object member whose key is in `names`, however deep. Noisy fields
 * (ids, MACs under a random-MAC profile, timestamps) are named once rather than by path,
 * because they occur in every container, endpoint and network.
 *
 * @example
 * omitFields({ id: 'x', name: 'c1', endpoint: { id: 'y', ipv4: '172.17.0.2' } }, new Set(['id']))
 * // { name: 'c1', endpoint: { ipv4: '172.17.0.2' } }
 */
export declare const omitFields: (value: Json, names: ReadonlySet<string>) => Json;
//# sourceMappingURL=omit-fields.d.ts.map