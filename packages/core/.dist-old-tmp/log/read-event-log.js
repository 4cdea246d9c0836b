import { map } from 'fp-ts/lib/Either.js';
import { scanEventLog } from './scan-event-log.js';
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
export function readEventLog(text, eventCodec) {
    const events = [];
    return map((end) => ({ header: end.header, events }))(scanEventLog(text, eventCodec, (e) => events.push(e)));
}
//# sourceMappingURL=read-event-log.js.map