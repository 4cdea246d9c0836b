import type { Either } from 'fp-ts/lib/Either.js';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { parseInstant } from '../clock/instant.js';
import type { EventLogHeader } from './header.js';
import { EVENT_LOG_KIND, EVENT_LOG_VERSION, EventLogHeaderCodec } from './header.js';
import type { LogError } from './log-error.js';
import type { LoggedEvent } from './logged-event.js';
import { EVENT_LINE_FIELDS, EnvelopeCodec } from './logged-event.js';
import { readableErrors } from './readable-errors.js';

/** A fully validated event log. */
export interface EventLog<E> {
  readonly header: EventLogHeader;
  readonly events: readonly LoggedEvent<E>[];
}

const EXCERPT_LENGTH = 40;
const excerpt = (line: string): string =>
  line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH - 1)}…` : line;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

function parseJson(line: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(line) as unknown };
  } catch {
    // JSON.parse's message varies across Node versions; the report uses an excerpt instead.
    return { ok: false };
  }
}

function readHeader(value: unknown): Either<LogError, EventLogHeader> {
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

function readEvent<E, O>(
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

/**
 * Reads and validates a whole JSONL event log (SPEC §4): the header on line 1, then one event
 * per line with `seq` = 1, 2, 3… (gaps are refused too: a gap means a lost event). The first
 * bad line is reported with its number and nothing is returned with it — never a prefix.
 * Pure: takes the file's text.
 *
 * A last line without a newline that is not JSON is reported as `truncated` (an interrupted
 * append); a last line without a newline that is complete JSON is accepted.
 *
 * @example
 * readEventLog(text, EventCodec) // right({ header, events }) or left({ kind: 'not-json', line: 3, … })
 */
export function readEventLog<E, O>(
  text: string,
  eventCodec: t.Type<E, O, unknown>,
): Either<LogError, EventLog<E>> {
  if (text === '') {
    return left({ kind: 'header-missing', line: 1, reason: 'the log is empty' });
  }
  const endsWithNewline = text.endsWith('\n');
  const lines = text.split('\n');
  if (endsWithNewline) lines.pop();

  let header: EventLogHeader | undefined;
  const events: LoggedEvent<E>[] = [];
  for (let index = 0; index < lines.length; index++) {
    const lineText = lines[index] ?? '';
    const line = index + 1;
    const parsed = parseJson(lineText);
    if (!parsed.ok) {
      const isLast = index === lines.length - 1;
      return left(
        isLast && !endsWithNewline
          ? { kind: 'truncated', line, excerpt: excerpt(lineText) }
          : { kind: 'not-json', line, excerpt: lineText === '' ? '(empty line)' : excerpt(lineText) },
      );
    }
    if (header === undefined) {
      const read = readHeader(parsed.value);
      if (isLeft(read)) return read;
      header = read.right;
      continue;
    }
    const read = readEvent(parsed.value, line, eventCodec);
    if (isLeft(read)) return read;
    const expected = events.length + 1;
    if (read.right.seq !== expected) {
      return left({ kind: 'seq-out-of-order', line, expected, found: read.right.seq });
    }
    events.push(read.right);
  }
  if (header === undefined) {
    return left({ kind: 'header-missing', line: 1, reason: 'the log is empty' });
  }
  return right({ header, events });
}
