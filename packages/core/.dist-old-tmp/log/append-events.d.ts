import type { Either } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { EventLogHeader } from './header.js';
import type { LockOptions } from './lock-file.js';
import type { AppendError } from './log-error.js';
import type { EncodedEvent, NewEvent } from './logged-event.js';
/** How to append to a log. */
export interface AppendOptions<E, O extends EncodedEvent> {
    /** Encodes the events (the same codec that reads them back). */
    readonly codec: t.Type<E, O, unknown>;
    /** Line 1 for a log that does not exist yet (then `expectedLastSeq` must be 0). */
    readonly header?: EventLogHeader;
    readonly lock?: LockOptions;
}
/**
 * Appends events to the JSONL log at `path` with optimistic concurrency: the log's last `seq`
 * must equal `expectedLastSeq`, else nothing is written and the result is a `conflict`
 * (`event log conflict: expected last seq 41, found 42`). The new events get seq
 * `expectedLastSeq + 1, + 2, …`.
 *
 * Concurrency scheme: the check and the write happen under an exclusive lock file
 * (`<path>.lock`, see `withLockFile`), so two processes can never both pass the check for the
 * same seq; the loser re-reads and sees the winner's events. The lines are written with one
 * append + fsync; a crash mid-write leaves a truncated last line, which the reader reports
 * (pointing to `docknet log --repair`) and which blocks further appends until repaired. A log
 * that does not exist yet is created atomically, header included.
 *
 * @example
 * await appendEvents('.docknet/events.jsonl', 41, [{ at, host: 'docker-host', event }], { codec })
 * // right({ lastSeq: 42 }) or left({ kind: 'conflict', expected: 41, found: 42 })
 */
export declare function appendEvents<E, O extends EncodedEvent>(path: string, expectedLastSeq: number, events: readonly NewEvent<E>[], options: AppendOptions<E, O>): Promise<Either<AppendError, {
    readonly lastSeq: number;
}>>;
//# sourceMappingURL=append-events.d.ts.map