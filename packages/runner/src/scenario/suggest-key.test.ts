import { describe, expect, it } from 'vitest';
import { suggestKey } from './suggest-key.js';

describe('suggestKey', () => {
  const keys = ['run', 'on', 'expect', 'note'];
  it('suggests the closest key for a typo', () => {
    expect(suggestKey('expct', keys)).toBe('expect');
    expect(suggestKey('exepct', keys)).toBe('expect');
    expect(suggestKey('Run', keys)).toBe('run');
    expect(suggestKey('stdout_contain', ['stdout', 'stdout_contains'])).toBe('stdout_contains');
  });
  it('suggests nothing for an unrelated word', () => {
    expect(suggestKey('foo', keys)).toBeUndefined();
    expect(suggestKey('x', keys)).toBeUndefined();
  });
});
