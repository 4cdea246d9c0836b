import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import { describe, expect, it } from 'vitest';
import { formatJsonPath, parseJsonPath, selectJsonPath, type JsonPath } from './json-path.js';

const parsed = (path: string): JsonPath => {
  const result = parseJsonPath(path);
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

describe('parseJsonPath', () => {
  it('reads .name, [N] and ["key"] segments, the first dot optional', () => {
    expect(parsed('[0].IPAM.Config[0].Subnet')).toEqual([
      { kind: 'index', index: 0 },
      { kind: 'key', key: 'IPAM' },
      { kind: 'key', key: 'Config' },
      { kind: 'index', index: 0 },
      { kind: 'key', key: 'Subnet' },
    ]);
    expect(parsed('Name')).toEqual(parsed('.Name'));
    expect(parsed('[0].Options["com.docker.network.bridge.name"]')[2]).toEqual({ kind: 'key', key: 'com.docker.network.bridge.name' });
    expect(parsed('["a \\"b\\""]')).toEqual([{ kind: 'key', key: 'a "b"' }]);
    expect(parsed('a-b_1.2')).toEqual([{ kind: 'key', key: 'a-b_1' }, { kind: 'key', key: '2' }]);
  });
  it('takes the empty path as the whole document', () => {
    expect(parsed('')).toEqual([]);
  });
  it('reports the offset of a bad segment', () => {
    expect(parseJsonPath('a..b')).toEqual(E.left({ offset: 2, message: 'expected a name (letters, digits, "_", "-")' }));
    expect(parseJsonPath('[x]')).toEqual(E.left({ offset: 0, message: 'expected [N] or ["key"]' }));
    expect(parseJsonPath('a b')).toEqual(E.left({ offset: 1, message: 'unexpected " "' }));
    expect(parseJsonPath('[-1]')).toMatchObject(E.left({ offset: 0 }));
  });
});

describe('formatJsonPath', () => {
  it('writes the canonical spelling', () => {
    expect(formatJsonPath(parsed('.a[0]["b c"].d'))).toBe('a[0]["b c"].d');
  });
});

describe('selectJsonPath', () => {
  const doc = [{ Name: 'web', IPAM: { Config: [{ Subnet: '172.18.0.0/16' }] }, Options: { 'a.b': 'x' } }];
  it('selects one value', () => {
    expect(selectJsonPath(doc, parsed('[0].IPAM.Config[0].Subnet'))).toEqual(O.some('172.18.0.0/16'));
    expect(selectJsonPath(doc, parsed('[0].Options["a.b"]'))).toEqual(O.some('x'));
    expect(selectJsonPath(doc, [])).toEqual(O.some(doc));
  });
  it('selects nothing for missing keys, out-of-range indexes and kind mismatches', () => {
    expect(selectJsonPath(doc, parsed('[1]'))).toEqual(O.none);
    expect(selectJsonPath(doc, parsed('[0].Nope'))).toEqual(O.none);
    expect(selectJsonPath(doc, parsed('Name'))).toEqual(O.none);
    expect(selectJsonPath(doc, parsed('[0][0]'))).toEqual(O.none);
    expect(selectJsonPath({ a: 1 }, parsed('a.b'))).toEqual(O.none);
    expect(selectJsonPath({}, parsed('constructor'))).toEqual(O.none);
  });
  it('selects null when the value is null', () => {
    expect(selectJsonPath({ a: null }, parsed('a'))).toEqual(O.some(null));
  });
});
