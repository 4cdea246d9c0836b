import type { Either } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { EventLogHeader } from './header.js';
import type { LogError } from './log-error.js';
import type { LoggedEvent } from './logged-event.js';
/** A fully validated event log. */
export interface EventLog<E> {
    readonly header: EventLogHeader;
    readonly events: readonly LoggedEvent<E>[];
}
/**
 * Reads and validates a whole JSONL event log (SPEC §4): the header on line 1, then one event
 * per line with `seq` = 1, 2, 3… (gaps are refused too: a gap means a lost event). The first
 * bad line is reported with its number and nothing is returned with it — never a prefix.
 * Pure: takes the file's text. (To fold a large log without holding every event, use
 * `scanEventLog`/`scanEventLogBytes`.)
 *
 * A last line without a newline that is not JSON is reported as `truncated` (an interrupted
 * append); a last line without a newline that is complete JSON is accepted.
 *
 * @example
 * readEventLog(text, EventCodec) // right({ header, events }) or left({ kind: 'not-json', line: 3, … })
 */
export declare function readEventLog<E, O>(text: string, eventCodec: t.Type<E, O, unknown>): Either<LogError, EventLog<E>>;
//# sourceMappingURL=read-event-log.d.ts.map