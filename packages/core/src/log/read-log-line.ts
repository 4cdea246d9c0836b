/**
 * One line of an event log, parsed and validated: the header on line 1, an event on every
 * other line. {@link readEvent} is the reference check with io-ts's readable message;
 * {@link eventLineReader} adds a fast path for the lines that are fine (nearly all of
 * them) and falls back to {@link readEvent} for the message when one is not.
 */
import type { Either } from 'fp-ts/lib/Either.js';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { isInstant, parseInstant } from '../clock/instant.js';
import { guardOf } from './codec-guard.js';
import type { EventLogHeader } from './header.js';
import { EVENT_LOG_KIND, EVENT_LOG_VERSION, EventLogHeaderCodec } from './header.js';
import type { LogError } from './log-error.js';
import type { LoggedEvent } from './logged-event.js';
import { EVENT_LINE_FIELDS, EnvelopeCodec } from './logged-event.js';
import { readableErrors } from './readable-errors.js';

const EXCERPT_LENGTH = 40;

/** A line shortened for an error message. */
export const excerpt = (line: string): string =>
  line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH - 1)}…` : line;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What {@link parseJson} returns for a line that is not JSON (no JSON value is this object). */
export const NOT_JSON: unique symbol = Symbol('not JSON');

/** `JSON.parse` as a value, {@link NOT_JSON} when the line is not JSON (no wrapper per line: millions of lines). */
export function parseJson(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    // JSON.parse's message varies across Node versions; the report uses an excerpt instead.
    return NOT_JSON;
  }
}

/** Line 1: the header, checked kind first, then version (a newer format may differ), then shape. */
export function readHeader(value: unknown): Either<LogError, EventLogHeader> {
  if (!isPlainObject(value) || !('kind' in value)) {
    return left({
      kind: 'header-missing',
      line: 1,
      reason: `expected {"kind":"${EVENT_LOG_KIND}","version":${EVENT_LOG_VERSION},…} on line 1`,
    });
  }
  if (value['kind'] !== EVENT_LOG_KIND) {
    return left({ kind: 'header-wrong-kind', line: 1, found: JSON.stringify(value['kind']) });
  }
  // Checked before the shape: a newer docknet may have changed the header itself.
  const version = value['version'];
  if (typeof version === 'number' && version > EVENT_LOG_VERSION) {
    return left({ kind: 'version-too-new', line: 1, found: version, supported: EVENT_LOG_VERSION });
  }
  const decoded = EventLogHeaderCodec.decode(value);
  if (isLeft(decoded)) {
    return left({ kind: 'wrong-shape', line: 1, reason: `header: ${readableErrors(decoded.left)}` });
  }
  return right(decoded.right);
}

/** An event line, checked field by field with io-ts; the first problem in words. */
export function readEvent<E, O>(
  value: unknown,
  line: number,
  eventCodec: t.Type<E, O, unknown>,
): Either<LogError, LoggedEvent<E>> {
  const shape = (reason: string): Either<LogError, LoggedEvent<E>> =>
    left({ kind: 'wrong-shape', line, reason });
  if (!isPlainObject(value)) return shape(`expected an event object, got ${excerpt(JSON.stringify(value))}`);
  const unexpected = Object.keys(value).filter((key) => !EVENT_LINE_FIELDS.includes(key));
  if (unexpected.length > 0) return shape(`unexpected field ${unexpected.map((k) => `"${k}"`).join(', ')}`);
  const envelope = EnvelopeCodec.decode(value);
  if (isLeft(envelope)) return shape(readableErrors(envelope.left));
  const { seq, at, host } = envelope.right;
  if (isLeft(parseInstant(at))) return shape(`at: expected an RFC 3339 instant, got ${JSON.stringify(at)}`);
  if (host === '') return shape('host: expected a host name, got ""');
  const event = eventCodec.decode({ type: value['type'], data: value['data'] });
  if (isLeft(event)) return shape(readableErrors(event.left));
  return right({ seq, at, host, event: event.right });
}

/** True when every key is one an event line may have (the order of {@link readEvent}'s check). */
const hasOnlyLineFields = (value: Record<string, unknown>): boolean => {
  for (const key in value) {
    switch (key) {
      case 'seq':
      case 'at':
      case 'host':
      case 'type':
      case 'data':
        continue;
      default:
        return false;
    }
  }
  return true;
};

/**
 * A check of `at` that remembers the last instant it accepted: an instant differing from
 * it only in the seconds digits (the next steps of a scenario, one logical second apart)
 * is valid when those digits are 00–59, without reading the date again.
 */
const instantChecker = (): ((at: string) => boolean) => {
  let head = ''; // `YYYY-MM-DDTHH:MM:` of the last accepted instant
  let tail = ''; // what follows its seconds: fraction and offset
  const SECONDS = 17;
  return (at) => {
    if (head !== '' && at.length === head.length + 2 + tail.length && at.startsWith(head) && at.endsWith(tail)) {
      const tens = at.charCodeAt(SECONDS) - 48;
      const ones = at.charCodeAt(SECONDS + 1) - 48;
      if (tens >= 0 && tens <= 5 && ones >= 0 && ones <= 9) return true;
    }
    if (!isInstant(at)) return false;
    head = at.slice(0, SECONDS);
    tail = at.slice(SECONDS + 2);
    return true;
  };
};

/** A line read: the event, or why the line is refused. */
export type ReadLine<E> = LoggedEvent<E> | LogError;

/** True when a {@link ReadLine} is an error (a logged event has no `kind`). */
export const isLineError = <E>(read: ReadLine<E>): read is LogError => 'kind' in read;

/**
 * A reader of event lines for one codec: accepts exactly what {@link readEvent} accepts,
 * but checks a line with the codecs' compiled guards ({@link guardOf}) instead of io-ts's
 * decoders and `at` with {@link instantChecker}, and allocates nothing it does not return.
 * A line the fast path refuses goes through {@link readEvent}, which finds the message.
 */
export function eventLineReader<E, O>(eventCodec: t.Type<E, O, unknown>): (value: unknown, line: number) => ReadLine<E> {
  const isEvent = guardOf(eventCodec);
  const isEnvelope = guardOf(EnvelopeCodec);
  const isAt = instantChecker();
  return (value, line) => {
    if (isPlainObject(value) && hasOnlyLineFields(value) && isEnvelope(value)) {
      const host = value['host'] as string;
      const at = value['at'] as string;
      if (host !== '' && isAt(at)) {
        const event: unknown = { type: value['type'], data: value['data'] };
        // The codec's own guard accepted it, so it is an E as it stands (no decoding to do).
        if (isEvent(event)) return { seq: value['seq'] as number, at, host, event: event as E };
      }
    }
    const read = readEvent(value, line, eventCodec);
    return isLeft(read) ? read.left : read.right;
  };
}
