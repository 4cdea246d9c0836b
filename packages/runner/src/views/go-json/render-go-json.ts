import type { GoJson } from './go-json-value.js';

const INDENT = '    ';

/**
 * A value as the docker CLI prints inspect output: Go's `json.Indent(…, "", "    ")` over
 * the daemon's `encoding/json` bytes. Empty objects and arrays stay on one line (`{}`,
 * `[]`), strings escape `<`, `>`, `&`, U+2028 and U+2029 as Go does, and non-ASCII text
 * is written as is.
 *
 * @example
 * renderGoJson(new Map([['a', 1]])) // '{\n    "a": 1\n}'
 */
export function renderGoJson(value: GoJson, depth = 0): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return goNumber(value);
  if (typeof value === 'string') return goJsonString(value);
  const entries: (readonly [string | undefined, GoJson])[] = Array.isArray(value)
    ? (value as readonly GoJson[]).map((v) => [undefined, v] as const)
    : value instanceof Map
      ? [...(value as ReadonlyMap<string, GoJson>).entries()]
      : Object.entries(value as Readonly<Record<string, GoJson>>);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return open + close;
  const inner = INDENT.repeat(depth + 1);
  const lines = entries.map(([key, v]) => {
    const rendered = renderGoJson(v, depth + 1);
    return key === undefined ? inner + rendered : `${inner}${goJsonString(key)}: ${rendered}`;
  });
  return `${open}\n${lines.join(',\n')}\n${INDENT.repeat(depth)}${close}`;
}

/**
 * Go's compact `json.Marshal` form (no spaces), as `{{json .}}` and `--format json` print
 * an inspect object.
 *
 * @example
 * renderGoJsonCompact({ Name: 'bridge', Labels: new Map() }) // '{"Name":"bridge","Labels":{}}'
 */
export function renderGoJsonCompact(value: GoJson): string {
  if (value === null || typeof value !== 'object') return renderGoJson(value);
  if (Array.isArray(value)) return `[${(value as readonly GoJson[]).map(renderGoJsonCompact).join(',')}]`;
  const entries =
    value instanceof Map ? [...(value as ReadonlyMap<string, GoJson>).entries()] : Object.entries(value as Readonly<Record<string, GoJson>>);
  return `{${entries.map(([k, v]) => `${goJsonString(k)}:${renderGoJsonCompact(v)}`).join(',')}}`;
}

/**
 * What `docker inspect` / `docker network inspect` print for the found objects: one
 * indented JSON array and a newline; `[]` when nothing was found (the CLI prints that too).
 *
 * @example
 * renderInspectArray([]) // '[]\n'
 */
export function renderInspectArray(values: readonly GoJson[]): string {
  return `${renderGoJson(values)}\n`;
}

// Integers print without exponent (Go prints uint64 counters such as an IPv6 pool's
// DynamicIPsAvailable in full); other numbers use the shortest round-trip form, as Go does.
function goNumber(n: number): string {
  if (Number.isInteger(n)) return BigInt(n).toString();
  return String(n);
}

/** A JSON string literal the way Go's `encoding/json` writes it (HTML-safe escaping). */
export function goJsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
    }
    if (code < 0x20 || ch === '<' || ch === '>' || ch === '&' || code === 0x2028 || code === 0x2029) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      // A lone surrogate is invalid UTF-8; Go writes the replacement character.
      out += '\\ufffd';
    } else {
      out += ch;
    }
  }
  return `${out}"`;
}
