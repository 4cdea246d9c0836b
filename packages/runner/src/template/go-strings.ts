/**
 * Go's `strings` functions that Docker exposes to templates, rune by rune as Go applies
 * them (JavaScript's `toUpperCase` maps `ß` to `SS`; Go's simple case mapping keeps it).
 */

function mapRunes(s: string, f: (ch: string) => string): string {
  let out = '';
  for (const ch of s) {
    const m = f(ch);
    out += Array.from(m).length === 1 ? m : ch;
  }
  return out;
}

/** `strings.ToUpper`. */
export function goToUpper(s: string): string {
  return mapRunes(s, (ch) => ch.toUpperCase());
}

/** `strings.ToLower`. */
export function goToLower(s: string): string {
  return mapRunes(s, (ch) => ch.toLowerCase());
}

const letterOrDigit = /^[\p{L}\p{Nd}]$/u;
const space = /^\s$/u;

/** The word boundaries of the deprecated `strings.Title`. */
function isSeparator(ch: string): boolean {
  const r = ch.codePointAt(0) ?? 0;
  if (r <= 0x7f) return !/[0-9a-zA-Z_]/.test(ch);
  if (letterOrDigit.test(ch)) return false;
  return space.test(ch);
}

/** `strings.Title`: upper-cases the first letter of each word. */
export function goTitle(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    if (isSeparator(prev)) {
      const t = ch.toUpperCase();
      out += Array.from(t).length === 1 ? t : ch;
    } else out += ch;
    prev = ch;
  }
  return out;
}

/** `strings.Split(s, sep)`; an empty separator splits after each rune. */
export function goSplit(s: string, sep: string): string[] {
  if (sep === '') return Array.from(s);
  return s.split(sep);
}
