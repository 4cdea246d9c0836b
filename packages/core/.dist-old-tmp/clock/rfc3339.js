import { civilFromDays } from './civil-date.js';
import { NS_PER_DAY, NS_PER_HOUR, NS_PER_MINUTE, NS_PER_SECOND } from './instant.js';
const pad = (value, width) => value.toString().padStart(width, '0');
// Floor division for bigints (the `/` operator truncates toward zero, wrong before 1970).
const floorDiv = (a, b) => {
    const quotient = a / b;
    return a % b !== 0n && a < 0n !== b < 0n ? quotient - 1n : quotient;
};
/**
 * Formats an instant exactly as Go's `time.RFC3339Nano` layout
 * (`2006-01-02T15:04:05.999999999Z07:00`), which is how Docker prints `Created`, `StartedAt`…:
 * trailing zeros of the fraction are trimmed, the dot disappears with an all-zero fraction,
 * and a zero offset prints as `Z`.
 *
 * @example
 * formatRfc3339Nano(instant) // '2020-08-14T14:31:29.77461+09:00'
 */
export function formatRfc3339Nano(instant) {
    const localNs = instant.epochNs + BigInt(instant.offsetMinutes) * NS_PER_MINUTE;
    const days = floorDiv(localNs, NS_PER_DAY);
    let rest = localNs - days * NS_PER_DAY;
    const hour = rest / NS_PER_HOUR;
    rest -= hour * NS_PER_HOUR;
    const minute = rest / NS_PER_MINUTE;
    rest -= minute * NS_PER_MINUTE;
    const second = rest / NS_PER_SECOND;
    const nanos = rest - second * NS_PER_SECOND;
    const { year, month, day } = civilFromDays(Number(days));
    const fraction = nanos === 0n ? '' : `.${pad(nanos, 9).replace(/0+$/, '')}`;
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}${fraction}${formatOffset(instant.offsetMinutes)}`;
}
function formatOffset(offsetMinutes) {
    if (offsetMinutes === 0)
        return 'Z';
    const sign = offsetMinutes < 0 ? '-' : '+';
    const magnitude = Math.abs(offsetMinutes);
    return `${sign}${pad(Math.floor(magnitude / 60), 2)}:${pad(magnitude % 60, 2)}`;
}
/**
 * The same instant displayed in UTC (Docker's daemon reports times in UTC unless its TZ says
 * otherwise).
 */
export function inUtc(instant) {
    return { epochNs: instant.epochNs, offsetMinutes: 0 };
}
//# sourceMappingURL=rfc3339.js.map