import { createHash } from 'node:crypto';
/**
 * SHA-256 of the parts joined with a separator that cannot appear in them, as bytes. The single
 * source of "randomness" for identifiers: the same parts always give the same bytes, on every
 * machine (SPEC §6).
 *
 * @example
 * digest(['container', 0, 1]).length // 32
 */
export function digest(parts) {
    // NUL never occurs in a kind name or a decimal number, so the encoding is injective.
    return createHash('sha256').update(parts.join('\u0000')).digest();
}
/** Lowercase hex of bytes. */
export function toHex(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}
//# sourceMappingURL=digest.js.map