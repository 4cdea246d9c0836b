const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The UTF-8 bytes of `text` (the tools count and cut bytes, as GNU does). */
export const toBytes = (text: string): Uint8Array => encoder.encode(text);

/** Decodes bytes back to text; a cut through a multi-byte character shows U+FFFD. */
export const fromBytes = (bytes: Uint8Array): string => decoder.decode(bytes);
