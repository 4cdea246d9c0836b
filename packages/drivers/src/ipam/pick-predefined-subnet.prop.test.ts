import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { overlaps } from './cidr.js';
import { pickPredefinedSubnet } from './pick-predefined-subnet.js';
import { subnetsOf, type PoolToSplit } from './predefined-pools.js';

/** Small pools (≤ 64 subnets each) so the naive expansion stays cheap. */
const poolArb: fc.Arbitrary<PoolToSplit> = fc
  .record({ third: fc.integer({ min: 0, max: 15 }), baseLen: fc.integer({ min: 20, max: 24 }), extra: fc.integer({ min: 0, max: 4 }) })
  .map(({ third, baseLen, extra }) => ({ base: `10.9.${third * 16}.0/${baseLen}`, size: Math.min(30, baseLen + 2 + extra) }));

const inUseArb: fc.Arbitrary<string[]> = fc.array(
  fc.record({ third: fc.integer({ min: 0, max: 255 }), len: fc.integer({ min: 18, max: 30 }) }).map(({ third, len }) => `10.9.${third}.0/${len}`),
  { maxLength: 12, size: 'max' },
);

describe('property: predefined subnet picks', () => {
  it('never overlap an in-use prefix, come from the pools, and lowest-free picks the first free candidate in sorted order', () => {
    fc.assert(
      fc.property(fc.array(poolArb, { minLength: 1, maxLength: 4 }), inUseArb, (pools, inUse) => {
        const pick = pickPredefinedSubnet('lowest-free', pools, inUse, 0);
        // Naive model: sort + dedupe pools as v27 does, expand, first non-overlapping.
        const sorted = [...pools].sort((a, b) => {
          const [aa, al] = a.base.split('/') as [string, string];
          const [ba, bl] = b.base.split('/') as [string, string];
          const key = (ip: string): number => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
          return key(aa) - key(ba) || Number(al) - Number(bl);
        });
        const kept: PoolToSplit[] = [];
        for (const p of sorted) {
          const last = kept[kept.length - 1];
          if (last === undefined || !overlaps(last.base, p.base)) kept.push(p);
        }
        const expected = [...subnetsOf(kept)].find((c) => !inUse.some((u) => overlaps(u, c)));
        if (expected === undefined) expect(E.isLeft(pick)).toBe(true);
        else {
          expect(pick).toEqual(E.right({ subnet: expected, nextCursor: 0 }));
          expect(inUse.some((u) => overlaps(u, expected))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('round-robin picks the first free candidate at or after the cursor, wrapping, and never an in-use one', () => {
    fc.assert(
      fc.property(fc.array(poolArb, { minLength: 1, maxLength: 4 }), inUseArb, fc.nat({ max: 400 }), (pools, inUse, cursor) => {
        const all = [...subnetsOf(pools)];
        const start = cursor >= all.length ? 0 : cursor;
        const order = [...all.slice(start), ...all.slice(0, start)];
        const i = order.findIndex((c) => !inUse.some((u) => overlaps(u, c)));
        const pick = pickPredefinedSubnet('round-robin', pools, inUse, cursor);
        if (i < 0) {
          expect(E.isLeft(pick)).toBe(true);
          return;
        }
        const next = start + i + 1;
        expect(pick).toEqual(E.right({ subnet: order[i], nextCursor: next >= all.length ? 0 : next }));
      }),
      { numRuns: 300 },
    );
  });
});
