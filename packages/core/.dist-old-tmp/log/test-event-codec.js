// A small event codec for the log's own tests (the real one belongs to core/events).
import * as t from 'io-ts';
export const NoteCodec = t.type({
    type: t.literal('Note'),
    data: t.type({ writer: t.string, n: t.number }),
});
export const PingCodec = t.type({
    type: t.literal('Ping'),
    data: t.intersection([t.type({ target: t.string }), t.partial({ count: t.number })]),
});
export const TestEventCodec = t.union([NoteCodec, PingCodec]);
//# sourceMappingURL=test-event-codec.js.map