/**
 * The canonical state JSON: plain data with sorted object keys, so that folding the same
 * log always gives byte-identical output (SPEC §4) and diffs are keyed by entity.
 * Hosts, networks and containers are keyed by name (what a user diffs by), endpoints by
 * network name inside their container.
 */
import type { EngineState } from './engine-state.js';
export type Json = null | boolean | number | string | readonly Json[] | {
    readonly [k: string]: Json;
};
/** Recursively sorts object keys; arrays keep their order (their order means something). */
export declare const sortKeys: (value: unknown) => Json;
/** The state as canonical JSON data (sorted keys). */
export declare const stateToJson: (state: EngineState) => Json;
/** The canonical state JSON text, 2-space indented, with a final newline. */
export declare const stateToJsonText: (state: EngineState) => string;
//# sourceMappingURL=canonical-json.d.ts.map