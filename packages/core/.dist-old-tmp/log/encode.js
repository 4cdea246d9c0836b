import { canonicalJson, orderByCodec } from './canonical-json.js';
import { EventLogHeaderCodec } from './header.js';
import { EnvelopeCodec } from './logged-event.js';
/**
 * Line 1 of a log, as canonical JSON (no trailing newline).
 *
 * @example
 * encodeHeader({ kind: 'docknet-events', version: 1, engine: '28', seed: 0 })
 * // '{"kind":"docknet-events","version":1,"engine":"28","seed":0}'
 */
export function encodeHeader(header) {
    return canonicalJson(EventLogHeaderCodec, header);
}
/**
 * One event line as canonical JSON (no trailing newline): `seq`, `at`, `host`, then the
 * event's fields in its codec's order (`type`, `data`, with `data`'s keys in codec order).
 *
 * @example
 * encodeEventLine({ seq: 1, at: '2020-08-14T14:31:29+09:00', host: 'docker-host', event }, EventCodec)
 * // '{"seq":1,"at":"2020-08-14T14:31:29+09:00","host":"docker-host","type":"NetworkCreated","data":{…}}'
 */
export function encodeEventLine(logged, eventCodec) {
    const envelope = orderByCodec(EnvelopeCodec, {
        seq: logged.seq,
        at: logged.at,
        host: logged.host,
    });
    const body = orderByCodec(eventCodec, eventCodec.encode(logged.event));
    return JSON.stringify({ ...envelope, ...body });
}
//# sourceMappingURL=encode.js.map