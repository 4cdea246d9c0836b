import * as t from 'io-ts';
/**
 * Rebuilds an encoded value with object keys in the order its codec declares them (extra keys
 * after, sorted), recursively; records and unknown shapes get sorted keys. Key order is what
 * makes two writers produce byte-identical lines for the same event.
 */
export declare function orderByCodec(codec: t.Mixed, value: unknown): unknown;
/**
 * Canonical JSON of a value through its codec: `codec.encode`, keys in codec order, no spaces.
 *
 * @example
 * canonicalJson(t.type({ b: t.number, a: t.string }), { a: 'x', b: 1 }) // '{"b":1,"a":"x"}'
 */
export declare function canonicalJson<A, O>(codec: t.Type<A, O, unknown>, value: A): string;
//# sourceMappingURL=canonical-json.d.ts.map