import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AddressSet } from './address-set.js';
import { WideAddressSet } from './wide-address-set.js';

/** An operation on a set of `size` offsets; offsets cluster so words and pages fill up. */
type Op =
  | { readonly kind: 'add'; readonly offset: number }
  | { readonly kind: 'delete'; readonly offset: number }
  | { readonly kind: 'run'; readonly offset: number; readonly length: number }
  | { readonly kind: 'query'; readonly from: number; readonly to: number };

const opArb = (size: number): fc.Arbitrary<Op> => {
  const offset = fc.oneof(fc.integer({ min: 0, max: Math.min(size - 1, 300) }), fc.integer({ min: 0, max: size - 1 }));
  return fc.oneof(
    { weight: 5, arbitrary: offset.map((o): Op => ({ kind: 'add', offset: o })) },
    { weight: 2, arbitrary: offset.map((o): Op => ({ kind: 'delete', offset: o })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(offset, fc.integer({ min: 1, max: 200 }))
        .map(([o, l]): Op => ({ kind: 'run', offset: o, length: Math.min(l, size - o) })),
    },
    // Mostly "lowest free from here to the end", the allocator's real question.
    { weight: 3, arbitrary: offset.map((o): Op => ({ kind: 'query', from: Math.min(o, 40), to: size - 1 })) },
    { weight: 1, arbitrary: fc.tuple(offset, offset).map(([a, b]): Op => ({ kind: 'query', from: a, to: b })) },
  );
};

const naiveFirstFree = (model: ReadonlySet<number>, from: number, to: number, size: number): number => {
  for (let o = Math.max(0, from); o <= Math.min(to, size - 1); o++) if (!model.has(o)) return o;
  return -1;
};

const naiveRuns = (model: ReadonlySet<number>): Array<[number, number]> => {
  const sorted = [...model].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const o of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0] + last[1] === o) last[1]++;
    else runs.push([o, 1]);
  }
  return runs;
};

describe('property: AddressSet behaves like a plain Set of numbers', () => {
  for (const size of [1, 33, 700, 70_000]) {
    it(`with size ${size}, every query matches the naive model`, () => {
      fc.assert(
        fc.property(fc.array(opArb(size), { minLength: 20, maxLength: 200, size: 'max' }), (ops) => {
          const set = new AddressSet(size);
          const model = new Set<number>();
          for (const op of ops) {
            if (op.kind === 'add') {
              const fresh = !model.has(op.offset);
              model.add(op.offset);
              expect(set.add(op.offset)).toBe(fresh);
            } else if (op.kind === 'delete') expect(set.delete(op.offset)).toBe(model.delete(op.offset));
            else if (op.kind === 'run') {
              set.addRun(op.offset, op.length);
              for (let o = op.offset; o < op.offset + op.length; o++) model.add(o);
            } else {
              expect(set.firstFree(op.from, op.to)).toBe(naiveFirstFree(model, op.from, op.to, size));
              const lo = Math.min(op.from, op.to);
              const hi = Math.max(op.from, op.to);
              expect(set.countInRange(lo, hi)).toBe([...model].filter((o) => o >= lo && o <= hi).length);
            }
          }
          expect(set.allocated).toBe(model.size);
          expect(set.runs()).toEqual(naiveRuns(model));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('rebuilding from runs gives the same set', () => {
    fc.assert(
      fc.property(fc.array(opArb(5000), { minLength: 10, maxLength: 100, size: 'max' }), (ops) => {
        const set = new AddressSet(5000);
        for (const op of ops) {
          if (op.kind === 'add') set.add(op.offset);
          else if (op.kind === 'delete') set.delete(op.offset);
          else if (op.kind === 'run') set.addRun(op.offset, op.length);
        }
        const copy = new AddressSet(5000);
        for (const [start, length] of set.runs()) copy.addRun(start, length);
        expect(copy.runs()).toEqual(set.runs());
        expect(copy.allocated).toBe(set.allocated);
        expect(copy.firstFree(0, 4999)).toBe(set.firstFree(0, 4999));
      }),
    );
  });
});

describe('property: WideAddressSet behaves like a plain Set of bigints', () => {
  const size = 1n << 64n;
  // Offsets near block edges (multiples of 65,536) and near the top of the space.
  const offsetArb = fc.oneof(
    fc.bigInt({ min: 0n, max: 300n }),
    fc.bigInt({ min: 65_530n, max: 65_545n }),
    fc.bigInt({ min: size - 40n, max: size - 1n }),
  );
  type WideOp =
    | { kind: 'add'; offset: bigint }
    | { kind: 'delete'; offset: bigint }
    | { kind: 'query'; from: bigint; to: bigint };
  const wideOp: fc.Arbitrary<WideOp> = fc.oneof(
    offsetArb.map((offset): WideOp => ({ kind: 'add', offset })),
    offsetArb.map((offset): WideOp => ({ kind: 'delete', offset })),
    fc.tuple(offsetArb, offsetArb).map(([from, to]): WideOp => ({ kind: 'query', from, to })),
  );
  const naive = (model: ReadonlySet<bigint>, from: bigint, to: bigint): bigint | undefined => {
    // Only scan as far as the model could block: past every member the first free is found.
    for (let o = from < 0n ? 0n : from; o <= to && o < size; o++) {
      if (!model.has(o)) return o;
    }
    return undefined;
  };

  it('matches the model for lowest-free queries and runs', () => {
    fc.assert(
      fc.property(fc.array(wideOp, { minLength: 10, maxLength: 80, size: 'max' }), (ops) => {
        const set = new WideAddressSet(size);
        const model = new Set<bigint>();
        for (const op of ops) {
          if (op.kind === 'add') {
            const fresh = !model.has(op.offset);
            model.add(op.offset);
            expect(set.add(op.offset)).toBe(fresh);
          } else if (op.kind === 'delete') expect(set.delete(op.offset)).toBe(model.delete(op.offset));
          else expect(set.firstFree(op.from, op.to)).toBe(naive(model, op.from, op.to));
        }
        expect(set.allocated).toBe(BigInt(model.size));
        const members: bigint[] = [];
        for (const [start, length] of set.runs()) {
          for (let o = BigInt(start); o < BigInt(start) + BigInt(length); o++) members.push(o);
        }
        expect(members).toEqual([...model].sort((a, b) => (a < b ? -1 : 1)));
      }),
    );
  });
});
