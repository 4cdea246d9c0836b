/** Small statistics for the benchmarks: medians, never means (one GC pause skews a mean). */

/**
 * @param {readonly number[]} xs
 * @returns {number}
 */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
