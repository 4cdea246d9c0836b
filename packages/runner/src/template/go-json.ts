import type { TemplateValue } from './template-value.js';
import { goTypeTag, isTemplateObject, objectGet, objectKeys } from './template-value.js';
import { compareGoStrings } from './utf8.js';

/** Options of Go's `json.Encoder` that matter for a template value. */
export interface GoJsonOptions {
  /**
   * Escape `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`, as `json.Marshal` does.
   * Docker's `json` template function turns this off (`SetEscapeHTML(false)`).
   */
  readonly escapeHTML: boolean;
}

function hex4(c: number): string {
  return c.toString(16).padStart(4, '0');
}

/** Go's JSON string encoding (Go 1.22+: `\b` and `\f` get short escapes). */
export function goJsonString(s: string, opts: GoJsonOptions): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i]! + s[i + 1]!;
        i++;
      } else out += '\\ufffd';
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      // A lone surrogate is invalid UTF-8 in Go's eyes; the encoder substitutes U+FFFD.
      out += '\\ufffd';
      continue;
    }
    switch (c) {
      case 0x22:
        out += '\\"';
        continue;
      case 0x5c:
        out += '\\\\';
        continue;
      case 0x0a:
        out += '\\n';
        continue;
      case 0x0d:
        out += '\\r';
        continue;
      case 0x09:
        out += '\\t';
        continue;
      case 0x08:
        out += '\\b';
        continue;
      case 0x0c:
        out += '\\f';
        continue;
    }
    if (c < 0x20) out += '\\u' + hex4(c);
    else if (opts.escapeHTML && (c === 0x3c || c === 0x3e || c === 0x26)) out += '\\u' + hex4(c);
    // U+2028/2029 are escaped unconditionally so the output is also valid JavaScript.
    else if (c === 0x2028 || c === 0x2029) out += '\\u' + hex4(c);
    else out += s[i]!;
  }
  return out + '"';
}

/**
 * Go encodes floats in plain notation between 1e-6 and 1e21 and in exponent notation
 * (`1e-7`, `1e+21`) outside, which is exactly JavaScript's `String(n)`, except for -0.
 */
function goJsonNumber(n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  if (Object.is(n, -0)) return '-0';
  return String(n);
}

/**
 * `json.Marshal` of a template value, compact. Struct-tagged objects keep field order,
 * typed maps (`goMap`) are sorted as Go sorts map keys, and untagged objects keep the order
 * the view gave them. Returns `undefined` for values Go refuses (NaN, infinities).
 */
export function goJsonEncode(v: TemplateValue, opts: GoJsonOptions): string | undefined {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return goJsonNumber(v);
  if (typeof v === 'string') return goJsonString(v, opts);
  if (Array.isArray(v)) {
    const parts: string[] = [];
    for (const x of v as readonly TemplateValue[]) {
      const e = goJsonEncode(x, opts);
      if (e === undefined) return undefined;
      parts.push(e);
    }
    return '[' + parts.join(',') + ']';
  }
  if (!isTemplateObject(v)) return undefined;
  const tag = goTypeTag(v);
  const keys = objectKeys(v);
  if (tag?.kind === 'map') keys.sort(compareGoStrings);
  const parts: string[] = [];
  for (const k of keys) {
    const e = goJsonEncode(objectGet(v, k) ?? null, opts);
    if (e === undefined) return undefined;
    parts.push(goJsonString(k, opts) + ':' + e);
  }
  return '{' + parts.join(',') + '}';
}
