import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { pickPredefinedSubnet, type SubnetPick } from './pick-predefined-subnet.js';
import { GLOBAL_SCOPE_POOL, LOCAL_SCOPE_DEFAULT_POOLS, PREDEFINED_LOCAL_POOLS, type PoolToSplit } from './predefined-pools.js';
import { ulaBasePool } from './ula-base-pool.js';

const subnet = (result: E.Either<string, SubnetPick>): string => {
  if (E.isLeft(result)) throw new Error(result.left);
  return result.right.subnet;
};

/** Allocates through the picker like a daemon would: keeps in-use list and cursor. */
const engine = (mode: 'lowest-free' | 'round-robin', pools: readonly PoolToSplit[] = LOCAL_SCOPE_DEFAULT_POOLS) => {
  const inUse: string[] = [];
  let cursor = 0;
  return {
    create(): string {
      const pick = pickPredefinedSubnet(mode, pools, inUse, cursor);
      if (E.isLeft(pick)) throw new Error(pick.left);
      cursor = pick.right.nextCursor;
      inUse.push(pick.right.subnet);
      return pick.right.subnet;
    },
    remove(s: string): void {
      inUse.splice(inUse.indexOf(s), 1);
    },
    inUse,
  };
};

describe('pickPredefinedSubnet', () => {
  describe('given lowest-free (v27+)', () => {
    it('when 172.18 is released after 172.17-172.19, then the next network gets 172.18.0.0/16 again [ran v27.5.1]', () => {
      const e = engine('lowest-free');
      expect([e.create(), e.create(), e.create()]).toEqual(['172.17.0.0/16', '172.18.0.0/16', '172.19.0.0/16']);
      e.remove('172.18.0.0/16');
      expect(e.create()).toBe('172.18.0.0/16');
    });

    it('when a host route overlaps a pool, then that pool is skipped', () => {
      expect(subnet(pickPredefinedSubnet('lowest-free', LOCAL_SCOPE_DEFAULT_POOLS, ['172.17.0.0/16', '172.18.5.0/24'], 0))).toBe(
        '172.19.0.0/16',
      );
    });

    it('when all 31 subnets are used, then it answers "all predefined address pools have been fully subnetted"', () => {
      expect(pickPredefinedSubnet('lowest-free', LOCAL_SCOPE_DEFAULT_POOLS, [...PREDEFINED_LOCAL_POOLS], 0)).toEqual(
        E.left('all predefined address pools have been fully subnetted'),
      );
    });

    it('when the pools are configured out of order and overlapping, then they are sorted and the longer duplicate dropped', () => {
      const pools = [
        { base: '10.20.0.0/16', size: 24 },
        { base: '10.10.0.0/16', size: 24 },
        { base: '10.10.0.0/20', size: 28 },
      ];
      expect(subnet(pickPredefinedSubnet('lowest-free', pools, [], 0))).toBe('10.10.0.0/24');
      expect(subnet(pickPredefinedSubnet('lowest-free', pools, ['10.10.0.0/16'], 0))).toBe('10.20.0.0/24');
    });

    it('when swarm pools are partly used, then the lowest free /24 is chosen (ingress takes 10.0.0.0/24 first)', () => {
      expect(subnet(pickPredefinedSubnet('lowest-free', [GLOBAL_SCOPE_POOL], [], 0))).toBe('10.0.0.0/24');
      expect(subnet(pickPredefinedSubnet('lowest-free', [GLOBAL_SCOPE_POOL], ['10.0.0.0/24'], 0))).toBe('10.0.1.0/24');
      expect(
        subnet(pickPredefinedSubnet('lowest-free', [GLOBAL_SCOPE_POOL], ['10.0.0.0/23', '10.0.2.0/24', '10.0.4.0/24'], 0)),
      ).toBe('10.0.3.0/24');
    });

    it('when the ULA pool is used for IPv6, then the first /64 of the /48 is chosen', () => {
      const ula = ulaBasePool('some-engine');
      const base = ula.base.replace('::/48', '');
      const pick = pickPredefinedSubnet('lowest-free', [...LOCAL_SCOPE_DEFAULT_POOLS, ula], [], 0, { family: 6 });
      expect(subnet(pick)).toBe(`${base}::/64`);
      const second = pickPredefinedSubnet('lowest-free', [ula], [`${base}::/64`], 0, { family: 6 });
      expect(subnet(second)).toBe(`${base}:1::/64`);
    });

    it('when no IPv6 pool exists, then an IPv6 request is exhausted at once', () => {
      expect(pickPredefinedSubnet('lowest-free', LOCAL_SCOPE_DEFAULT_POOLS, [], 0, { family: 6 })).toEqual(
        E.left('all predefined address pools have been fully subnetted'),
      );
    });

    it('when a v29 size request asks for /24, then the first pool is split in /24s', () => {
      expect(subnet(pickPredefinedSubnet('lowest-free', LOCAL_SCOPE_DEFAULT_POOLS, ['172.17.0.0/16'], 0, { prefixSize: 24 }))).toBe(
        '172.18.0.0/24',
      );
    });

    it('when a size request fits no pool, then it answers "invalid address pool"', () => {
      expect(pickPredefinedSubnet('lowest-free', LOCAL_SCOPE_DEFAULT_POOLS, [], 0, { prefixSize: 8 })).toEqual(
        E.left('invalid address pool'),
      );
    });
  });

  describe('given round-robin (≤v26)', () => {
    it('when 172.18 is released after 172.17-172.19, then the next network gets 172.20, then 172.21 after releasing 172.19 [ran v26.1.4]', () => {
      const e = engine('round-robin');
      expect([e.create(), e.create(), e.create()]).toEqual(['172.17.0.0/16', '172.18.0.0/16', '172.19.0.0/16']);
      e.remove('172.18.0.0/16');
      expect(e.create()).toBe('172.20.0.0/16');
      e.remove('172.19.0.0/16');
      expect(e.create()).toBe('172.21.0.0/16');
    });

    it('when the cursor is past the end, then the scan wraps to the free subnets at the start', () => {
      const e = engine('round-robin');
      const all = Array.from({ length: 31 }, () => e.create());
      expect(all.at(-1)).toBe('192.168.240.0/20');
      e.remove('172.18.0.0/16');
      expect(e.create()).toBe('172.18.0.0/16');
    });

    it('when the cursor points at a used subnet, then it moves past the pick by i + 1 (Docker updatePredefinedStartIndex)', () => {
      const pick = pickPredefinedSubnet('round-robin', LOCAL_SCOPE_DEFAULT_POOLS, ['172.19.0.0/16'], 2);
      expect(pick).toEqual(E.right({ subnet: '172.20.0.0/16', nextCursor: 4 }));
    });

    it('when the pick wraps around the end, then the cursor resets to 0 rather than pointing after the pick', () => {
      const used = PREDEFINED_LOCAL_POOLS.filter((s) => s !== '172.18.0.0/16');
      expect(pickPredefinedSubnet('round-robin', LOCAL_SCOPE_DEFAULT_POOLS, used, 30)).toEqual(
        E.right({ subnet: '172.18.0.0/16', nextCursor: 0 }),
      );
    });

    it('when every subnet is used, then it answers the ≤v26 message, with the family', () => {
      expect(pickPredefinedSubnet('round-robin', LOCAL_SCOPE_DEFAULT_POOLS, [...PREDEFINED_LOCAL_POOLS], 5)).toEqual(
        E.left('could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network'),
      );
      expect(pickPredefinedSubnet('round-robin', LOCAL_SCOPE_DEFAULT_POOLS, [], 0, { family: 6 })).toEqual(
        E.left('could not find an available, non-overlapping IPv6 address pool among the defaults to assign to the network'),
      );
    });
  });
});
