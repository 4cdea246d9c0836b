import { NS_PER_HOUR, NS_PER_MINUTE, NS_PER_SECOND } from './instant.js';
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
export function humanDuration(ns) {
    const seconds = ns / NS_PER_SECOND;
    if (seconds < 1n)
        return 'Less than a second';
    if (seconds === 1n)
        return '1 second';
    if (seconds < 60n)
        return `${seconds} seconds`;
    const minutes = ns / NS_PER_MINUTE;
    if (minutes === 1n)
        return 'About a minute';
    if (minutes < 60n)
        return `${minutes} minutes`;
    // Go: int(d.Hours() + 0.5), i.e. round half up for a positive duration.
    const hours = (ns + NS_PER_HOUR / 2n) / NS_PER_HOUR;
    if (hours === 1n)
        return 'About an hour';
    if (hours < 48n)
        return `${hours} hours`;
    if (hours < 24n * 7n * 2n)
        return `${hours / 24n} days`;
    if (hours < 24n * 30n * 2n)
        return `${hours / 24n / 7n} weeks`;
    if (hours < 24n * 365n * 2n)
        return `${hours / 24n / 30n} months`;
    // Go truncates here instead of rounding: int(d.Hours())/24/365.
    return `${ns / NS_PER_HOUR / 24n / 365n} years`;
}
//# sourceMappingURL=human-duration.js.map