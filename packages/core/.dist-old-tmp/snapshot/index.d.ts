/**
 * State snapshots: the engine state saved beside its event log (`F.jsonl.snap/N.json`)
 * and restored with its live structures, so reading a long log folds only its tail.
 */
export { SNAPSHOT_KIND, SNAPSHOT_VERSION, SnapshotFileC, StateSnapshotC, type ContainerSnapshot, type HostSnapshot, type LogPrefix, type NetworkSnapshot, type SnapshotFile, type StateSnapshot, } from './snapshot-codec.js';
export { snapshotOf } from './take-snapshot.js';
export { restoreState } from './restore-snapshot.js';
export { envelopeOf, foldEventLog, initialStateOf, type FoldStart, type FoldedLog } from './fold-event-log.js';
export { snapshotsOfLog } from './snapshots-of-log.js';
export { listSnapshots, readSnapshotFile, snapshotDirOf, snapshotPathOf, writeSnapshots } from './snapshot-files.js';
export { loadLogState, type LoadLogError, type LoadedLogState } from './load-log-state.js';
export { writeLogSnapshots } from './write-log-snapshots.js';
//# sourceMappingURL=index.d.ts.map