/**
 * The state after event N of an event log file, from its latest usable snapshot plus the
 * tail of the log, or from the whole log when no snapshot fits. A snapshot is used only if
 * the log still starts with the exact bytes it was taken from (length and sha256); any
 * other snapshot is skipped, with the reason, and an older one (or none) is tried.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import { makeEngine } from '../engine/engine.js';
import { foldEventLog } from './fold-event-log.js';
import { restoreState } from './restore-snapshot.js';
import { listSnapshots, readSnapshotFile, snapshotPathOf } from './snapshot-files.js';
const prefixMatches = (bytes, file) => bytes.length >= file.log.bytes &&
    createHash('sha256').update(bytes.subarray(0, file.log.bytes)).digest('hex') === file.log.sha256;
const readBytes = (path) => {
    try {
        return right(readFileSync(path));
    }
    catch (e) {
        const code = e instanceof Error && 'code' in e ? String(e.code) : String(e);
        return left({ kind: 'unreadable', message: `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code}` });
    }
};
/**
 * Folds the event log at `path` through event `at` (every line is still validated),
 * starting from the newest snapshot at or before `at` that matches the log. A bad line
 * comes back as the reader's {@link LogError} (format it with `formatLogError`).
 *
 * @example
 * loadLogState('out/events.jsonl', daemonRegistry, 'end') // right({ state, end, snapshot: 1000, … })
 */
export const loadLogState = (path, registry, at) => {
    const bytes = readBytes(path);
    if (isLeft(bytes))
        return bytes;
    const engine = makeEngine(registry);
    const skipped = [];
    for (const seq of listSnapshots(path)) {
        if (at !== 'end' && seq > at)
            continue;
        const name = `${seq}.json`;
        const file = readSnapshotFile(snapshotPathOf(path, seq));
        if (isLeft(file)) {
            skipped.push(`${name}: ${file.left}`);
            continue;
        }
        const { log, state } = file.right;
        if (log.seq !== seq || state.seq !== seq) {
            skipped.push(`${name}: holds event ${state.seq}, not ${seq}`);
            continue;
        }
        if (!prefixMatches(bytes.right, file.right)) {
            skipped.push(`${name}: the log no longer starts with the events it was taken from`);
            continue;
        }
        const restored = restoreState(state, registry);
        if (isLeft(restored)) {
            skipped.push(`${name}: ${restored.left}`);
            continue;
        }
        const resume = { header: log.header, line: log.lines, seq: log.seq, offset: log.bytes };
        const folded = foldEventLog(bytes.right, engine, at, { state: restored.right, resume });
        if (isLeft(folded))
            return left({ kind: 'bad-log', error: folded.left });
        return right({ ...folded.right, snapshot: seq, skipped });
    }
    const folded = foldEventLog(bytes.right, engine, at);
    if (isLeft(folded))
        return left({ kind: 'bad-log', error: folded.left });
    return right({ ...folded.right, skipped });
};
//# sourceMappingURL=load-log-state.js.map