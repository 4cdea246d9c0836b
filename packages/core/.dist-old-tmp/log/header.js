import * as t from 'io-ts';
/** The `kind` every docknet event log declares on line 1. */
export const EVENT_LOG_KIND = 'docknet-events';
/** The newest log format this docknet reads and writes. */
export const EVENT_LOG_VERSION = 1;
/** A JSON number that is a whole number ≥ min (not branded, so plain numbers type-check). */
export function integerAtLeast(min, name) {
    return new t.Type(name, (u) => typeof u === 'number' && Number.isSafeInteger(u) && u >= min, (u, context) => typeof u === 'number' && Number.isSafeInteger(u) && u >= min
        ? t.success(u)
        : t.failure(u, context), t.identity);
}
const engineProfileId = t.keyof({ '20.10': null, '27': null, '28': null, '29': null }, 'EngineProfileId');
/**
 * Line 1 of an event log (SPEC §4). Field order here is the order written to disk.
 *
 * @example
 * {"kind":"docknet-events","version":1,"engine":"28","seed":0,"clock":"2020-08-14T14:31:29+09:00"}
 */
export const EventLogHeaderCodec = t.intersection([
    t.type({
        kind: t.literal(EVENT_LOG_KIND),
        version: integerAtLeast(1, 'LogVersion'),
        engine: engineProfileId,
        seed: integerAtLeast(Number.MIN_SAFE_INTEGER, 'Seed'),
    }),
    t.partial({
        /** The logical clock's origin (RFC 3339 with offset). */
        clock: t.string,
        /** The scenario the log was recorded from, if any. */
        scenario: t.string,
    }),
], 'EventLogHeader');
//# sourceMappingURL=header.js.map