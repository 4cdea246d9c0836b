/**
 * `sortorder.NaturalLess` (github.com/fvbommel/sortorder), which the docker CLI uses to sort
 * `docker network ls` rows and `docker port` lines: runs of digits compare as numbers (and
 * sort before other characters), everything else bytewise over UTF-8.
 *
 * @example
 * ['net10', 'net9'].sort(naturalCompare) // ['net9', 'net10']
 */
export function naturalLess(a: string, b: string): boolean {
  const s1 = Buffer.from(a, 'utf8');
  const s2 = Buffer.from(b, 'utf8');
  let i1 = 0;
  let i2 = 0;
  while (i1 < s1.length && i2 < s2.length) {
    const c1 = s1[i1] ?? 0;
    const c2 = s2[i2] ?? 0;
    const d1 = isDigit(c1);
    const d2 = isDigit(c2);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (c1 !== c2) return c1 < c2;
      i1++;
      i2++;
      continue;
    }
    while (i1 < s1.length && s1[i1] === 0x30) i1++;
    while (i2 < s2.length && s2[i2] === 0x30) i2++;
    const nz1 = i1;
    const nz2 = i2;
    while (i1 < s1.length && isDigit(s1[i1] ?? 0)) i1++;
    while (i2 < s2.length && isDigit(s2[i2] ?? 0)) i2++;
    const len1 = i1 - nz1;
    const len2 = i2 - nz2;
    if (len1 !== len2) return len1 < len2;
    const n1 = s1.subarray(nz1, i1);
    const n2 = s2.subarray(nz2, i2);
    const cmp = Buffer.compare(n1, n2);
    if (cmp !== 0) return cmp < 0;
    // Equal numbers: fewer leading zeros sorts first.
    if (nz1 !== nz2) return nz1 < nz2;
  }
  return s1.length < s2.length;
}

/** {@link naturalLess} as a comparator for `Array.prototype.sort`. */
export function naturalCompare(a: string, b: string): number {
  if (naturalLess(a, b)) return -1;
  if (naturalLess(b, a)) return 1;
  return 0;
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}
