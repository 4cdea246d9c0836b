import type { Instant } from './instant.js';
/**
 * Formats an instant exactly as Go's `time.RFC3339Nano` layout
 * (`2006-01-02T15:04:05.999999999Z07:00`), which is how Docker prints `Created`, `StartedAt`…:
 * trailing zeros of the fraction are trimmed, the dot disappears with an all-zero fraction,
 * and a zero offset prints as `Z`.
 *
 * @example
 * formatRfc3339Nano(instant) // '2020-08-14T14:31:29.77461+09:00'
 */
export declare function formatRfc3339Nano(instant: Instant): string;
/**
 * The same instant displayed in UTC (Docker's daemon reports times in UTC unless its TZ says
 * otherwise).
 */
export declare function inUtc(instant: Instant): Instant;
//# sourceMappingURL=rfc3339.d.ts.map