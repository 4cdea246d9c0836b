export const isJsonArray = (value) => Array.isArray(value);
export const isJsonObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A string, number, boolean or null. */
export const isJsonScalar = (value) => value === null || typeof value !== 'object';
/** Deep equality; object key order does not matter, array order does. */
export const jsonEquals = (a, b) => {
    if (a === b)
        return true;
    if (isJsonArray(a)) {
        return isJsonArray(b) && a.length === b.length && a.every((item, i) => jsonEquals(item, b[i] ?? null));
    }
    if (isJsonObject(a)) {
        if (!isJsonObject(b))
            return false;
        const keys = Object.keys(a);
        if (keys.length !== Object.keys(b).length)
            return false;
        return keys.every((k) => Object.hasOwn(b, k) && jsonEquals(a[k] ?? null, b[k] ?? null));
    }
    return false;
};
//# sourceMappingURL=json-shape.js.map