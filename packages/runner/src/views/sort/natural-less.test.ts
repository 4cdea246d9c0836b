import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naturalCompare, naturalLess } from './natural-less.js';

describe('naturalLess (fvbommel/sortorder)', () => {
  it('compares digit runs as numbers', () => {
    expect(['net10', 'net9', 'net1', 'bridge', 'host', 'none'].sort(naturalCompare)).toEqual([
      'bridge', 'host', 'net1', 'net9', 'net10', 'none',
    ]);
  });

  it('puts digits before other characters and fewer leading zeros first', () => {
    expect(naturalLess('1a', 'a1')).toBe(true);
    expect(naturalLess('a01', 'a001')).toBe(true);
    expect(naturalLess('a1', 'a01')).toBe(true);
  });

  it('sorts docker port lines as the CLI does', () => {
    expect(['80/tcp -> [::]:8080', '80/tcp -> 0.0.0.0:8080', '443/tcp -> 0.0.0.0:8443'].sort(naturalCompare)).toEqual([
      '80/tcp -> 0.0.0.0:8080', '80/tcp -> [::]:8080', '443/tcp -> 0.0.0.0:8443',
    ]);
  });

  it('is a strict order: irreflexive and asymmetric', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(naturalLess(a, a)).toBe(false);
        if (naturalLess(a, b)) expect(naturalLess(b, a)).toBe(false);
      }),
    );
  });
});
