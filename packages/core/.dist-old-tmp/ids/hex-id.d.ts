/** Objects that Docker names with a 64-hex ID (`pkg/stringid.GenerateRandomID`). */
export type HexIdKind = 'container' | 'network' | 'endpoint' | 'sandbox' | 'exec' | 'image';
/**
 * The `n`th identifier of a kind for a seed: 64 lowercase hex characters, derived from
 * sha256(seed, kind, n, attempt). Like Docker, an ID whose first 12 characters are all digits
 * is rejected and the next attempt taken, deterministically.
 *
 * @example
 * hexId(0, 'container', 1) // 64 hex chars, the same on every run
 */
export declare function hexId(seed: number, kind: HexIdKind, n: number): string;
/**
 * Docker's short form of a hex ID (the first 12 characters), as `docker ps` shows it.
 *
 * @example
 * shortId('3f4a5b6c7d8e9f00…') // '3f4a5b6c7d8e'
 */
export declare function shortId(id: string): string;
//# sourceMappingURL=hex-id.d.ts.map