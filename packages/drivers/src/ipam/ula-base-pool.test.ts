import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LOCAL_SCOPE_DEFAULT_POOLS } from './predefined-pools.js';
import { ulaBasePool, withUlaPool } from './ula-base-pool.js';

/**
 * The derivation redone on the hex digest: bytes 3..7 of SHA-256 (the low 40 bits of the
 * first 8 bytes) become the three groups after `fd`.
 */
const expectedBase = (hostId: string): string => {
  const hex = createHash('sha256').update(hostId).digest('hex');
  const global = hex.slice(6, 16); // 10 hex digits = 40 bits
  const groups = [`fd${global.slice(0, 2)}`, global.slice(2, 6), global.slice(6, 10)].map((g) => parseInt(g, 16).toString(16));
  return `${groups.join(':')}::/48`;
};

describe('ulaBasePool', () => {
  it.each(['', 'docker-host', 'b3f4c1d2-0000-4e5f-9a8b-123456789abc', 'QHZT:…:ENGINE'])(
    'when the host id is %j, then the base is fd + 40 bits of its SHA-256, as a /48 split in /64s',
    (hostId) => {
      expect(ulaBasePool(hostId)).toEqual({ base: expectedBase(hostId), size: 64 });
    },
  );

  it('when called twice with the same id, then it is the same (stable across restarts)', () => {
    expect(ulaBasePool('x')).toEqual(ulaBasePool('x'));
    expect(ulaBasePool('x')).not.toEqual(ulaBasePool('y'));
  });
});

describe('withUlaPool', () => {
  it('when the pools have no IPv6 base, then the ULA pool is appended', () => {
    expect(withUlaPool(LOCAL_SCOPE_DEFAULT_POOLS, 'e')).toEqual([...LOCAL_SCOPE_DEFAULT_POOLS, ulaBasePool('e')]);
  });

  it('when the pools already have an IPv6 base, then nothing is added', () => {
    const pools = [{ base: '2001:db8::/56', size: 64 }];
    expect(withUlaPool(pools, 'e')).toEqual(pools);
  });

  it('when the only IPv6-looking base is IPv4-mapped, then the ULA pool is still added', () => {
    const pools = [{ base: '::ffff:10.0.0.0/104', size: 120 }];
    expect(withUlaPool(pools, 'e')).toHaveLength(2);
  });
});
