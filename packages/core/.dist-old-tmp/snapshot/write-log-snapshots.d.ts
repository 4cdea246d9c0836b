import type { Either } from 'fp-ts/lib/Either.js';
import type { DriverRegistry } from '../engine/registry.js';
/**
 * Writes the snapshots of the log whose text is `text` (already written at `logPath`)
 * after every `every`-th event; resolves to how many were written.
 *
 * @example
 * await writeLogSnapshots('out/events.jsonl', text, daemonRegistry, 1000) // right(3)
 */
export declare const writeLogSnapshots: (logPath: string, text: string, registry: DriverRegistry, every: number | undefined) => Promise<Either<string, number>>;
//# sourceMappingURL=write-log-snapshots.d.ts.map