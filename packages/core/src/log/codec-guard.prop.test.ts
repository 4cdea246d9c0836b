/**
 * The compiled guard answers exactly as io-ts's `codec.is` does (and never accepts what
 * `decode` refuses) on values built from the codecs themselves, on those values damaged at
 * one random place, and on arbitrary JSON.
 */
import { isRight } from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { EventBodyC, EventEnvelopeC } from '../events/events.js';
import { SnapshotFileC } from '../snapshot/snapshot-codec.js';
import { guardOf } from './codec-guard.js';
import { EventLogHeaderCodec } from './header.js';
import { TestEventCodec } from './test-event-codec.js';

const NUM_RUNS = process.env['DOCKNET_DEEP'] === undefined ? 300 : 5000;

/** Values a codec accepts, built by walking it (custom types: small integers, their usual use). */
const valuesOf = (codec: t.Mixed): fc.Arbitrary<unknown> => {
  if (codec instanceof t.StringType) return fc.string({ maxLength: 6 });
  if (codec instanceof t.NumberType) return fc.oneof(fc.integer(), fc.double({ noNaN: true }));
  if (codec instanceof t.BooleanType) return fc.boolean();
  if (codec instanceof t.NullType) return fc.constant(null);
  if (codec instanceof t.UnknownType) return fc.jsonValue({ maxDepth: 2 });
  if (codec instanceof t.LiteralType) return fc.constant(codec.value as unknown);
  if (codec instanceof t.KeyofType) return fc.constantFrom(...Object.keys(codec.keys as object));
  if (codec instanceof t.ReadonlyType) return valuesOf(codec.type as t.Mixed);
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType) {
    const model = Object.fromEntries(Object.entries(codec.props as t.Props).map(([k, c]) => [k, valuesOf(c)]));
    return codec instanceof t.InterfaceType ? fc.record(model) : fc.record(model, { requiredKeys: [] });
  }
  if (codec instanceof t.IntersectionType) {
    return fc
      .tuple(...(codec.types as t.Mixed[]).map(valuesOf))
      .map((parts) => Object.assign({}, ...parts.map((p) => (typeof p === 'object' && p !== null ? p : {}))) as unknown);
  }
  if (codec instanceof t.UnionType) return fc.oneof(...(codec.types as t.Mixed[]).map(valuesOf));
  if (codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType) {
    return fc.array(valuesOf(codec.type as t.Mixed), { maxLength: 3 });
  }
  if (codec instanceof t.TupleType) return fc.tuple(...(codec.types as t.Mixed[]).map(valuesOf));
  if (codec instanceof t.DictionaryType) return fc.dictionary(fc.string({ maxLength: 4 }), valuesOf(codec.codomain as t.Mixed), { maxKeys: 3 });
  return fc.integer({ min: 0, max: 100 });
};

type Path = readonly (string | number)[];

/** Every path into a JSON value (objects and arrays), the root included. */
const pathsOf = (value: unknown, at: Path = []): Path[] => {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  }
  return out;
};

/** `value` with the thing at `path` replaced (or, for `undefined`, deleted). */
const replaced = (value: unknown, path: Path, by: unknown): unknown => {
  if (path.length === 0) return by;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaced(v, rest, by) : v));
  const copy = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && by === undefined) delete copy[String(head)];
  else copy[String(head)] = replaced(copy[String(head)], rest, by);
  return copy;
};

/** A valid value, then maybe damaged at one of its places. */
const nearlyValid = (codec: t.Mixed): fc.Arbitrary<unknown> =>
  valuesOf(codec).chain((v) => {
    const paths = pathsOf(v);
    return fc.oneof(
      fc.constant(v),
      fc
        .tuple(fc.nat({ max: paths.length - 1 }), fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constant(undefined)))
        .map(([i, by]) => replaced(v, paths[i] ?? [], by)),
    );
  });

const CODECS: readonly (readonly [string, t.Mixed])[] = [
  ['EventBodyC', EventBodyC],
  ['EventEnvelopeC', EventEnvelopeC],
  ['EventLogHeaderCodec', EventLogHeaderCodec],
  ['TestEventCodec', TestEventCodec],
  ['SnapshotFileC', SnapshotFileC],
];

describe('guardOf (property)', () => {
  for (const [name, codec] of CODECS) {
    it(`property: the guard of ${name} agrees with io-ts's is, and decode accepts what it accepts`, () => {
      const guard = guardOf(codec);
      fc.assert(
        fc.property(fc.oneof(nearlyValid(codec), fc.jsonValue({ maxDepth: 3 })), (value) => {
          expect(guard(value)).toBe(codec.is(value));
          // What the guard accepts, decode accepts (the readers' fast path relies on it). Not
          // the converse: io-ts decodes a missing `t.unknown` property, which `is` refuses —
          // the readers then fall back to decode.
          if (guard(value)) expect(isRight(codec.decode(value))).toBe(true);
        }),
        { numRuns: NUM_RUNS },
      );
    });
  }

  it('with no t.unknown inside, guard and decode agree both ways', () => {
    const guard = guardOf(EventEnvelopeC);
    fc.assert(
      fc.property(nearlyValid(EventEnvelopeC), (value) => {
        expect(guard(value)).toBe(isRight(EventEnvelopeC.decode(value)));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('accepts most generated values (the property is not vacuous)', () => {
    const guard = guardOf(EventBodyC);
    const sample = fc.sample(nearlyValid(EventBodyC), { numRuns: 400, seed: 7 });
    const accepted = sample.filter(guard).length;
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(400);
  });

  it('is compiled once per codec', () => {
    expect(guardOf(EventBodyC)).toBe(guardOf(EventBodyC));
  });
});
