import { addNanoseconds, NS_PER_SECOND } from './instant.js';
/** The default per-event increment: 1 ms, so 1000 events add up to one second of drift. */
export const DEFAULT_TICK_NS = 1000000n;
/**
 * A clock at `origin` with nothing elapsed.
 *
 * @example
 * const clock = startClock(origin)
 */
export function startClock(origin, tickNs = DEFAULT_TICK_NS) {
    if (tickNs <= 0n)
        throw new RangeError('tickNs must be positive'); // a programming error
    return { origin, elapsedSeconds: 0, events: 0, tickNs };
}
/** The clock's current instant ("now" for every view). */
export function now(clock) {
    return addNanoseconds(clock.origin, BigInt(clock.elapsedSeconds) * NS_PER_SECOND + BigInt(clock.events) * clock.tickNs);
}
/** The clock one scenario step later (one second on). */
export function nextStep(clock) {
    return advanceSeconds(clock, 1);
}
/** The clock `seconds` whole seconds later (e.g. a scenario that waits). */
export function advanceSeconds(clock, seconds) {
    if (!Number.isSafeInteger(seconds) || seconds < 0) {
        throw new RangeError(`seconds must be a non-negative integer, got ${seconds}`);
    }
    return { ...clock, elapsedSeconds: clock.elapsedSeconds + seconds };
}
/**
 * Stamps one event: returns the event's instant (the current one) and the clock after it.
 *
 * @example
 * const [at, after] = stampEvent(clock)
 */
export function stampEvent(clock) {
    return [now(clock), { ...clock, events: clock.events + 1 }];
}
//# sourceMappingURL=logical-clock.js.map