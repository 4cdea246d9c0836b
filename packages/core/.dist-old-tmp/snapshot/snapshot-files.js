/**
 * Where snapshots of an event log live: beside it, `F.jsonl.snap/<seq>.json`, one file per
 * snapshot, named by the seq of the last event it folds.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import { guardOf } from '../log/codec-guard.js';
import { readableErrors } from '../log/readable-errors.js';
import { writeFileAtomic } from '../log/write-file-atomic.js';
import { SnapshotFileC } from './snapshot-codec.js';
const SNAPSHOT_NAME = /^(0|[1-9]\d*)\.json$/;
/** The directory holding the snapshots of the log at `logPath`. */
export const snapshotDirOf = (logPath) => `${logPath}.snap`;
/** The snapshot after event `seq` of the log at `logPath`. */
export const snapshotPathOf = (logPath, seq) => join(snapshotDirOf(logPath), `${seq}.json`);
/** The seqs of the log's snapshots, newest first; none when the directory is missing. */
export const listSnapshots = (logPath) => {
    let names;
    try {
        names = readdirSync(snapshotDirOf(logPath));
    }
    catch {
        return [];
    }
    const seqs = [];
    for (const name of names) {
        const m = SNAPSHOT_NAME.exec(name);
        if (m !== null)
            seqs.push(Number(m[1]));
    }
    return seqs.sort((a, b) => b - a);
};
const isSnapshotFile = guardOf(SnapshotFileC);
/** Reads and validates one snapshot file; Left says why it cannot be used. */
export const readSnapshotFile = (path) => {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (e) {
        return left(`cannot read: ${e instanceof Error ? e.message : String(e)}`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return left('not JSON');
    }
    if (isSnapshotFile(value))
        return right(value);
    const decoded = SnapshotFileC.decode(value);
    return isLeft(decoded) ? left(readableErrors(decoded.left)) : right(decoded.right);
};
/**
 * Replaces the log's snapshots with `snapshots` (each written atomically); snapshot files
 * of an earlier log at the same path are removed, so none can outlive the log they
 * describe.
 */
export const writeSnapshots = async (logPath, snapshots) => {
    const keep = new Set(snapshots.map((s) => s.seq));
    for (const seq of listSnapshots(logPath)) {
        if (!keep.has(seq))
            rmSync(snapshotPathOf(logPath, seq), { force: true });
    }
    if (snapshots.length === 0)
        return;
    mkdirSync(snapshotDirOf(logPath), { recursive: true });
    for (const s of snapshots)
        await writeFileAtomic(snapshotPathOf(logPath, s.seq), s.text);
};
//# sourceMappingURL=snapshot-files.js.map