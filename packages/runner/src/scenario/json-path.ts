import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';

/** One step of a JSON path: an object key or an array index. */
export type JsonPathSegment = { readonly kind: 'key'; readonly key: string } | { readonly kind: 'index'; readonly index: number };

/** A parsed JSON path; the empty path selects the whole document. */
export type JsonPath = readonly JsonPathSegment[];

/** Why a path did not parse, at a 0-based offset into it. */
export interface JsonPathError {
  readonly offset: number;
  readonly message: string;
}

/**
 * Parses a JSON path as SPEC §2 defines it: a chain of `.name` (letters, digits, `_`,
 * `-`), `[N]` and `["any key"]` (JSON string escapes) segments; the first `.` may be
 * left out.
 *
 * @example
 * parseJsonPath('[0].Options["com.docker.network.bridge.name"]')
 * // Right([{ kind: 'index', index: 0 }, { kind: 'key', key: 'Options' }, { kind: 'key', key: 'com.docker.network.bridge.name' }])
 */
export const parseJsonPath = (path: string): E.Either<JsonPathError, JsonPath> => {
  const segments: JsonPathSegment[] = [];
  let i = 0;
  const name = /^[A-Za-z0-9_-]+/;
  while (i < path.length) {
    const c = path[i];
    if (c === '.' || (i === 0 && c !== '[')) {
      const start = c === '.' ? i + 1 : i;
      const m = name.exec(path.slice(start));
      if (m === null) return E.left({ offset: start, message: 'expected a name (letters, digits, "_", "-")' });
      segments.push({ kind: 'key', key: m[0] });
      i = start + m[0].length;
    } else if (c === '[') {
      const rest = path.slice(i + 1);
      const index = /^([0-9]+)\]/.exec(rest);
      if (index !== null) {
        segments.push({ kind: 'index', index: Number(index[1]) });
        i += 1 + index[0].length;
        continue;
      }
      const quoted = /^("(?:[^"\\]|\\.)*")\]/.exec(rest);
      if (quoted === null) return E.left({ offset: i, message: 'expected [N] or ["key"]' });
      let key: unknown;
      try {
        key = JSON.parse(quoted[1] ?? '""');
      } catch {
        return E.left({ offset: i + 1, message: 'invalid escape in quoted key' });
      }
      segments.push({ kind: 'key', key: String(key) });
      i += 1 + quoted[0].length;
    } else {
      return E.left({ offset: i, message: `unexpected "${c ?? ''}"` });
    }
  }
  return E.right(segments);
};

/** Writes a path back in its canonical spelling (`[0].IPAM.Config[0]["a b"]`). */
export const formatJsonPath = (path: JsonPath): string =>
  path
    .map((s, i) => {
      if (s.kind === 'index') return `[${s.index}]`;
      if (/^[A-Za-z0-9_-]+$/.test(s.key)) return i === 0 ? s.key : `.${s.key}`;
      return `[${JSON.stringify(s.key)}]`;
    })
    .join('');

/**
 * Selects the one value a path names, or None when any segment finds nothing (a missing
 * key, an index past the end, a key into an array or an index into an object).
 *
 * @example
 * selectJsonPath([{ Name: 'web' }], [{ kind: 'index', index: 0 }, { kind: 'key', key: 'Name' }]) // Some('web')
 */
export const selectJsonPath = (value: unknown, path: JsonPath): O.Option<unknown> => {
  let current: unknown = value;
  for (const segment of path) {
    if (segment.kind === 'index') {
      if (!Array.isArray(current) || segment.index >= current.length) return O.none;
      current = current[segment.index];
    } else {
      if (typeof current !== 'object' || current === null || Array.isArray(current) || !Object.hasOwn(current, segment.key)) {
        return O.none;
      }
      current = (current as Record<string, unknown>)[segment.key];
    }
  }
  return O.some(current);
};
