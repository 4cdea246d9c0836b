/**
 * Go's `strconv.Quote` family, used by `%q`, by parse-error token descriptions and by
 * `printf`'s bad-verb reports.
 */

const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** Go's `unicode.IsPrint`: graphic characters plus the ASCII space only. */
export function isGoPrint(ch: string): boolean {
  return ch === ' ' || printable.test(ch);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function escapeRune(ch: string, quote: string, asciiOnly: boolean): string {
  const r = ch.codePointAt(0) ?? 0;
  if (ch === quote || ch === '\\') return '\\' + ch;
  if (asciiOnly ? r < 0x80 && isGoPrint(ch) : isGoPrint(ch)) return ch;
  switch (ch) {
    case '\x07':
      return '\\a';
    case '\b':
      return '\\b';
    case '\f':
      return '\\f';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '\v':
      return '\\v';
  }
  if (r < 0x20 || r === 0x7f) return '\\x' + hex(r, 2);
  // A lone surrogate is not valid UTF-8; Go would see the replacement character.
  if (r >= 0xd800 && r <= 0xdfff) return '\\ufffd';
  if (r < 0x10000) return '\\u' + hex(r, 4);
  return '\\U' + hex(r, 8);
}

/** `strconv.Quote`: a double-quoted Go string literal. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += escapeRune(ch, '"', false);
  return out + '"';
}

/** `strconv.QuoteToASCII` (`%+q`). */
export function goQuoteToASCII(s: string): string {
  let out = '"';
  for (const ch of s) out += escapeRune(ch, '"', true);
  return out + '"';
}

/** `strconv.QuoteRune` (`%q` on an integer). */
export function goQuoteRune(r: number): string {
  const valid = r >= 0 && r <= 0x10ffff && !(r >= 0xd800 && r <= 0xdfff);
  const ch = String.fromCodePoint(valid ? r : 0xfffd);
  return "'" + escapeRune(ch, "'", false) + "'";
}

/** `strconv.CanBackquote`: whether `%#q` may print the string in backquotes. */
export function canBackquote(s: string): boolean {
  for (const ch of s) {
    if (ch === '`' || ch === '\ufeff') return false;
    const r = ch.codePointAt(0) ?? 0;
    if ((r < 0x20 && ch !== '\t') || r === 0x7f) return false;
  }
  return true;
}

/**
 * `%.Nq`-style truncation used by Go's token descriptions: the first `n` runes, quoted.
 */
export function goQuotePrefix(s: string, n: number): string {
  return goQuote(Array.from(s).slice(0, n).join(''));
}

/**
 * `strconv.Unquote` for the three literal forms the template lexer produces. Returns
 * `undefined` for malformed input (Go reports `invalid syntax`).
 */
export function goUnquote(lit: string): string | undefined {
  if (lit.length < 2) return undefined;
  const q = lit[0];
  if (q !== lit[lit.length - 1]) return undefined;
  const body = lit.slice(1, -1);
  if (q === '`') return body.includes('`') ? undefined : body.replace(/\r/g, '');
  if (q !== '"' && q !== "'") return undefined;
  let out = '';
  let count = 0;
  for (let i = 0; i < body.length; ) {
    const r = unquoteChar(body, i, q);
    if (r === undefined) return undefined;
    out += r.value;
    i = r.next;
    count++;
  }
  if (q === "'" && count !== 1) return undefined;
  return out;
}

/** One (possibly escaped) character of a quoted literal; `undefined` if malformed. */
export function unquoteChar(
  s: string,
  i: number,
  quote: string,
): { value: string; next: number } | undefined {
  const c = s[i];
  if (c === undefined) return undefined;
  if (c === quote && (quote === "'" || quote === '"')) return undefined;
  if (c === '\n') return undefined;
  if (c !== '\\') {
    const cp = s.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    return { value: ch, next: i + ch.length };
  }
  const e = s[i + 1];
  switch (e) {
    case 'a':
      return { value: '\x07', next: i + 2 };
    case 'b':
      return { value: '\b', next: i + 2 };
    case 'f':
      return { value: '\f', next: i + 2 };
    case 'n':
      return { value: '\n', next: i + 2 };
    case 'r':
      return { value: '\r', next: i + 2 };
    case 't':
      return { value: '\t', next: i + 2 };
    case 'v':
      return { value: '\v', next: i + 2 };
    case '\\':
      return { value: '\\', next: i + 2 };
    case "'":
    case '"':
      if (e !== quote) return undefined;
      return { value: e, next: i + 2 };
    case 'x':
    case 'u':
    case 'U': {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const digits = s.slice(i + 2, i + 2 + n);
      if (digits.length !== n || !/^[0-9a-fA-F]+$/.test(digits)) return undefined;
      const v = parseInt(digits, 16);
      if (e === 'x') {
        // A \x escape is a raw byte; only ASCII bytes form valid text on their own.
        return { value: v < 0x80 ? String.fromCharCode(v) : '\ufffd', next: i + 2 + n };
      }
      if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return undefined;
      return { value: String.fromCodePoint(v), next: i + 2 + n };
    }
    default: {
      if (e !== undefined && e >= '0' && e <= '7') {
        const digits = s.slice(i + 1, i + 4);
        if (!/^[0-7]{3}$/.test(digits)) return undefined;
        const v = parseInt(digits, 8);
        if (v > 255) return undefined;
        return { value: v < 0x80 ? String.fromCharCode(v) : '\ufffd', next: i + 4 };
      }
      return undefined;
    }
  }
}
