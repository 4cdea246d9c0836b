import type { Either } from 'fp-ts/lib/Either.js';
import type { Engine } from '../engine/engine.js';
import type { LogError } from '../log/log-error.js';
/**
 * Folds `bytes` (a whole event log) and returns a snapshot after events `every`, `2·every`,
 * …, as JSON text ready to write (the state serialised at that moment).
 *
 * @example
 * snapshotsOfLog(readFileSync('events.jsonl'), engine, 1000) // right([{ seq: 1000, text }, …])
 */
export declare const snapshotsOfLog: (bytes: Uint8Array, engine: Engine, every: number) => Either<LogError, readonly {
    readonly seq: number;
    readonly text: string;
}[]>;
//# sourceMappingURL=snapshots-of-log.d.ts.map