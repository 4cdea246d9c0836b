import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  GLOBAL_SCOPE_POOL,
  PREDEFINED_LOCAL_POOLS,
  defaultAddressPools,
  poolSubnetCount,
  subnetsOf,
  swarmAddressPools,
} from './predefined-pools.js';

describe('PREDEFINED_LOCAL_POOLS (§2.1)', () => {
  it('is 15 × /16 from 172.17 to 172.31, then 16 × /20 of 192.168.0.0/16, in that order', () => {
    const sixteens = Array.from({ length: 15 }, (_, i) => `172.${17 + i}.0.0/16`);
    const twenties = Array.from({ length: 16 }, (_, i) => `192.168.${i * 16}.0/20`);
    expect(PREDEFINED_LOCAL_POOLS).toEqual([...sixteens, ...twenties]);
  });

  it('makes the 16th user network (counting docker0) 192.168.0.0/20', () => {
    expect(PREDEFINED_LOCAL_POOLS[15]).toBe('192.168.0.0/20');
  });
});

describe('GLOBAL_SCOPE_POOL (§10)', () => {
  it('is 10.0.0.0/8 in /24s: 65,536 subnets starting at 10.0.0.0/24, 10.0.1.0/24', () => {
    expect(poolSubnetCount(GLOBAL_SCOPE_POOL)).toBe(65_536n);
    const it = subnetsOf([GLOBAL_SCOPE_POOL]);
    expect([it.next().value, it.next().value]).toEqual(['10.0.0.0/24', '10.0.1.0/24']);
  });
});

describe('defaultAddressPools (daemon.json)', () => {
  it('when the entries are valid, then they are kept with masked bases', () => {
    expect(defaultAddressPools([{ base: '172.80.1.0/16', size: 24 }])).toEqual(E.right([{ base: '172.80.0.0/16', size: 24 }]));
  });

  it('when size is shorter than the base, then it is refused with the allocator message', () => {
    expect(defaultAddressPools([{ base: '10.10.0.0/24', size: 16 }])).toEqual(
      E.left('network at index 0 (10.10.0.0/24) has a smaller prefix (/24) than the target size of that pool (/16)'),
    );
  });

  it('when the base does not parse, then it is refused', () => {
    expect(defaultAddressPools([{ base: 'nope', size: 24 }])).toEqual(
      E.left('network at index 0 (nope) is not in canonical form'),
    );
  });
});

describe('swarmAddressPools (docker swarm init --default-addr-pool)', () => {
  it('when no pool is given, then it is the global default', () => {
    expect(swarmAddressPools([])).toEqual(E.right([GLOBAL_SCOPE_POOL]));
  });

  it('when pools and a mask length are given, then each is split at that length', () => {
    expect(swarmAddressPools(['10.20.0.0/16', '10.30.0.0/16'], 26)).toEqual(
      E.right([
        { base: '10.20.0.0/16', size: 26 },
        { base: '10.30.0.0/16', size: 26 },
      ]),
    );
  });
});
