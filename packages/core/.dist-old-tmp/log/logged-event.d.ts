import * as t from 'io-ts';
/**
 * One event as the log stores it: its sequence number, logical time, host, and the event
 * itself (whose codec, supplied by the caller, covers the `type` and `data` fields).
 */
export interface LoggedEvent<E> {
    readonly seq: number;
    /** The logical instant, RFC 3339 with offset (clock/formatRfc3339Nano). */
    readonly at: string;
    readonly host: string;
    readonly event: E;
}
/** An event to append: everything but the `seq`, which the log assigns. */
export type NewEvent<E> = Omit<LoggedEvent<E>, 'seq'>;
/** The envelope fields of an event line, in on-disk order (then the event's own fields). */
export declare const EnvelopeCodec: t.TypeC<{
    seq: t.Type<number, number, unknown>;
    at: t.StringC;
    host: t.StringC;
}>;
/** The fields an event line may hold: the envelope's and the event's. */
export declare const EVENT_LINE_FIELDS: readonly string[];
/** What an event codec must encode to: a `type` and `data` object (SPEC §4). */
export interface EncodedEvent {
    readonly type: string;
    readonly data?: unknown;
}
//# sourceMappingURL=logged-event.d.ts.map