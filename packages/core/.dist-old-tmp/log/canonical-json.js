import * as t from 'io-ts';
import { isRight } from 'fp-ts/lib/Either.js';
const isPlainObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Objects with no codec to follow: keys sorted, so the output never depends on build order. */
function sortedDeep(value) {
    if (Array.isArray(value))
        return value.map(sortedDeep);
    if (!isPlainObject(value))
        return value;
    const out = {};
    for (const key of Object.keys(value).sort()) {
        if (value[key] !== undefined)
            out[key] = sortedDeep(value[key]);
    }
    return out;
}
/** The (key, codec) pairs a codec declares for an object, in declaration order. */
function declaredProps(codec) {
    if (codec instanceof t.InterfaceType || codec instanceof t.PartialType || codec instanceof t.StrictType) {
        return Object.entries(codec.props);
    }
    if (codec instanceof t.ExactType || codec instanceof t.ReadonlyType || codec instanceof t.RefinementType) {
        return declaredProps(codec.type);
    }
    if (codec instanceof t.IntersectionType) {
        const pairs = [];
        for (const member of codec.types) {
            const props = declaredProps(member);
            if (props === undefined)
                return undefined;
            for (const pair of props)
                if (!pairs.some(([key]) => key === pair[0]))
                    pairs.push(pair);
        }
        return pairs;
    }
    return undefined;
}
/**
 * Rebuilds an encoded value with object keys in the order its codec declares them (extra keys
 * after, sorted), recursively; records and unknown shapes get sorted keys. Key order is what
 * makes two writers produce byte-identical lines for the same event.
 */
export function orderByCodec(codec, value) {
    if (codec instanceof t.UnionType) {
        // The encoded value belongs to the first member that decodes it back.
        const member = codec.types.find((type) => isRight(type.decode(value)));
        return member === undefined ? sortedDeep(value) : orderByCodec(member, value);
    }
    if (codec instanceof t.RecursiveType)
        return orderByCodec(codec.type, value);
    if ((codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType) &&
        Array.isArray(value)) {
        return value.map((item) => orderByCodec(codec.type, item));
    }
    if (codec instanceof t.TupleType && Array.isArray(value)) {
        const types = codec.types;
        return value.map((item, index) => {
            const type = types[index];
            return type === undefined ? sortedDeep(item) : orderByCodec(type, item);
        });
    }
    if (codec instanceof t.DictionaryType && isPlainObject(value)) {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            if (value[key] !== undefined)
                out[key] = orderByCodec(codec.codomain, value[key]);
        }
        return out;
    }
    if (!isPlainObject(value))
        return sortedDeep(value);
    const props = declaredProps(codec);
    if (props === undefined)
        return sortedDeep(value);
    const out = {};
    for (const [key, type] of props) {
        if (value[key] !== undefined)
            out[key] = orderByCodec(type, value[key]);
    }
    for (const key of Object.keys(value).sort()) {
        if (!(key in out) && value[key] !== undefined)
            out[key] = sortedDeep(value[key]);
    }
    return out;
}
/**
 * Canonical JSON of a value through its codec: `codec.encode`, keys in codec order, no spaces.
 *
 * @example
 * canonicalJson(t.type({ b: t.number, a: t.string }), { a: 'x', b: 1 }) // '{"b":1,"a":"x"}'
 */
export function canonicalJson(codec, value) {
    return JSON.stringify(orderByCodec(codec, codec.encode(value)));
}
//# sourceMappingURL=canonical-json.js.map