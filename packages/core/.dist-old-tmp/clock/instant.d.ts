import type { Either } from 'fp-ts/lib/Either.js';
/** Nanoseconds per second, minute, hour and day, as bigints. */
export declare const NS_PER_SECOND = 1000000000n;
export declare const NS_PER_MINUTE: bigint;
export declare const NS_PER_HOUR: bigint;
export declare const NS_PER_DAY: bigint;
/**
 * A point in time: nanoseconds since the Unix epoch (UTC), plus the UTC offset to display it in
 * (the offset the scenario's clock was written with). Arithmetic uses `epochNs` only.
 */
export interface Instant {
    readonly epochNs: bigint;
    /** Minutes east of UTC, e.g. +540 for `+09:00`; 0 prints as `Z`. */
    readonly offsetMinutes: number;
}
/** Why an ISO-8601 instant could not be read. */
export interface InstantParseError {
    readonly kind: 'invalid-instant';
    readonly input: string;
    readonly reason: string;
}
/**
 * Reads an RFC 3339 / ISO-8601 instant with an explicit offset, e.g.
 * `2020-08-14T14:31:29+09:00` or `2020-08-14T05:31:29.774610308Z`.
 *
 * @example
 * parseInstant('2020-08-14T14:31:29+09:00')
 * // right({ epochNs: 1597383089000000000n, offsetMinutes: 540 })
 */
export declare function parseInstant(input: string): Either<InstantParseError, Instant>;
/**
 * Whether {@link parseInstant} reads `input`, without computing the instant (the event-log
 * reader checks every event's `at` and needs nothing more).
 *
 * @example
 * isInstant('2020-08-14T14:31:29+09:00') // true
 * isInstant('2020-02-30T00:00:00Z')      // false
 */
export declare function isInstant(input: string): boolean;
/**
 * The instant `ns` nanoseconds after `instant`, displayed in the same offset.
 *
 * @example
 * addNanoseconds(start, NS_PER_SECOND)
 */
export declare function addNanoseconds(instant: Instant, ns: bigint): Instant;
/** Nanoseconds from `earlier` to `later` (negative if `later` is before `earlier`). */
export declare function nanosecondsBetween(earlier: Instant, later: Instant): bigint;
//# sourceMappingURL=instant.d.ts.map