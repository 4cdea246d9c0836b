/**
 * Properties of the diff on arbitrary JSON: a value against itself is empty, and the RFC
 * 6902 patch from A to B, applied to A by an independent implementation
 * (fast-json-patch), gives B.
 */
import fc from 'fast-check';
import { applyPatch, type Operation } from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import type { Json } from '../state/canonical-json.js';
import { diffJson } from './diff-json.js';
import { toJsonPatch } from './json-patch.js';
import { jsonEquals } from './json-shape.js';

const RUNS = process.env['DOCKNET_DEEP'] === '1' ? 2000 : 200;

/** JSON shaped like state: small key and value pools so that A and B overlap. */
const key = fc.constantFrom('name', 'subnet', 'id', 'ipv4', 'c1', 'c2', 'a/b', '~x', 'aliases');
const scalar = fc.oneof(fc.constantFrom('a', 'b', 'c', 'eth0', 'eth1', '1'), fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.constant(null));
const { json } = fc.letrec<{ json: Json }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('json'), { maxLength: 4 }),
    fc.array(fc.record({ name: fc.constantFrom('eth0', 'eth1', 'eth2', 'eth3'), v: tie('json') }), { maxLength: 4 }),
    fc.array(scalar, { maxLength: 5 }),
    fc.dictionary(key, tie('json'), { maxKeys: 4 }),
  ),
}));

const apply = (doc: Json, ops: readonly Operation[]): unknown =>
  applyPatch(structuredClone(doc), [...ops], true, true).newDocument;

describe('diffJson properties', () => {
  it('diff(A, A) is empty', () => {
    fc.assert(fc.property(json, (a) => diffJson(a, structuredClone(a)).length === 0), { numRuns: RUNS });
  });

  it('applying the RFC 6902 patch of A→B to A gives B', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(apply(a, toJsonPatch(diffJson(a, b)) as Operation[])).toEqual(b);
      }),
      { numRuns: RUNS },
    );
  });

  it('diff(A, B) is empty exactly when A equals B', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(diffJson(a, b).length === 0).toBe(jsonEquals(a, b));
      }),
      { numRuns: RUNS },
    );
  });
});
