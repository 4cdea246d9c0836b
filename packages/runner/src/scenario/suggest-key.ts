/** Levenshtein distance (insert, delete, substitute, and swap of two neighbours). */
const distance = (a: string, b: string): number => {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i] ?? [];
      const above = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = best;
    }
  }
  return rows[a.length]?.[b.length] ?? 0;
};

/**
 * The known key closest to a misspelt one, if it is close enough to be a typo (at most
 * 2 edits, and fewer than half the word), so `expct` suggests `expect` but `foo` suggests
 * nothing. Ties go to the earlier key in `known`.
 *
 * @example
 * suggestKey('expct', ['run', 'on', 'expect']) // 'expect'
 */
export const suggestKey = (unknown: string, known: readonly string[]): string | undefined => {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const key of known) {
    const d = distance(unknown.toLowerCase(), key.toLowerCase());
    if (d < bestDistance) {
      best = key;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= 2 && bestDistance * 2 < Math.max(unknown.length, best.length) ? best : undefined;
};
