import { arrayIdentities } from './array-identity.js';
import { jsonPointer } from './json-pointer.js';
import { isJsonArray, isJsonObject, jsonEquals } from './json-shape.js';
import { omitFields } from './omit-fields.js';
/** Code-point order, so that output never depends on the locale. */
const byCodePoint = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
const at = (place, segment, token) => ({
    path: [...place.path, segment],
    tokens: [...place.tokens, token],
});
const walk = (a, b, place, out) => {
    if (jsonEquals(a, b))
        return;
    if (isJsonObject(a) && isJsonObject(b)) {
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(byCodePoint);
        for (const key of keys) {
            const inner = at(place, key, key);
            const before = a[key];
            const after = b[key];
            if (before === undefined && after !== undefined)
                out.push({ op: 'add', path: inner.path, pointer: jsonPointer(inner.tokens), after });
            else if (before !== undefined && after === undefined)
                out.push({ op: 'remove', path: inner.path, pointer: jsonPointer(inner.tokens), before });
            else if (before !== undefined && after !== undefined)
                walk(before, after, inner, out);
        }
        return;
    }
    if (isJsonArray(a) && isJsonArray(b) && walkArray(a, b, place, out))
        return;
    out.push({ op: 'replace', path: place.path, pointer: jsonPointer(place.tokens), before: a, after: b });
};
/**
 * Element-wise changes of two arrays matched by identity, in an order that is a valid
 * patch: removals from the highest index down, then changes inside the elements both
 * keep (at their index once the removals are done), then additions from the lowest
 * index up (each lands where B has it, everything before it being in place already).
 * Returns false, having pushed nothing, when the arrays cannot be matched or the kept
 * elements changed order; the caller then replaces the array whole.
 */
const walkArray = (a, b, place, out) => {
    const ids = arrayIdentities(a, b);
    if (ids === undefined)
        return false;
    const inB = new Map(ids.b.map((id, i) => [id, i]));
    const inA = new Set(ids.a);
    const kept = ids.a.filter((id) => inB.has(id));
    const keptInB = ids.b.filter((id) => inA.has(id));
    if (kept.some((id, i) => id !== keptInB[i]))
        return false;
    for (let i = a.length - 1; i >= 0; i--) {
        const id = ids.a[i] ?? '';
        if (inB.has(id))
            continue;
        const inner = at(place, { index: i, id }, String(i));
        out.push({ op: 'remove', path: inner.path, pointer: jsonPointer(inner.tokens), before: a[i] ?? null });
    }
    kept.forEach((id, k) => {
        const bIndex = inB.get(id) ?? 0;
        walk(a[ids.a.indexOf(id)] ?? null, b[bIndex] ?? null, at(place, { index: bIndex, id }, String(k)), out);
    });
    ids.b.forEach((id, j) => {
        if (inA.has(id))
            return;
        const inner = at(place, { index: j, id }, String(j));
        out.push({ op: 'add', path: inner.path, pointer: jsonPointer(inner.tokens), after: b[j] ?? null });
    });
    return true;
};
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
export const diffJson = (a, b, options = {}) => {
    const ignore = new Set(options.ignore ?? []);
    const out = [];
    walk(omitFields(a, ignore), omitFields(b, ignore), { path: [], tokens: [] }, out);
    return out;
};
//# sourceMappingURL=diff-json.js.map