import type { Either } from 'fp-ts/lib/Either.js';
import type { DriverRegistry } from '../engine/registry.js';
import type { LogError } from '../log/log-error.js';
import { type FoldedLog } from './fold-event-log.js';
/** A log folded to the requested event, and which snapshot it started from. */
export interface LoadedLogState extends FoldedLog {
    /** The seq of the snapshot used; absent when the whole log was folded. */
    readonly snapshot?: number;
    /** Snapshots that were passed over, each `N.json: reason`. */
    readonly skipped: readonly string[];
}
/** Why a log could not be folded: the file could not be read, or a line of it is bad. */
export type LoadLogError = {
    readonly kind: 'unreadable';
    readonly message: string;
} | {
    readonly kind: 'bad-log';
    readonly error: LogError;
};
/**
 * Folds the event log at `path` through event `at` (every line is still validated),
 * starting from the newest snapshot at or before `at` that matches the log. A bad line
 * comes back as the reader's {@link LogError} (format it with `formatLogError`).
 *
 * @example
 * loadLogState('out/events.jsonl', daemonRegistry, 'end') // right({ state, end, snapshot: 1000, … })
 */
export declare const loadLogState: (path: string, registry: DriverRegistry, at: number | 'end') => Either<LoadLogError, LoadedLogState>;
//# sourceMappingURL=load-log-state.d.ts.map