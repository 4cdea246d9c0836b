/**
 * Snapshots along a log: the log folded once, a {@link SnapshotFile} taken after every
 * `every`-th event, each naming the byte prefix of the log it stands for (length and
 * sha256), so a reader can trust it exactly as long as that prefix is unchanged.
 */
import { createHash } from 'node:crypto';
import { map } from 'fp-ts/lib/Either.js';
import { EventBodyC } from '../events/events.js';
import { scanEventLogBytes } from '../log/scan-event-log.js';
import { envelopeOf, initialStateOf } from './fold-event-log.js';
import { SNAPSHOT_KIND, SNAPSHOT_VERSION } from './snapshot-codec.js';
import { snapshotOf } from './take-snapshot.js';
const NEWLINE = 0x0a;
/**
 * Folds `bytes` (a whole event log) and returns a snapshot after events `every`, `2·every`,
 * …, as JSON text ready to write (the state serialised at that moment).
 *
 * @example
 * snapshotsOfLog(readFileSync('events.jsonl'), engine, 1000) // right([{ seq: 1000, text }, …])
 */
export const snapshotsOfLog = (bytes, engine, every) => {
    const hash = createHash('sha256');
    let offset = 0;
    /** Consumes one line of the prefix into the hash; the log's lines arrive in order. */
    const advance = () => {
        const newline = bytes.indexOf(NEWLINE, offset);
        const end = newline === -1 ? bytes.length : newline + 1;
        hash.update(bytes.subarray(offset, end));
        offset = end;
    };
    let state;
    const out = [];
    const scanned = scanEventLogBytes(bytes, EventBodyC, (e, header) => {
        if (state === undefined)
            advance(); // the header line
        advance();
        state = engine.evolve(state ?? initialStateOf(engine, header), envelopeOf(e));
        if (e.seq % every !== 0)
            return;
        const file = {
            kind: SNAPSHOT_KIND,
            version: SNAPSHOT_VERSION,
            log: { header, seq: e.seq, lines: e.seq + 1, bytes: offset, sha256: hash.copy().digest('hex') },
            state: snapshotOf(state),
        };
        out.push({ seq: e.seq, text: `${JSON.stringify(file)}\n` });
    });
    return map(() => out)(scanned);
};
//# sourceMappingURL=snapshots-of-log.js.map