import { open, readFile } from 'node:fs/promises';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import { encodeEventLine, encodeHeader } from './encode.js';
import { withLockFile } from './lock-file.js';
import { readEventLog } from './read-event-log.js';
import { writeFileAtomic } from './write-file-atomic.js';
const TAIL_CHUNK = 64 * 1024;
const errorCode = (error) => typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
/** The last line of an open file, read backwards in chunks (O(line length), not O(file)). */
async function lastLine(file, size) {
    let end = size;
    let endsWithNewline = false;
    if (size > 0) {
        const last = Buffer.alloc(1);
        await file.read(last, 0, 1, size - 1);
        endsWithNewline = last[0] === 0x0a;
        if (endsWithNewline)
            end = size - 1;
    }
    let start = end;
    while (start > 0) {
        const from = Math.max(0, start - TAIL_CHUNK);
        const chunk = Buffer.alloc(start - from);
        await file.read(chunk, 0, chunk.length, from);
        const newline = chunk.lastIndexOf(0x0a);
        if (newline >= 0) {
            start = from + newline + 1;
            break;
        }
        start = from;
    }
    const bytes = Buffer.alloc(end - start);
    await file.read(bytes, 0, bytes.length, start);
    return { text: bytes.toString('utf8'), endsWithNewline };
}
/** Reads just the last line; `damaged` when it is not a complete header or event line. */
async function readTail(path) {
    let file;
    try {
        file = await open(path, 'r');
    }
    catch (error) {
        if (errorCode(error) === 'ENOENT')
            return { exists: false };
        throw error;
    }
    try {
        const { size } = await file.stat();
        if (size === 0)
            return { exists: false };
        const { text, endsWithNewline } = await lastLine(file, size);
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            return 'damaged';
        }
        if (typeof value !== 'object' || value === null)
            return 'damaged';
        if ('kind' in value)
            return { exists: true, lastSeq: 0, endsWithNewline };
        const seq = 'seq' in value ? value.seq : undefined;
        return typeof seq === 'number' ? { exists: true, lastSeq: seq, endsWithNewline } : 'damaged';
    }
    finally {
        await file.close();
    }
}
/** The precise error for a damaged log: the whole file is read only on this rare path. */
async function diagnose(path, codec) {
    const read = readEventLog(await readFile(path, 'utf8'), codec);
    return isLeft(read)
        ? read.left
        : { kind: 'io', path, message: 'the last line changed while it was being read' };
}
/**
 * Appends events to the JSONL log at `path` with optimistic concurrency: the log's last `seq`
 * must equal `expectedLastSeq`, else nothing is written and the result is a `conflict`
 * (`event log conflict: expected last seq 41, found 42`). The new events get seq
 * `expectedLastSeq + 1, + 2, …`.
 *
 * Concurrency scheme: the check and the write happen under an exclusive lock file
 * (`<path>.lock`, see `withLockFile`), so two processes can never both pass the check for the
 * same seq; the loser re-reads and sees the winner's events. The lines are written with one
 * append + fsync; a crash mid-write leaves a truncated last line, which the reader reports
 * (pointing to `docknet log --repair`) and which blocks further appends until repaired. A log
 * that does not exist yet is created atomically, header included.
 *
 * @example
 * await appendEvents('.docknet/events.jsonl', 41, [{ at, host: 'docker-host', event }], { codec })
 * // right({ lastSeq: 42 }) or left({ kind: 'conflict', expected: 41, found: 42 })
 */
export async function appendEvents(path, expectedLastSeq, events, options) {
    const lines = events.map((event, index) => encodeEventLine({ ...event, seq: expectedLastSeq + index + 1 }, options.codec));
    const body = lines.map((line) => `${line}\n`).join('');
    try {
        const locked = await withLockFile(`${path}.lock`, async () => {
            const tail = await readTail(path);
            if (tail === 'damaged')
                return left(await diagnose(path, options.codec));
            const found = tail.exists ? tail.lastSeq : 0;
            if (found !== expectedLastSeq)
                return left({ kind: 'conflict', expected: expectedLastSeq, found });
            if (!tail.exists) {
                if (options.header === undefined)
                    return left({ kind: 'no-header', path });
                await writeFileAtomic(path, `${encodeHeader(options.header)}\n${body}`);
            }
            else if (body !== '') {
                const file = await open(path, 'a');
                try {
                    // A complete last line missing only its newline gets one before ours.
                    await file.writeFile(tail.endsWithNewline ? body : `\n${body}`);
                    await file.sync();
                }
                finally {
                    await file.close();
                }
            }
            return right({ lastSeq: expectedLastSeq + events.length });
        }, options.lock);
        return isLeft(locked) ? locked : locked.right;
    }
    catch (error) {
        return left({ kind: 'io', path, message: error instanceof Error ? error.message : String(error) });
    }
}
//# sourceMappingURL=append-events.js.map