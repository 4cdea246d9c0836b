/**
 * `docknet replay --events F.jsonl --snapshot-every N`: after the log is written, its
 * snapshots are (re)written beside it; without N, stale snapshots of an earlier log at
 * that path are removed.
 */
import { Buffer } from 'node:buffer';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import { makeEngine } from '../engine/engine.js';
import { formatLogError } from '../log/log-error.js';
import { writeSnapshots } from './snapshot-files.js';
import { snapshotsOfLog } from './snapshots-of-log.js';
/**
 * Writes the snapshots of the log whose text is `text` (already written at `logPath`)
 * after every `every`-th event; resolves to how many were written.
 *
 * @example
 * await writeLogSnapshots('out/events.jsonl', text, daemonRegistry, 1000) // right(3)
 */
export const writeLogSnapshots = async (logPath, text, registry, every) => {
    if (every === undefined) {
        await writeSnapshots(logPath, []);
        return right(0);
    }
    const snapshots = snapshotsOfLog(Buffer.from(text), makeEngine(registry), every);
    if (isLeft(snapshots))
        return left(formatLogError(snapshots.left, logPath));
    await writeSnapshots(logPath, snapshots.right);
    return right(snapshots.right.length);
};
//# sourceMappingURL=write-log-snapshots.js.map