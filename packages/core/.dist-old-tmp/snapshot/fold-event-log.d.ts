/**
 * An event log's bytes folded into the engine state, one event at a time (no array of
 * events, no string the size of the file): what `docknet state LOG` and the replay
 * benchmark run. Every line is validated, up to the end of the log, whatever `until` says.
 */
import type { Either } from 'fp-ts/lib/Either.js';
import type { Engine } from '../engine/engine.js';
import type { EventBody, EventEnvelope } from '../events/events.js';
import type { EventLogHeader } from '../log/header.js';
import type { LogError } from '../log/log-error.js';
import type { LoggedEvent } from '../log/logged-event.js';
import { type LogPosition, type LogResume } from '../log/scan-event-log.js';
import type { EngineState } from '../state/engine-state.js';
/** A logged event as the engine folds it. */
export declare const envelopeOf: (e: LoggedEvent<EventBody>) => EventEnvelope;
/** The fresh engine a log starts from: its header's profile, seed and clock. */
export declare const initialStateOf: (engine: Engine, header: EventLogHeader) => EngineState;
/** Where to start folding: a restored state and the log position it stands for. */
export interface FoldStart {
    readonly state: EngineState;
    readonly resume: LogResume;
}
/** A folded log: the state after event `until` (or the last) and where the log ends. */
export interface FoldedLog {
    readonly header: EventLogHeader;
    readonly state: EngineState;
    /** The log's last line and seq (not `until`'s). */
    readonly end: LogPosition;
}
/**
 * Folds a log's bytes from the start (or from `start`, a snapshot) through event `until`;
 * the events after `until` are validated but not applied. Left: the log's first bad line.
 *
 * @example
 * foldEventLog(readFileSync('events.jsonl'), makeEngine(daemonRegistry), 'end')
 */
export declare const foldEventLog: (bytes: Uint8Array, engine: Engine, until: number | 'end', start?: FoldStart) => Either<LogError, FoldedLog>;
//# sourceMappingURL=fold-event-log.d.ts.map