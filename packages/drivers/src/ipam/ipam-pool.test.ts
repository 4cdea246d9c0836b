import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { createPool, defaultGateway, restorePool } from './create-pool.js';
import type { IpamPool, IpamPoolConfig } from './ipam-pool.js';

const pool = (config: IpamPoolConfig): IpamPool => {
  const built = createPool(config);
  if (E.isLeft(built)) throw new Error(built.left);
  return built.right;
};

/** Takes `n` dynamic addresses, as decide + evolve would. */
const takeDynamic = (p: IpamPool, n: number): Array<string | undefined> =>
  Array.from({ length: n }, () => {
    const ip = p.nextDynamic();
    if (ip !== undefined) p.allocate(ip, 'dynamic');
    return ip;
  });

describe('createPool', () => {
  describe('given a v27 /16 pool (172.18.0.0/16)', () => {
    it('when nothing is allocated, then the network and broadcast addresses are reserved', () => {
      const p = pool({ subnet: '172.18.0.0/16', reserve: 'v27' });
      expect(p.isAllocated('172.18.0.0')).toBe(true);
      expect(p.isAllocated('172.18.255.255')).toBe(true);
      expect(p.allocatedCount()).toBe(2n);
      expect(p.toJSON().allocated).toEqual([
        [0, 1],
        [65535, 1],
      ]);
    });

    it('when the gateway and three containers are allocated, then they get .1 .2 .3 .4 [ran v27.5.1]', () => {
      const p = pool({ subnet: '172.18.0.0/16', reserve: 'v27' });
      expect(takeDynamic(p, 4)).toEqual(['172.18.0.1', '172.18.0.2', '172.18.0.3', '172.18.0.4']);
    });

    it('when .2 is released, then the next request gets .2 again (lowest free, not serial)', () => {
      const p = pool({ subnet: '172.18.0.0/16', reserve: 'v27' });
      takeDynamic(p, 4);
      expect(p.release('172.18.0.2')).toBe(true);
      expect(p.nextDynamic()).toBe('172.18.0.2');
    });

    it('when asked, nextDynamic does not change the pool', () => {
      const p = pool({ subnet: '172.18.0.0/16', reserve: 'v27' });
      expect(p.nextDynamic()).toBe('172.18.0.1');
      expect(p.nextDynamic()).toBe('172.18.0.1');
      expect(p.allocatedCount()).toBe(2n);
    });
  });

  describe('given the subnet is written with host bits (172.20.0.1/16)', () => {
    it('when the pool is built, then the subnet is masked as Docker does', () => {
      expect(pool({ subnet: '172.20.0.1/16', reserve: 'v27' }).subnet).toBe('172.20.0.0/16');
    });
  });

  describe('given a /30 pool (10.99.0.0/30)', () => {
    it('when addresses are requested, then .1 and .2 are given and then none [ran]', () => {
      const p = pool({ subnet: '10.99.0.0/30', reserve: 'v27' });
      expect(takeDynamic(p, 3)).toEqual(['10.99.0.1', '10.99.0.2', undefined]);
    });
  });

  describe('given a /31 pool', () => {
    it('when the profile is v27, then both addresses are usable (RFC 3021)', () => {
      const p = pool({ subnet: '10.0.0.0/31', reserve: 'v27' });
      expect(takeDynamic(p, 3)).toEqual(['10.0.0.0', '10.0.0.1', undefined]);
    });

    it('when the profile is legacy, then no address is usable', () => {
      const p = pool({ subnet: '10.0.0.0/31', reserve: 'legacy' });
      expect(p.nextDynamic()).toBeUndefined();
      expect(p.allocatedCount()).toBe(2n);
    });
  });

  describe('given a /32 pool', () => {
    it('when v27, then its one address is usable; when legacy, it is reserved', () => {
      expect(pool({ subnet: '10.0.0.7/32', reserve: 'v27' }).nextDynamic()).toBe('10.0.0.7');
      expect(pool({ subnet: '10.0.0.7/32', reserve: 'legacy' }).nextDynamic()).toBeUndefined();
    });
  });

  describe('given an IPv6 /64 pool', () => {
    it('when v27, then only ::0 is reserved and the gateway is ::1', () => {
      const p = pool({ subnet: 'fd00:1::/64', reserve: 'v27' });
      expect(p.isAllocated('fd00:1::')).toBe(true);
      expect(p.isAllocated('fd00:1::ffff:ffff:ffff:ffff')).toBe(false);
      expect(takeDynamic(p, 2)).toEqual(['fd00:1::1', 'fd00:1::2']);
    });

    it('when asked for status, then the available count saturates at 2^64 − 1', () => {
      const p = pool({ subnet: 'fd00:1::/64', reserve: 'v27' });
      expect(p.status()).toEqual({ ipsInUse: 1n, dynamicIpsAvailable: (1n << 64n) - 1n });
    });

    it('when an IPv4 address is checked, then it is out of range', () => {
      expect(pool({ subnet: 'fd00:1::/64', reserve: 'v27' }).checkStatic('10.0.0.1')).toEqual(
        E.left('requested address is out of range'),
      );
    });
  });

  describe('given an --ip-range (172.28.0.0/16, range 172.28.5.0/24)', () => {
    const ranged = (): IpamPool => pool({ subnet: '172.28.0.0/16', ipRange: '172.28.5.0/24', reserve: 'v27' });

    it('when no --gateway is given, then the gateway is the range start 172.28.5.0 and the first container .1 [ran v27.5.1]', () => {
      const p = ranged();
      expect(defaultGateway(p)).toBe('172.28.5.0');
      expect(takeDynamic(p, 2)).toEqual(['172.28.5.0', '172.28.5.1']);
    });

    it('when the range is exhausted, then no dynamic address is given although the subnet has room', () => {
      const p = ranged();
      expect(takeDynamic(p, 257).at(-1)).toBeUndefined();
      expect(takeDynamic(p, 1)).toEqual([undefined]);
      expect(p.nextDynamic()).toBeUndefined();
    });

    it('when the range ends at the subnet broadcast, then the range end is given but not the broadcast', () => {
      const p = pool({ subnet: '172.28.0.0/16', ipRange: '172.28.255.0/24', reserve: 'v27' });
      const got = takeDynamic(p, 256);
      expect(got[254]).toBe('172.28.255.254');
      expect(got[255]).toBeUndefined();
    });

    it('when a static address outside the range but inside the subnet is checked, then it is accepted (§1.3)', () => {
      expect(ranged().checkStatic('172.28.9.9')).toEqual(E.right(undefined));
    });

    it('when asked inRange/contains, then the range and the subnet are told apart', () => {
      const p = ranged();
      expect(p.inRange('172.28.5.77')).toBe(true);
      expect(p.inRange('172.28.6.1')).toBe(false);
      expect(p.contains('172.28.6.1')).toBe(true);
      expect(p.contains('172.29.0.1')).toBe(false);
    });

    it('when asked for status, then DynamicIPsAvailable counts the range only', () => {
      const p = ranged();
      takeDynamic(p, 3);
      p.allocate('172.28.9.9', 'static');
      expect(p.status()).toEqual({ ipsInUse: 6n, dynamicIpsAvailable: 253n });
    });
  });

  describe('given a range larger than the subnet', () => {
    it('when the pool is built, then the whole subnet is the range (v24+ compatibility)', () => {
      const p = pool({ subnet: '10.5.0.0/16', ipRange: '10.0.0.0/8', reserve: 'v27' });
      expect(p.nextDynamic()).toBe('10.5.0.1');
    });
  });

  describe('checkStatic', () => {
    const p = (): IpamPool => {
      const q = pool({ subnet: '10.1.0.0/24', reserve: 'v27' });
      takeDynamic(q, 2); // gateway .1, container .2
      return q;
    };

    it.each([
      ['the gateway', '10.1.0.1', 'Address already in use'],
      ['a taken address', '10.1.0.2', 'Address already in use'],
      ['the network address', '10.1.0.0', 'Address already in use'],
      ['the broadcast address', '10.1.0.255', 'Address already in use'],
      ['an address of another subnet', '10.2.0.5', 'requested address is out of range'],
      ['an IPv6 address', 'fd00::1', 'requested address is out of range'],
      ['something that is not an address', 'foo', 'requested address is out of range'],
    ])('when %s is requested, then it answers "%s"', (_what, ip, message) => {
      expect(p().checkStatic(ip)).toEqual(E.left(message));
    });

    it('when a free address is requested, then it is accepted', () => {
      expect(p().checkStatic('10.1.0.77')).toEqual(E.right(undefined));
    });

    it('when an IPv4-mapped IPv6 form is given, then it is looked up as IPv4 (Docker unmaps)', () => {
      expect(p().checkStatic('::ffff:10.1.0.2')).toEqual(E.left('Address already in use'));
      expect(p().checkStatic('::ffff:10.1.0.9')).toEqual(E.right(undefined));
    });

    it('when a legacy pool is full, then even a taken address gets "no available addresses on this pool"', () => {
      const full = pool({ subnet: '10.1.0.0/30', reserve: 'legacy' });
      takeDynamic(full, 2);
      expect(full.checkStatic('10.1.0.1')).toEqual(E.left('no available addresses on this pool'));
      expect(full.checkStatic('10.9.0.1')).toEqual(E.left('requested address is out of range'));
    });
  });

  describe('allocate and release', () => {
    it('when an address outside the subnet is allocated, then nothing changes (evolve stays total)', () => {
      const p = pool({ subnet: '10.1.0.0/24', reserve: 'v27' });
      expect(p.allocate('10.2.0.1', 'static')).toBe(false);
      expect(p.allocate('garbage', 'dynamic')).toBe(false);
      expect(p.allocatedCount()).toBe(2n);
    });

    it('when a static address is allocated, then the serial cursor does not move', () => {
      const p = pool({ subnet: '10.1.0.0/24', reserve: 'v27', order: 'serial' });
      p.allocate('10.1.0.100', 'static');
      expect(p.nextDynamic()).toBe('10.1.0.1');
    });

    it('when releasing an address that is free, then it answers false', () => {
      expect(pool({ subnet: '10.1.0.0/24', reserve: 'v27' }).release('10.1.0.9')).toBe(false);
    });
  });

  describe('given serial allocation (swarm)', () => {
    it('when .2 is released, then the next address is .4, not .2, until the range wraps', () => {
      const p = pool({ subnet: '10.0.1.0/29', reserve: 'v27', order: 'serial' });
      expect(takeDynamic(p, 3)).toEqual(['10.0.1.1', '10.0.1.2', '10.0.1.3']);
      p.release('10.0.1.2');
      expect(takeDynamic(p, 4)).toEqual(['10.0.1.4', '10.0.1.5', '10.0.1.6', '10.0.1.2']);
      expect(p.nextDynamic()).toBeUndefined();
    });

    it('when the cursor is before the ip-range, then the scan starts at the range start', () => {
      const p = pool({ subnet: '10.0.0.0/16', ipRange: '10.0.8.0/24', reserve: 'v27', order: 'serial' });
      p.allocate('10.0.0.5', 'dynamic'); // cursor = offset 6, before the range
      expect(p.nextDynamic()).toBe('10.0.8.0');
    });
  });

  describe('errors', () => {
    it.each([
      [{ subnet: 'abc', reserve: 'v27' }, 'invalid address pool'],
      [{ subnet: '10.0.0.0/33', reserve: 'v27' }, 'invalid address pool'],
      [{ subnet: '10.0.0.0/16', ipRange: 'foo', reserve: 'v27' }, 'invalid address subpool'],
      [{ subnet: '10.0.0.0/16', ipRange: 'fd00::/64', reserve: 'v27' }, 'pool and subpool are of incompatible address families'],
    ] as const)('when built from %j, then it answers %s', (config, message) => {
      expect(createPool(config)).toEqual(E.left(message));
    });
  });

  describe('toJSON / restorePool', () => {
    it('when a pool with allocations and a cursor is restored, then it behaves identically', () => {
      const p = pool({ subnet: '10.0.1.0/24', reserve: 'v27', order: 'serial' });
      takeDynamic(p, 5);
      p.release('10.0.1.2');
      const snapshot = JSON.parse(JSON.stringify(p.toJSON()));
      const back = restorePool(snapshot);
      if (E.isLeft(back)) throw new Error(back.left);
      expect(back.right.toJSON()).toEqual(p.toJSON());
      expect(back.right.nextDynamic()).toBe(p.nextDynamic());
      expect(back.right.nextDynamic()).toBe('10.0.1.6');
    });

    it('when an IPv6 /64 snapshot holds offsets beyond 2^53, then they survive as strings', () => {
      const p = pool({ subnet: 'fd00::/64', reserve: 'v27' });
      p.allocate('fd00::ffff:ffff:ffff:fffe', 'dynamic');
      const snapshot = JSON.parse(JSON.stringify(p.toJSON()));
      expect(snapshot.allocated).toEqual([
        [0, 1],
        ['18446744073709551614', 1],
      ]);
      expect(snapshot.cursor).toBe('18446744073709551615');
      const back = restorePool(snapshot);
      if (E.isLeft(back)) throw new Error(back.left);
      expect(back.right.isAllocated('fd00::ffff:ffff:ffff:fffe')).toBe(true);
      expect(back.right.toJSON()).toEqual(p.toJSON());
    });

    it('when the snapshot is malformed, then restore answers an error', () => {
      const good = pool({ subnet: '10.0.1.0/24', reserve: 'v27' }).toJSON();
      expect(E.isLeft(restorePool({ ...good, allocated: [[5, 1], [3, 1]] }))).toBe(true);
      expect(E.isLeft(restorePool({ ...good, allocated: [[250, 10]] }))).toBe(true);
      expect(E.isLeft(restorePool({ ...good, cursor: -1 }))).toBe(true);
    });
  });

  describe('clone', () => {
    it('when the clone is changed, then the original is not', () => {
      const p = pool({ subnet: '10.0.1.0/24', reserve: 'v27' });
      const c = p.clone();
      c.allocate('10.0.1.1', 'dynamic');
      expect(p.isAllocated('10.0.1.1')).toBe(false);
      expect(c.isAllocated('10.0.1.1')).toBe(true);
    });
  });
});
