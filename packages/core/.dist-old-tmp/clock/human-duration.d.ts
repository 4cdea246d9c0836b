/**
 * A duration the way Docker prints it in `docker ps` (docker/go-units `HumanDuration`):
 * "Less than a second", "1 second", "N seconds", "About a minute", "N minutes",
 * "About an hour", "N hours", then days (under two weeks), weeks (under ~two months),
 * months (under two years) and years. Hours are rounded to the nearest hour; everything else
 * truncates, as Go's `int(d.Minutes())` does.
 *
 * @param ns - the duration in nanoseconds (negative counts as less than a second)
 * @example
 * humanDuration(90n * 1_000_000_000n) // 'About a minute'
 */
export declare function humanDuration(ns: bigint): string;
//# sourceMappingURL=human-duration.d.ts.map