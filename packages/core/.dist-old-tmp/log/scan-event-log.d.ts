import type { Either } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { EventLogHeader } from './header.js';
import type { LogError } from './log-error.js';
import type { LoggedEvent } from './logged-event.js';
/** Where a scan stands: the header once read, lines consumed so far, the last event's seq. */
export interface LogPosition {
    readonly header: EventLogHeader;
    /** 1-based number of the last line read (1 = the header). */
    readonly line: number;
    /** `seq` of the last event read (0 = none yet). */
    readonly seq: number;
}
/** Where to resume a scan of a file's bytes: a position and the byte offset just after its line. */
export interface LogResume extends LogPosition {
    readonly offset: number;
}
/** Receives each validated event, in order, with the log's header. */
export type EventVisitor<E> = (event: LoggedEvent<E>, header: EventLogHeader) => void;
/**
 * Validates a whole log given as text, handing each event to `visit`; Right with the final
 * position, or the first bad line.
 *
 * @example
 * const events: LoggedEvent<EventBody>[] = [];
 * scanEventLog(text, EventBodyC, (e) => events.push(e)) // right({ header, line: 3, seq: 2 })
 */
export declare function scanEventLog<E, O>(text: string, eventCodec: t.Type<E, O, unknown>, visit: EventVisitor<E>): Either<LogError, LogPosition>;
/**
 * Like {@link scanEventLog}, for a log file's bytes of any size: decoded a chunk of whole
 * lines at a time (a newline byte never sits inside a UTF-8 sequence). `from` resumes after
 * a known prefix — a state snapshot's — whose lines are not read again.
 *
 * @example
 * scanEventLogBytes(readFileSync('events.jsonl'), EventBodyC, visit)
 */
export declare function scanEventLogBytes<E, O>(bytes: Uint8Array, eventCodec: t.Type<E, O, unknown>, visit: EventVisitor<E>, from?: LogResume): Either<LogError, LogPosition>;
//# sourceMappingURL=scan-event-log.d.ts.map