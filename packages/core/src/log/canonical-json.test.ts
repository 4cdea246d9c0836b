import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { encodeHeader } from './encode.js';

describe('canonicalJson', () => {
  it('writes keys in the codec’s field order, whatever order the value was built in', () => {
    const codec = t.type({ zeta: t.number, alpha: t.string, mid: t.type({ y: t.number, x: t.number }) });
    expect(canonicalJson(codec, { alpha: 'a', mid: { x: 1, y: 2 }, zeta: 0 })).toBe(
      '{"zeta":0,"alpha":"a","mid":{"y":2,"x":1}}',
    );
  });

  it('follows intersections and partials, drops undefined optionals, keeps extras sorted last', () => {
    const codec = t.intersection([t.type({ b: t.number }), t.partial({ a: t.string, c: t.number })]);
    // A value built with an explicit undefined (possible from untyped code) must not print it.
    const withUndefined = JSON.parse('{"c":3,"b":1}') as { b: number; c?: number; a?: string };
    Object.assign(withUndefined, { a: undefined });
    expect(canonicalJson(codec, withUndefined)).toBe('{"b":1,"c":3}');
    const loose = t.type({ b: t.number });
    expect(canonicalJson(loose, { z: 1, y: { d: 1, c: 2 }, b: 0 } as { b: number })).toBe(
      '{"b":0,"y":{"c":2,"d":1},"z":1}',
    );
  });

  it('picks the union member that matches, and sorts record keys (no order fixed by Docker)', () => {
    const codec = t.union([
      t.type({ type: t.literal('A'), data: t.type({ q: t.number, p: t.number }) }),
      t.type({ type: t.literal('B'), data: t.record(t.string, t.array(t.type({ n: t.number, m: t.number }))) }),
    ]);
    expect(canonicalJson(codec, { data: { p: 1, q: 2 }, type: 'A' })).toBe('{"type":"A","data":{"q":2,"p":1}}');
    expect(canonicalJson(codec, { data: { zz: [{ m: 1, n: 2 }], aa: [] }, type: 'B' })).toBe(
      '{"type":"B","data":{"aa":[],"zz":[{"n":2,"m":1}]}}',
    );
  });

  it('encodes the header in SPEC order', () => {
    expect(encodeHeader({ seed: 0, engine: '28', version: 1, kind: 'docknet-events' })).toBe(
      '{"kind":"docknet-events","version":1,"engine":"28","seed":0}',
    );
  });
});
