import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { expandIgnoredFields } from './field-groups.js';

describe('expandIgnoredFields', () => {
  it('keeps plain names and expands groups once', () => {
    expect(expandIgnoredFields(['@macs', 'created', 'mac'])).toEqual(E.right(['mac', 'created']));
  });

  it('expands @noise to every group', () => {
    const noise = expandIgnoredFields(['@noise']);
    expect(E.isRight(noise) && ['id', 'created', 'mac', 'veth'].every((f) => noise.right.includes(f))).toBe(true);
  });

  it('refuses an unknown group, naming the known ones', () => {
    expect(expandIgnoredFields(['@idz'])).toEqual(E.left('unknown field group "@idz" (one of @ids, @times, @macs, @noise)'));
  });
});
