import { describe, expect, it } from 'vitest';
import { FILTER_NAMES, isFilter, runFilter } from './run-filter.js';

describe('runFilter', () => {
  it('knows the filters by name', () => {
    expect(FILTER_NAMES).toEqual(['awk', 'cat', 'cut', 'egrep', 'fgrep', 'grep', 'head', 'sort', 'tail', 'tr', 'uniq', 'wc']);
    expect(isFilter('grep')).toBe(true);
    expect(isFilter('docker')).toBe(false);
    expect(isFilter('toString')).toBe(false);
  });
  it('dispatches to the filter', () => {
    expect(runFilter('wc', ['-l'], 'a\nb\n')).toEqual({ stdout: '2\n', stderr: '', exit: 0 });
    expect(runFilter('egrep', ['a|b'], 'b\n').stdout).toBe('b\n');
    expect(runFilter('fgrep', ['a|b'], 'a|b\nb\n').stdout).toBe('a|b\n');
  });
});
