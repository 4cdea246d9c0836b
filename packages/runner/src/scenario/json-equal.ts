/**
 * Deep equality between a value parsed from JSON and one read from YAML. Types must
 * agree exactly — YAML `16` equals JSON `16`, but YAML `"16"` does not — objects compare
 * by key set (order ignored), arrays by position.
 *
 * @example
 * jsonEqual({ a: [1, 'x'] }, { a: [1, 'x'] }) // true
 * jsonEqual(16, '16') // false
 */
export const jsonEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && jsonEqual(x[k], y[k]));
};
