import { map } from 'fp-ts/lib/Either.js';
import { EventBodyC } from '../events/events.js';
import { scanEventLogBytes } from '../log/scan-event-log.js';
/** A logged event as the engine folds it. */
export const envelopeOf = (e) => 
// Built field by field: a spread of `e.event` costs more than the fold itself at a million events.
({ seq: e.seq, at: e.at, host: e.host, type: e.event.type, data: e.event.data });
/** The fresh engine a log starts from: its header's profile, seed and clock. */
export const initialStateOf = (engine, header) => engine.initialState({ profile: header.engine, seed: header.seed, at: header.clock ?? '' });
/**
 * Folds a log's bytes from the start (or from `start`, a snapshot) through event `until`;
 * the events after `until` are validated but not applied. Left: the log's first bad line.
 *
 * @example
 * foldEventLog(readFileSync('events.jsonl'), makeEngine(daemonRegistry), 'end')
 */
export const foldEventLog = (bytes, engine, until, start) => {
    let state = start?.state;
    const last = until === 'end' ? Number.POSITIVE_INFINITY : until;
    const scanned = scanEventLogBytes(bytes, EventBodyC, (e, header) => {
        if (e.seq > last)
            return;
        state = engine.evolve(state ?? initialStateOf(engine, header), envelopeOf(e));
    }, start?.resume);
    return map((end) => ({ header: end.header, state: state ?? initialStateOf(engine, end.header), end }))(scanned);
};
//# sourceMappingURL=fold-event-log.js.map