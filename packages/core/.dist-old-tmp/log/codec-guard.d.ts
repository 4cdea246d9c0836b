/**
 * A compiled type guard for an io-ts codec: the same answer as `codec.is(u)`, an order of
 * magnitude faster on the event-log read path.
 *
 * Why: io-ts checks every object property through one shared closure
 * (`types[i].is(uk)`), a call site that sees every codec of the catalogue and so runs
 * megamorphic; reading a million-event log spent more time there than in `JSON.parse`.
 * This walks the codec tree once and emits straight-line JavaScript with one call site
 * per node: primitives and literals inline, objects and arrays as small functions, tagged
 * unions as a `switch` on the tag. The io-ts codec stays the single source of truth: a
 * codec node this compiler does not know (a refinement, a custom `t.Type` such as
 * `integerAtLeast`, a recursive type…) is checked by calling its own `is`.
 *
 * Only the guard is compiled. Decoding, and the error message for a value the guard
 * refuses, remain io-ts's (`codec.decode`).
 */
import * as t from 'io-ts';
/** A predicate with the semantics of the codec's `is`. */
export type Guard = (u: unknown) => boolean;
/**
 * The codec's `is`, compiled (cached per codec object).
 *
 * @example
 * const isEvent = guardOf(EventBodyC);
 * isEvent({ type: 'NetworkRemoved', data: { networkId: 'abc' } }) // true
 */
export declare const guardOf: (codec: t.Mixed) => Guard;
//# sourceMappingURL=codec-guard.d.ts.map