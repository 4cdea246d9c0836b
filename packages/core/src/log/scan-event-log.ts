/**
 * Streaming reads of an event log: every line is validated and each event handed to a
 * visitor as soon as it is read, so folding a million-event log never holds a million
 * events (or one string the size of the file) in memory.
 *
 * The rules are {@link readEventLog}'s (SPEC §4): the header on line 1, `seq` = 1, 2, 3…
 * with no gaps, the first bad line reported with its number, an unterminated last line
 * that is not JSON reported as `truncated`. A visitor may already have seen the events
 * before a bad line when the Left comes back: callers fold into a state they throw away
 * on a Left, so nothing past (or before) a bad line is ever used.
 */
import { Buffer } from 'node:buffer';
import type { Either } from 'fp-ts/lib/Either.js';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { EventLogHeader } from './header.js';
import type { LogError } from './log-error.js';
import type { LoggedEvent } from './logged-event.js';
import { eventLineReader, excerpt, isLineError, NOT_JSON, parseJson, readHeader, type ReadLine } from './read-log-line.js';

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

interface Cursor {
  header: EventLogHeader | undefined;
  line: number;
  seq: number;
}

const EMPTY: LogError = { kind: 'header-missing', line: 1, reason: 'the log is empty' };

/**
 * Reads the lines of `text`, which holds whole lines only, except that the end of the file
 * may come without its newline (`atEndOfFile`). Returns the first error, if any.
 */
function scanLines<E>(
  text: string,
  atEndOfFile: boolean,
  cursor: Cursor,
  readEvent: (value: unknown, line: number) => ReadLine<E>,
  visit: EventVisitor<E>,
): LogError | undefined {
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const terminated = newline !== -1;
    const lineText = terminated ? text.slice(start, newline) : text.slice(start);
    start = terminated ? newline + 1 : text.length;
    const line = ++cursor.line;
    const parsed = parseJson(lineText);
    if (parsed === NOT_JSON) {
      return !terminated && atEndOfFile
        ? { kind: 'truncated', line, excerpt: excerpt(lineText) }
        : { kind: 'not-json', line, excerpt: lineText === '' ? '(empty line)' : excerpt(lineText) };
    }
    if (cursor.header === undefined) {
      const header = readHeader(parsed);
      if (isLeft(header)) return header.left;
      cursor.header = header.right;
      continue;
    }
    const read = readEvent(parsed, line);
    if (isLineError(read)) return read;
    const expected = cursor.seq + 1;
    if (read.seq !== expected) return { kind: 'seq-out-of-order', line, expected, found: read.seq };
    cursor.seq = expected;
    visit(read, cursor.header);
  }
  return undefined;
}

const finish = (cursor: Cursor, error: LogError | undefined): Either<LogError, LogPosition> => {
  if (error !== undefined) return left(error);
  if (cursor.header === undefined) return left(EMPTY);
  return right({ header: cursor.header, line: cursor.line, seq: cursor.seq });
};

/**
 * Validates a whole log given as text, handing each event to `visit`; Right with the final
 * position, or the first bad line.
 *
 * @example
 * const events: LoggedEvent<EventBody>[] = [];
 * scanEventLog(text, EventBodyC, (e) => events.push(e)) // right({ header, line: 3, seq: 2 })
 */
export function scanEventLog<E, O>(
  text: string,
  eventCodec: t.Type<E, O, unknown>,
  visit: EventVisitor<E>,
): Either<LogError, LogPosition> {
  if (text === '') return left(EMPTY);
  const cursor: Cursor = { header: undefined, line: 0, seq: 0 };
  return finish(cursor, scanLines(text, true, cursor, eventLineReader(eventCodec), visit));
}

/** Bytes decoded per step (4 MiB): far below V8's string limit (~2^29 characters), large enough to amortise the call, small enough that the chunk string is garbage soon. */
const CHUNK_BYTES = 1 << 22;
const NEWLINE = 0x0a;

/**
 * Like {@link scanEventLog}, for a log file's bytes of any size: decoded a chunk of whole
 * lines at a time (a newline byte never sits inside a UTF-8 sequence). `from` resumes after
 * a known prefix — a state snapshot's — whose lines are not read again.
 *
 * @example
 * scanEventLogBytes(readFileSync('events.jsonl'), EventBodyC, visit)
 */
export function scanEventLogBytes<E, O>(
  bytes: Uint8Array,
  eventCodec: t.Type<E, O, unknown>,
  visit: EventVisitor<E>,
  from?: LogResume,
): Either<LogError, LogPosition> {
  if (from === undefined && bytes.length === 0) return left(EMPTY);
  const cursor: Cursor =
    from === undefined ? { header: undefined, line: 0, seq: 0 } : { header: from.header, line: from.line, seq: from.seq };
  const readEvent = eventLineReader(eventCodec);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let start = from?.offset ?? 0;
  while (start < buffer.length) {
    let end = Math.min(start + CHUNK_BYTES, buffer.length);
    if (end < buffer.length) {
      const lastNewline = buffer.lastIndexOf(NEWLINE, end - 1);
      if (lastNewline >= start) end = lastNewline + 1;
      else {
        // One line longer than a chunk: take it whole.
        const next = buffer.indexOf(NEWLINE, end);
        end = next === -1 ? buffer.length : next + 1;
      }
    }
    const error = scanLines(buffer.toString('utf8', start, end), end === buffer.length, cursor, readEvent, visit);
    if (error !== undefined) return left(error);
    start = end;
  }
  return finish(cursor, undefined);
}
