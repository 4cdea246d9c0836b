import { digest, toHex } from './digest.js';

/** Objects that Docker names with a 64-hex ID (`pkg/stringid.GenerateRandomID`). */
export type HexIdKind = 'container' | 'network' | 'endpoint' | 'sandbox' | 'exec' | 'image' | 'swarm-peer';

// Docker re-rolls an ID whose 12-character short form is all digits, so that a short ID is
// never mistaken for a number (stringid: `strconv.ParseInt(TruncateID(id), 10, 64) == nil`).
const ALL_DIGITS = /^[0-9]{12}$/;

/**
 * The `n`th identifier of a kind for a seed: 64 lowercase hex characters, derived from
 * sha256(seed, kind, n, attempt). Like Docker, an ID whose first 12 characters are all digits
 * is rejected and the next attempt taken, deterministically.
 *
 * @example
 * hexId(0, 'container', 1) // 64 hex chars, the same on every run
 */
export function hexId(seed: number, kind: HexIdKind, n: number): string {
  for (let attempt = 0; ; attempt++) {
    const id = toHex(digest(['docknet-id', seed, kind, n, attempt]));
    if (!ALL_DIGITS.test(id.slice(0, 12))) return id;
  }
}

/**
 * Docker's short form of a hex ID (the first 12 characters), as `docker ps` shows it.
 *
 * @example
 * shortId('3f4a5b6c7d8e9f00…') // '3f4a5b6c7d8e'
 */
export function shortId(id: string): string {
  return id.slice(0, 12);
}
