import { describe, expect, it } from 'vitest';
import { ellipsis } from './ellipsis.js';

describe('ellipsis (docker/cli Ellipsis)', () => {
  it('cuts ASCII to width-1 characters plus …', () => {
    expect(ellipsis("/docker-entrypoint.sh nginx -g 'daemon off;'", 20)).toBe('/docker-entrypoint.…');
    expect(ellipsis('/bin/bash', 20)).toBe('/bin/bash');
    expect(ellipsis('12345678901234567890', 20)).toBe('12345678901234567890');
  });

  it('counts East Asian wide characters as two columns', () => {
    expect(ellipsis('한국어한국어한국어한국어', 10)).toBe('한국어한…');
    expect(ellipsis('ab한', 4)).toBe('ab한');
  });

  it('keeps the first character for width 1 and nothing for width 0', () => {
    expect(ellipsis('abc', 1)).toBe('a');
    expect(ellipsis('abc', 0)).toBe('');
  });
});
