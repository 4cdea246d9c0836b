/**
 * SHA-256 of the parts joined with a separator that cannot appear in them, as bytes. The single
 * source of "randomness" for identifiers: the same parts always give the same bytes, on every
 * machine (SPEC §6).
 *
 * @example
 * digest(['container', 0, 1]).length // 32
 */
export declare function digest(parts: readonly (string | number)[]): Uint8Array;
/** Lowercase hex of bytes. */
export declare function toHex(bytes: Uint8Array): string;
//# sourceMappingURL=digest.d.ts.map