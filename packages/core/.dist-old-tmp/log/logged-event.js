import * as t from 'io-ts';
import { integerAtLeast } from './header.js';
/** The envelope fields of an event line, in on-disk order (then the event's own fields). */
export const EnvelopeCodec = t.type({
    seq: integerAtLeast(1, 'Seq'),
    at: t.string,
    host: t.string,
});
/** The fields an event line may hold: the envelope's and the event's. */
export const EVENT_LINE_FIELDS = ['seq', 'at', 'host', 'type', 'data'];
//# sourceMappingURL=logged-event.js.map