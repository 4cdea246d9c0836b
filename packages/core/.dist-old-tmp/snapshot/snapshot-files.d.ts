import type { Either } from 'fp-ts/lib/Either.js';
import { type SnapshotFile } from './snapshot-codec.js';
/** The directory holding the snapshots of the log at `logPath`. */
export declare const snapshotDirOf: (logPath: string) => string;
/** The snapshot after event `seq` of the log at `logPath`. */
export declare const snapshotPathOf: (logPath: string, seq: number) => string;
/** The seqs of the log's snapshots, newest first; none when the directory is missing. */
export declare const listSnapshots: (logPath: string) => readonly number[];
/** Reads and validates one snapshot file; Left says why it cannot be used. */
export declare const readSnapshotFile: (path: string) => Either<string, SnapshotFile>;
/**
 * Replaces the log's snapshots with `snapshots` (each written atomically); snapshot files
 * of an earlier log at the same path are removed, so none can outlive the log they
 * describe.
 */
export declare const writeSnapshots: (logPath: string, snapshots: readonly {
    readonly seq: number;
    readonly text: string;
}[]) => Promise<void>;
//# sourceMappingURL=snapshot-files.d.ts.map