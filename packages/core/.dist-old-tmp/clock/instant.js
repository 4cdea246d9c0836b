import { left, right } from 'fp-ts/lib/Either.js';
import { daysFromCivil, daysInMonth } from './civil-date.js';
/** Nanoseconds per second, minute, hour and day, as bigints. */
export const NS_PER_SECOND = 1000000000n;
export const NS_PER_MINUTE = 60n * NS_PER_SECOND;
export const NS_PER_HOUR = 60n * NS_PER_MINUTE;
export const NS_PER_DAY = 24n * NS_PER_HOUR;
// RFC 3339 date-time (the profile of ISO 8601 that Go's time.RFC3339 reads): an offset is
// required so that no instant ever depends on the machine's time zone.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
function readFields(input) {
    const match = RFC3339.exec(input);
    if (match === null) {
        return left({ kind: 'invalid-instant', input, reason: 'expected YYYY-MM-DDTHH:MM:SS[.fraction] followed by Z or ±HH:MM' });
    }
    const [, y, mo, d, h, mi, s, fraction = '', zulu, sign, oh, om] = match;
    const refuse = (reason) => left({ kind: 'invalid-instant', input, reason });
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const hour = Number(h);
    const minute = Number(mi);
    const second = Number(s);
    if (month < 1 || month > 12)
        return refuse(`month ${mo} out of range`);
    if (day < 1 || day > daysInMonth(year, month))
        return refuse(`day ${d} out of range`);
    if (hour > 23)
        return refuse(`hour ${h} out of range`);
    if (minute > 59)
        return refuse(`minute ${mi} out of range`);
    if (second > 59)
        return refuse(`second ${s} out of range`);
    let offsetMinutes = 0;
    if (zulu === undefined) {
        const offsetHours = Number(oh);
        const offsetMins = Number(om);
        if (offsetHours > 23 || offsetMins > 59)
            return refuse(`offset ${sign}${oh}:${om} out of range`);
        offsetMinutes = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
    }
    return right({ year, month, day, hour, minute, second, fraction, offsetMinutes });
}
/**
 * Reads an RFC 3339 / ISO-8601 instant with an explicit offset, e.g.
 * `2020-08-14T14:31:29+09:00` or `2020-08-14T05:31:29.774610308Z`.
 *
 * @example
 * parseInstant('2020-08-14T14:31:29+09:00')
 * // right({ epochNs: 1597383089000000000n, offsetMinutes: 540 })
 */
export function parseInstant(input) {
    const read = readFields(input);
    if (read._tag === 'Left')
        return read;
    const { year, month, day, hour, minute, second, fraction, offsetMinutes } = read.right;
    const localNs = BigInt(daysFromCivil({ year, month, day })) * NS_PER_DAY +
        BigInt(hour) * NS_PER_HOUR +
        BigInt(minute) * NS_PER_MINUTE +
        BigInt(second) * NS_PER_SECOND +
        BigInt(fraction.padEnd(9, '0') || '0');
    return right({ epochNs: localNs - BigInt(offsetMinutes) * NS_PER_MINUTE, offsetMinutes });
}
/**
 * Whether {@link parseInstant} reads `input`, without computing the instant (the event-log
 * reader checks every event's `at` and needs nothing more).
 *
 * @example
 * isInstant('2020-08-14T14:31:29+09:00') // true
 * isInstant('2020-02-30T00:00:00Z')      // false
 */
export function isInstant(input) {
    return readFields(input)._tag === 'Right';
}
/**
 * The instant `ns` nanoseconds after `instant`, displayed in the same offset.
 *
 * @example
 * addNanoseconds(start, NS_PER_SECOND)
 */
export function addNanoseconds(instant, ns) {
    return { epochNs: instant.epochNs + ns, offsetMinutes: instant.offsetMinutes };
}
/** Nanoseconds from `earlier` to `later` (negative if `later` is before `earlier`). */
export function nanosecondsBetween(earlier, later) {
    return later.epochNs - earlier.epochNs;
}
//# sourceMappingURL=instant.js.map