/**
 * The RFC 6902 patch that applies `changes` (in their order, which {@link diffJson} makes
 * valid for a patch).
 *
 * @example
 * toJsonPatch(diffJson({ a: 1 }, { a: 2, b: 3 }))
 * // [{ op: 'replace', path: '/a', value: 2 }, { op: 'add', path: '/b', value: 3 }]
 */
export const toJsonPatch = (changes) => changes.map((c) => {
    switch (c.op) {
        case 'add':
            return { op: 'add', path: c.pointer, value: c.after };
        case 'remove':
            return { op: 'remove', path: c.pointer };
        case 'replace':
            return { op: 'replace', path: c.pointer, value: c.after };
    }
});
//# sourceMappingURL=json-patch.js.map