import { isJsonObject, isJsonScalar } from './json-shape.js';
/** Fields that name an element of a list of records, in order of preference. */
export const IDENTITY_FIELDS = ['name', 'subnet', 'id'];
/**
 * One identity per element of `a` and of `b`, or undefined when the two arrays cannot be
 * matched element by element (mixed shapes, records without a shared identity field,
 * duplicates): the caller then compares them as whole values.
 *
 * Scalars are their own identity; records use the first of {@link IDENTITY_FIELDS} that
 * every element of both arrays holds as a string.
 */
export const arrayIdentities = (a, b) => {
    const all = [...a, ...b];
    let idOf;
    if (all.every(isJsonScalar)) {
        // Strings read best bare; other scalars keep their JSON so that 1 and "1" differ.
        idOf = (item) => (typeof item === 'string' ? item : JSON.stringify(item));
        if (new Set(all.map((item) => typeof item)).size > 1)
            return undefined;
    }
    else if (all.every(isJsonObject)) {
        const field = IDENTITY_FIELDS.find((f) => all.every((item) => isJsonObject(item) && typeof item[f] === 'string'));
        if (field === undefined)
            return undefined;
        idOf = (item) => (isJsonObject(item) ? String(item[field]) : '');
    }
    if (idOf === undefined)
        return undefined;
    const ids = { a: a.map(idOf), b: b.map(idOf) };
    if (new Set(ids.a).size !== ids.a.length || new Set(ids.b).size !== ids.b.length)
        return undefined;
    return ids;
};
//# sourceMappingURL=array-identity.js.map