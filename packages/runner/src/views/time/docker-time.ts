/**
 * Docker's timestamps. The state stores RFC 3339 strings from the logical clock, which
 * carry the scenario clock's UTC offset; these functions print them the way the daemon or
 * the CLI does.
 */
import { formatRfc3339Nano, inUtc, NS_PER_SECOND, parseInstant, type Instant } from '@docknet/core';
import { isRight } from 'fp-ts/lib/Either.js';

/** Go's zero `time.Time`, which Docker prints for a container that never started or stopped. */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

/** The instant of a stored timestamp, or undefined when it is not RFC 3339. */
export function instantOf(stored: string): Instant | undefined {
  const parsed = parseInstant(stored);
  return isRight(parsed) ? parsed.right : undefined;
}

/** Whether a stored timestamp is Go's zero time (never happened). */
export function isZeroTime(stored: string): boolean {
  return stored === '' || stored.startsWith('0001-01-01T00:00:00');
}

/**
 * A network's `Created` as `docker network inspect` prints it: RFC3339Nano in the daemon's
 * local zone, i.e. the offset the stored value carries. A value that is not RFC 3339 is
 * printed as stored. Every view prints network creation times through this one function.
 *
 * @example
 * formatCreated('2020-08-14T14:31:29.774610308+09:00') // same string
 */
export function formatCreated(stored: string): string {
  if (isZeroTime(stored)) return ZERO_TIME;
  const instant = instantOf(stored);
  return instant === undefined ? stored : formatRfc3339Nano(instant);
}

/**
 * A container time (`Created`, `State.StartedAt`, `State.FinishedAt`): the daemon records
 * them with `time.Now().UTC()`, so they always print with `Z`.
 *
 * @example
 * formatContainerTime('2020-08-14T14:31:29+09:00') // '2020-08-14T05:31:29Z'
 */
export function formatContainerTime(stored: string): string {
  if (isZeroTime(stored)) return ZERO_TIME;
  const instant = instantOf(stored);
  return instant === undefined ? stored : formatRfc3339Nano(inUtc(instant));
}

/**
 * Go's `time.Time.String()` (`2006-01-02 15:04:05.999999999 -0700 MST`) for a time the CLI
 * decoded or built in the client's zone: UTC prints `+0000 UTC`; any other offset has no
 * zone abbreviation in a fixed zone, so Go repeats the numeric offset.
 *
 * @example
 * goTimeString(instant) // '2020-08-14 14:31:29 +0900 +0900'
 */
export function goTimeString(instant: Instant): string {
  const rfc = formatRfc3339Nano(instant);
  const zoneStart = rfc.endsWith('Z') ? rfc.length - 1 : rfc.length - 6;
  const local = rfc.slice(0, zoneStart).replace('T', ' ');
  if (instant.offsetMinutes === 0) return `${local} +0000 UTC`;
  const numeric = rfc.slice(zoneStart).replace(':', '');
  return `${local} ${numeric} ${numeric}`;
}

/** The instant truncated to whole seconds, as `time.Unix(summary.Created, 0)` sees it. */
export function truncateToSeconds(instant: Instant): Instant {
  const rest = ((instant.epochNs % NS_PER_SECOND) + NS_PER_SECOND) % NS_PER_SECOND;
  return { epochNs: instant.epochNs - rest, offsetMinutes: instant.offsetMinutes };
}
