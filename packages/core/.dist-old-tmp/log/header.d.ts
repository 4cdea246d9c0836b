import * as t from 'io-ts';
import type { EngineProfileId } from '../lifecycle/engine-profile-id.js';
/** The `kind` every docknet event log declares on line 1. */
export declare const EVENT_LOG_KIND = "docknet-events";
/** The newest log format this docknet reads and writes. */
export declare const EVENT_LOG_VERSION = 1;
/** A JSON number that is a whole number ≥ min (not branded, so plain numbers type-check). */
export declare function integerAtLeast(min: number, name: string): t.Type<number, number, unknown>;
/**
 * Line 1 of an event log (SPEC §4). Field order here is the order written to disk.
 *
 * @example
 * {"kind":"docknet-events","version":1,"engine":"28","seed":0,"clock":"2020-08-14T14:31:29+09:00"}
 */
export declare const EventLogHeaderCodec: t.IntersectionC<[t.TypeC<{
    kind: t.LiteralC<"docknet-events">;
    version: t.Type<number, number, unknown>;
    engine: t.Type<EngineProfileId, EngineProfileId, unknown>;
    seed: t.Type<number, number, unknown>;
}>, t.PartialC<{
    /** The logical clock's origin (RFC 3339 with offset). */
    clock: t.StringC;
    /** The scenario the log was recorded from, if any. */
    scenario: t.StringC;
}>]>;
/** Line 1 of an event log. */
export type EventLogHeader = t.TypeOf<typeof EventLogHeaderCodec>;
//# sourceMappingURL=header.d.ts.map