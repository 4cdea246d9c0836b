import * as t from 'io-ts';
const MAX_SHOWN = 3;
function describeValue(value) {
    if (value === undefined)
        return 'nothing';
    const text = JSON.stringify(value);
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
function pathOf(context) {
    let path = '';
    for (let i = 1; i < context.length; i++) {
        const parent = context[i - 1]?.type;
        const key = context[i]?.key ?? '';
        // Union and intersection members appear in the context under their index: not a path step.
        if (parent instanceof t.UnionType || parent instanceof t.IntersectionType)
            continue;
        if (parent instanceof t.ArrayType ||
            parent instanceof t.ReadonlyArrayType ||
            parent instanceof t.TupleType) {
            path += `[${key}]`;
        }
        else {
            path += path === '' ? key : `.${key}`;
        }
    }
    return path;
}
/** The literal `type` tags of a tagged union's members, if every member has one. */
function unionTags(codec) {
    if (!(codec instanceof t.UnionType))
        return undefined;
    const tags = [];
    for (const member of codec.types) {
        const object = member instanceof t.ExactType ? member.type : member;
        const tag = object instanceof t.InterfaceType || object instanceof t.StrictType
            ? object.props['type']
            : undefined;
        if (!(tag instanceof t.LiteralType) || typeof tag.value !== 'string')
            return undefined;
        tags.push(tag.value);
    }
    return tags;
}
/**
 * io-ts validation errors in words: `data.subnet: expected string, got 42`. For a tagged union
 * (the usual shape of an event codec), mismatches on the tag are dropped when another member
 * got further, so the message talks about the event that was meant; if only the tag failed,
 * the type itself is unknown.
 *
 * @param prefix - a path to put in front (e.g. the field the value came from)
 */
export function readableErrors(errors, prefix = '') {
    const described = errors.map((error) => {
        const inner = pathOf(error.context);
        const path = prefix === '' ? inner : inner === '' ? prefix : `${prefix}.${inner}`;
        const last = error.context[error.context.length - 1]?.type;
        const tags = last === undefined ? undefined : unionTags(last);
        const tag = typeof error.value === 'object' && error.value !== null && 'type' in error.value
            ? error.value.type
            : undefined;
        if (tags !== undefined && !tags.includes(String(tag))) {
            // io-ts short-cuts a tagged union whose tag matches no member: say so in those words.
            const typePath = path === '' ? 'type' : `${path}.type`;
            const known = tags.map((name) => JSON.stringify(name)).join(', ');
            return { path: typePath, text: `${typePath}: unknown event type ${describeValue(tag)} (expected one of ${known})` };
        }
        const expected = last?.name ?? 'a value';
        return { path, text: `${path === '' ? 'value' : path}: expected ${expected}, got ${describeValue(error.value)}` };
    });
    const isTag = (path) => path === 'type' || path.endsWith('.type');
    const beyondTag = described.filter((entry) => !isTag(entry.path));
    const chosen = beyondTag.length > 0 ? beyondTag : described;
    const unique = [...new Set(chosen.map((entry) => entry.text))];
    const shown = unique.slice(0, MAX_SHOWN).join('; ');
    return unique.length > MAX_SHOWN ? `${shown}; and ${unique.length - MAX_SHOWN} more` : shown;
}
//# sourceMappingURL=readable-errors.js.map