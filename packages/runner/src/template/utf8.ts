/**
 * UTF-8 views of JavaScript strings.
 *
 * Go strings are byte sequences: `len`, `index`, `slice`, Docker's `truncate` and error
 * columns count bytes, while `fmt` widths count runes. JavaScript strings are UTF-16, so
 * the template engine converts explicitly wherever Go's answer depends on bytes.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

/** The UTF-8 bytes of `s` (lone surrogates become U+FFFD, as Go would see them). */
export function utf8Bytes(s: string): Uint8Array {
  return encoder.encode(s);
}

/** Decodes bytes; invalid sequences become U+FFFD like a terminal would show them. */
export function utf8Decode(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Go's `len(s)`: the number of UTF-8 bytes. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Go's `utf8.RuneCountInString`: the number of code points. */
export function runeCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** The code points of `s` as one-rune strings. */
export function runes(s: string): string[] {
  return Array.from(s);
}

/**
 * Orders strings the way Go compares them (byte-wise UTF-8), which equals code-point
 * order; JavaScript's `<` compares UTF-16 units and disagrees above U+FFFF.
 */
export function compareGoStrings(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done === true) return y.done === true ? 0 : -1;
    if (y.done === true) return 1;
    const cx = x.value.codePointAt(0) ?? 0;
    const cy = y.value.codePointAt(0) ?? 0;
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}
