/**
 * Telling JSON values apart and comparing them. The diff walks plain JSON (the canonical
 * state JSON or a state file read from disk), so these guards are its only notion of type.
 */
import type { Json } from '../state/canonical-json.js';
/** A JSON object (not an array, not null). */
export type JsonObject = {
    readonly [key: string]: Json;
};
export declare const isJsonArray: (value: Json) => value is readonly Json[];
export declare const isJsonObject: (value: Json) => value is JsonObject;
/** A string, number, boolean or null. */
export declare const isJsonScalar: (value: Json) => value is string | number | boolean | null;
/** Deep equality; object key order does not matter, array order does. */
export declare const jsonEquals: (a: Json, b: Json) => boolean;
//# sourceMappingURL=json-shape.d.ts.map