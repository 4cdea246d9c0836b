/**
 * Reads a count as coreutils' `xstrtoumax` does for head/tail: decimal digits with an
 * optional multiplier suffix (`b` 512, `kB` 1000, `K`/`KiB` 1024, `MB`, `M`, … `G`).
 * `undefined` when it is not a count.
 */
export const readCount = (text: string): number | undefined => {
  const m = /^([0-9]+)(b|kB|K|KiB|k|MB|M|MiB|GB|G|GiB)?$/.exec(text);
  if (m === null) return undefined;
  const multipliers: Readonly<Record<string, number>> = {
    b: 512, kB: 1000, k: 1024, K: 1024, KiB: 1024, MB: 1000 ** 2, M: 1024 ** 2, MiB: 1024 ** 2,
    GB: 1000 ** 3, G: 1024 ** 3, GiB: 1024 ** 3,
  };
  return Number(m[1]) * (m[2] === undefined ? 1 : (multipliers[m[2]] ?? 1));
};
