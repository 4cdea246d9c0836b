import { describe, expect, it } from 'vitest';
import { jsonEqual } from './json-equal.js';

describe('jsonEqual', () => {
  it('compares scalars by type and value', () => {
    expect(jsonEqual(16, 16)).toBe(true);
    expect(jsonEqual(16, '16')).toBe(false);
    expect(jsonEqual('172.18.0.0/16', '172.18.0.0/16')).toBe(true);
    expect(jsonEqual(true, 'true')).toBe(false);
    expect(jsonEqual(null, null)).toBe(true);
    expect(jsonEqual(null, undefined)).toBe(false);
    expect(jsonEqual(0, -0)).toBe(true);
  });
  it('compares objects by key set, ignoring order', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual({ a: undefined }, { b: undefined })).toBe(false);
  });
  it('compares arrays by position', () => {
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
  });
});
