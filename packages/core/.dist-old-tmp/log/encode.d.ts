import type * as t from 'io-ts';
import type { EventLogHeader } from './header.js';
import type { EncodedEvent, LoggedEvent } from './logged-event.js';
/**
 * Line 1 of a log, as canonical JSON (no trailing newline).
 *
 * @example
 * encodeHeader({ kind: 'docknet-events', version: 1, engine: '28', seed: 0 })
 * // '{"kind":"docknet-events","version":1,"engine":"28","seed":0}'
 */
export declare function encodeHeader(header: EventLogHeader): string;
/**
 * One event line as canonical JSON (no trailing newline): `seq`, `at`, `host`, then the
 * event's fields in its codec's order (`type`, `data`, with `data`'s keys in codec order).
 *
 * @example
 * encodeEventLine({ seq: 1, at: '2020-08-14T14:31:29+09:00', host: 'docker-host', event }, EventCodec)
 * // '{"seq":1,"at":"2020-08-14T14:31:29+09:00","host":"docker-host","type":"NetworkCreated","data":{…}}'
 */
export declare function encodeEventLine<E, O extends EncodedEvent>(logged: LoggedEvent<E>, eventCodec: t.Type<E, O, unknown>): string;
//# sourceMappingURL=encode.d.ts.map