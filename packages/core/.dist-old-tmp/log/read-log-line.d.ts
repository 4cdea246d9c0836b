/**
 * One line of an event log, parsed and validated: the header on line 1, an event on every
 * other line. {@link readEvent} is the reference check with io-ts's readable message;
 * {@link eventLineReader} adds a fast path for the lines that are fine (nearly all of
 * them) and falls back to {@link readEvent} for the message when one is not.
 */
import type { Either } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { EventLogHeader } from './header.js';
import type { LogError } from './log-error.js';
import type { LoggedEvent } from './logged-event.js';
/** A line shortened for an error message. */
export declare const excerpt: (line: string) => string;
/** What {@link parseJson} returns for a line that is not JSON (no JSON value is this object). */
export declare const NOT_JSON: unique symbol;
/** `JSON.parse` as a value, {@link NOT_JSON} when the line is not JSON (no wrapper per line: millions of lines). */
export declare function parseJson(line: string): unknown;
/** Line 1: the header, checked kind first, then version (a newer format may differ), then shape. */
export declare function readHeader(value: unknown): Either<LogError, EventLogHeader>;
/** An event line, checked field by field with io-ts; the first problem in words. */
export declare function readEvent<E, O>(value: unknown, line: number, eventCodec: t.Type<E, O, unknown>): Either<LogError, LoggedEvent<E>>;
/** A line read: the event, or why the line is refused. */
export type ReadLine<E> = LoggedEvent<E> | LogError;
/** True when a {@link ReadLine} is an error (a logged event has no `kind`). */
export declare const isLineError: <E>(read: ReadLine<E>) => read is LogError;
/**
 * A reader of event lines for one codec: accepts exactly what {@link readEvent} accepts,
 * but checks a line with the codecs' compiled guards ({@link guardOf}) instead of io-ts's
 * decoders and `at` with {@link instantChecker}, and allocates nothing it does not return.
 * A line the fast path refuses goes through {@link readEvent}, which finds the message.
 */
export declare function eventLineReader<E, O>(eventCodec: t.Type<E, O, unknown>): (value: unknown, line: number) => ReadLine<E>;
//# sourceMappingURL=read-log-line.d.ts.map