import { isJsonArray, isJsonObject } from './json-shape.js';
/**
 * `value` without any object member whose key is in `names`, however deep. Noisy fields
 * (ids, MACs under a random-MAC profile, timestamps) are named once rather than by path,
 * because they occur in every container, endpoint and network.
 *
 * @example
 * omitFields({ id: 'x', name: 'c1', endpoint: { id: 'y', ipv4: '172.17.0.2' } }, new Set(['id']))
 * // { name: 'c1', endpoint: { ipv4: '172.17.0.2' } }
 */
export const omitFields = (value, names) => {
    if (names.size === 0)
        return value;
    if (isJsonArray(value))
        return value.map((item) => omitFields(item, names));
    if (!isJsonObject(value))
        return value;
    // fromEntries defines own properties, so a key such as "__proto__" stays plain data.
    return Object.fromEntries(Object.entries(value)
        .filter(([key]) => !names.has(key))
        .map(([key, item]) => [key, omitFields(item, names)]));
};
//# sourceMappingURL=omit-fields.js.map