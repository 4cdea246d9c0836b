import type { Instant } from './instant.js';
/**
 * docknet's logical time. A scenario gives the origin; every step advances the clock by one
 * second and every recorded event by a small fixed tick, so two events never share an instant
 * and `docker ps` ages read like a person typing one command per second.
 *
 * The instant is `origin + elapsedSeconds · 1 s + events · tickNs`. Both counters only grow, so
 * instants are strictly increasing over events without any wrap-around rule.
 */
export interface LogicalClock {
    readonly origin: Instant;
    /** Whole seconds elapsed: one per scenario step (plus any explicit {@link advanceSeconds}). */
    readonly elapsedSeconds: number;
    /** How many events have been stamped so far. */
    readonly events: number;
    /** The sub-second increment per stamped event, in nanoseconds. */
    readonly tickNs: bigint;
}
/** The default per-event increment: 1 ms, so 1000 events add up to one second of drift. */
export declare const DEFAULT_TICK_NS = 1000000n;
/**
 * A clock at `origin` with nothing elapsed.
 *
 * @example
 * const clock = startClock(origin)
 */
export declare function startClock(origin: Instant, tickNs?: bigint): LogicalClock;
/** The clock's current instant ("now" for every view). */
export declare function now(clock: LogicalClock): Instant;
/** The clock one scenario step later (one second on). */
export declare function nextStep(clock: LogicalClock): LogicalClock;
/** The clock `seconds` whole seconds later (e.g. a scenario that waits). */
export declare function advanceSeconds(clock: LogicalClock, seconds: number): LogicalClock;
/**
 * Stamps one event: returns the event's instant (the current one) and the clock after it.
 *
 * @example
 * const [at, after] = stampEvent(clock)
 */
export declare function stampEvent(clock: LogicalClock): readonly [Instant, LogicalClock];
//# sourceMappingURL=logical-clock.d.ts.map