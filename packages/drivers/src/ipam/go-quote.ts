/**
 * Go's `strconv.Quote`, as far as Docker error texts need it: Go parse errors quote the
 * offending input (`netip.ParsePrefix("abc"): no '/'`), and `JSON.stringify` differs from
 * Go for control characters.
 *
 * @example goQuote('a"b') // '"a\\"b"'
 */
export const goQuote = (text: string): string => {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += quoteChar(ch, code);
  }
  return `${out}"`;
};

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

const quoteChar = (ch: string, code: number): string => {
  const simple = SIMPLE_ESCAPES[ch];
  if (simple !== undefined) return simple;
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
  return ch;
};
