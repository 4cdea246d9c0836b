import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { createPool, restorePool } from './create-pool.js';
import { formatIpAddress, parseIpAddress, type IpFamily } from './ip-address.js';
import type { AllocationOrder, IpamPool } from './ipam-pool.js';
import { planNetworkAddresses } from './network-address-plan.js';
import type { ReserveProfile } from './reserved-addresses.js';

/** A generated network: subnet, optional ip-range inside it, profile, order, aux addresses. */
interface Scenario {
  readonly family: IpFamily;
  readonly base: bigint;
  readonly prefix: number;
  readonly range: { readonly lo: bigint; readonly hi: bigint; readonly text: string } | undefined;
  readonly reserve: ReserveProfile;
  readonly order: AllocationOrder;
  readonly auxOffsets: readonly bigint[];
  readonly ops: readonly Op[];
}

type Op =
  | { readonly kind: 'dynamic' }
  | { readonly kind: 'static'; readonly offset: bigint }
  | { readonly kind: 'release'; readonly pick: number };

const width = (family: IpFamily): number => (family === 4 ? 32 : 128);
const text = (family: IpFamily, value: bigint): string => formatIpAddress({ family, value });

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    family: fc.constantFrom<IpFamily>(4, 4, 4, 6),
    hostBits: fc.integer({ min: 0, max: 8 }),
    baseSeed: fc.bigInt({ min: 0n, max: (1n << 24n) - 1n }),
    rangeShrink: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    rangeSeed: fc.nat(),
    reserve: fc.constantFrom<ReserveProfile>('v27', 'legacy'),
    order: fc.constantFrom<AllocationOrder>('lowest-free', 'serial'),
    auxSeeds: fc.array(fc.nat(), { maxLength: 3 }),
  })
  .chain((s) => {
    const prefix = width(s.family) - s.hostBits;
    const size = 1n << BigInt(s.hostBits);
    const base =
      s.family === 4
        ? (0x0a000000n + ((s.baseSeed & 0xffffn) << 8n)) & ~(size - 1n)
        : (0xfd00n << 112n) + ((s.baseSeed << 16n) & ~(size - 1n));
    let range: Scenario['range'];
    if (s.rangeShrink !== undefined && s.hostBits - s.rangeShrink >= 0) {
      const rangeSize = size >> BigInt(s.rangeShrink);
      const lo = (BigInt(s.rangeSeed) % (size / rangeSize)) * rangeSize;
      range = { lo, hi: lo + rangeSize - 1n, text: `${text(s.family, base + lo)}/${prefix + s.rangeShrink}` };
    }
    const auxOffsets = s.auxSeeds.map((a) => BigInt(a) % size);
    const op: fc.Arbitrary<Op> = fc.oneof(
      { weight: 4, arbitrary: fc.constant<Op>({ kind: 'dynamic' }) },
      { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: size - 1n }).map((offset): Op => ({ kind: 'static', offset })) },
      { weight: 2, arbitrary: fc.nat().map((pick): Op => ({ kind: 'release', pick })) },
    );
    return fc.array(op, { minLength: 5, maxLength: 150, size: 'max' }).map(
      (ops): Scenario => ({ family: s.family, base, prefix, range, reserve: s.reserve, order: s.order, auxOffsets, ops }),
    );
  });

/** The naive model: a sorted scan over a Set, with Docker's cursor rule written out plainly. */
class NaivePool {
  readonly taken = new Set<bigint>();
  cursor = 0n;
  constructor(
    readonly size: bigint,
    readonly lo: bigint,
    readonly hi: bigint,
    readonly order: AllocationOrder,
  ) {}

  private scan(from: bigint): bigint | undefined {
    for (let o = from; o <= this.hi; o++) if (!this.taken.has(o)) return o;
    return undefined;
  }

  next(): bigint | undefined {
    if (this.order === 'serial' && this.cursor !== 0n && this.cursor > this.lo) {
      const found = this.scan(this.cursor);
      if (found !== undefined) return found;
    }
    return this.scan(this.lo);
  }
}

const reservedIn = (family: IpFamily, size: bigint, reserve: ReserveProfile): bigint[] => {
  if (family === 6) return [0n];
  if (reserve === 'legacy') return size > 1n ? [0n, size - 1n] : [0n];
  return size > 2n ? [0n, size - 1n] : [];
};

const offsetOf = (family: IpFamily, base: bigint, ip: string): bigint => {
  const parsed = parseIpAddress(ip);
  if (E.isLeft(parsed) || parsed.right.family !== family) throw new Error(`not an address: ${ip}`);
  return parsed.right.value - base;
};

describe('property: an IPAM pool against a naive model', () => {
  it('hands out unique addresses inside the subnet (dynamic ones inside the range), never reserved, gateway or aux ones, in the model order, and round-trips through JSON', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const size = 1n << BigInt(width(s.family) - s.prefix);
        const subnet = `${text(s.family, s.base)}/${s.prefix}`;
        const built = createPool({
          subnet,
          reserve: s.reserve,
          order: s.order,
          ...(s.range === undefined ? {} : { ipRange: s.range.text }),
        });
        if (E.isLeft(built)) throw new Error(built.left);
        const pool: IpamPool = built.right;
        const model = new NaivePool(size, s.range?.lo ?? 0n, s.range?.hi ?? size - 1n, s.order);
        const reserved = reservedIn(s.family, size, s.reserve);
        for (const r of reserved) model.taken.add(r);

        // Network creation: gateway, then aux addresses (must be inside the subnet).
        const aux = Object.fromEntries(s.auxOffsets.map((o, i) => [`aux${i}`, text(s.family, s.base + o)]));
        const plan = planNetworkAddresses(pool, { auxAddresses: aux }, { networkName: 'n', engineMajor: 28 });
        const protectedOffsets = new Set<bigint>(reserved);
        if (E.isRight(plan)) {
          for (const a of plan.right.allocations) {
            const o = offsetOf(s.family, s.base, a.ip);
            if (a.role === 'gateway') expect(o).toBe(model.next());
            expect(pool.allocate(a.ip, a.kind)).toBe(true);
            model.taken.add(o);
            if (a.kind === 'dynamic') model.cursor = o + 1n;
            protectedOffsets.add(o);
          }
        }

        const handedOut: bigint[] = [];
        for (const op of s.ops) {
          if (op.kind === 'dynamic') {
            const expected = model.next();
            const ip = pool.nextDynamic();
            expect(ip === undefined ? undefined : offsetOf(s.family, s.base, ip)).toBe(expected);
            if (ip === undefined || expected === undefined) continue;
            expect(expected >= model.lo && expected <= model.hi).toBe(true);
            expect(protectedOffsets.has(expected)).toBe(false);
            expect(model.taken.has(expected)).toBe(false);
            pool.allocate(ip, 'dynamic');
            model.taken.add(expected);
            model.cursor = expected + 1n;
            handedOut.push(expected);
          } else if (op.kind === 'static') {
            const ip = text(s.family, s.base + op.offset);
            const verdict = pool.checkStatic(ip);
            const full = s.reserve === 'legacy' && BigInt(model.taken.size) >= size;
            const expected = full
              ? E.left('no available addresses on this pool')
              : model.taken.has(op.offset)
                ? E.left('Address already in use')
                : E.right(undefined);
            expect(verdict).toEqual(expected);
            if (E.isRight(verdict)) {
              pool.allocate(ip, 'static');
              model.taken.add(op.offset);
              handedOut.push(op.offset);
            }
          } else if (handedOut.length > 0) {
            const [victim] = handedOut.splice(op.pick % handedOut.length, 1) as [bigint];
            expect(pool.release(text(s.family, s.base + victim))).toBe(true);
            model.taken.delete(victim);
          }
          expect(new Set(handedOut).size).toBe(handedOut.length);
          for (const o of handedOut) expect(o >= 0n && o < size).toBe(true);
        }
        expect(pool.allocatedCount()).toBe(BigInt(model.taken.size));

        const restored = restorePool(JSON.parse(JSON.stringify(pool.toJSON())));
        if (E.isLeft(restored)) throw new Error(restored.left);
        expect(restored.right.toJSON()).toEqual(pool.toJSON());
        expect(restored.right.nextDynamic()).toBe(pool.nextDynamic());
        expect(restored.right.status()).toEqual(pool.status());
      }),
      { numRuns: 300 },
    );
  });
});
