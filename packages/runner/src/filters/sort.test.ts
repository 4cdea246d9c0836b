import { describe, expect, it } from 'vitest';
import { sort } from './sort.js';

const lines = (...l: string[]): string => l.map((x) => `${x}\n`).join('');

describe('sort', () => {
  it('sorts by code point (C.UTF-8), adding a final newline', () => {
    expect(sort([], 'b\na\nB\n 1\n10\n9').stdout).toBe(lines(' 1', '10', '9', 'B', 'a', 'b'));
  });
  it('-r reverses, -u drops duplicates, -f folds case', () => {
    expect(sort(['-r'], lines('a', 'c', 'b')).stdout).toBe(lines('c', 'b', 'a'));
    expect(sort(['-u'], lines('b', 'a', 'b')).stdout).toBe(lines('a', 'b'));
    expect(sort(['-f'], lines('b', 'a', 'A')).stdout).toBe(lines('A', 'a', 'b'));
    expect(sort(['-fu'], lines('a', 'A', 'b', 'a')).stdout).toBe(lines('a', 'b'));
  });
  it('-n compares leading numbers exactly; non-numbers count as 0, 1e3 as 1', () => {
    expect(sort(['-n'], lines('10', '9', 'x', '-1.5', '1e3', ' 2')).stdout).toBe(lines('-1.5', 'x', '1e3', ' 2', '9', '10'));
    expect(sort(['-n'], lines('123456789012345678901', '123456789012345678900')).stdout).toBe(
      lines('123456789012345678900', '123456789012345678901'),
    );
    expect(sort(['-nr'], lines('1', '3', '2')).stdout).toBe(lines('3', '2', '1'));
  });
  it('-k sorts by fields separated by blanks, or by -t', () => {
    expect(sort(['-k2'], lines('x 3', 'y 1', 'z 2')).stdout).toBe(lines('y 1', 'z 2', 'x 3'));
    expect(sort(['-k2n'], lines('b  2', 'a 10', 'c 1')).stdout).toBe(lines('c 1', 'b  2', 'a 10'));
    expect(sort(['-t:', '-k2n'], lines('a:3', 'b:1')).stdout).toBe(lines('b:1', 'a:3'));
    expect(sort(['-k', '2,2nr', '-k1,1'], lines('a 1', 'b 2', 'c 2')).stdout).toBe(lines('b 2', 'c 2', 'a 1'));
    expect(sort(['-k1.2,1.3'], lines('xb', 'ya', 'zc')).stdout).toBe(lines('ya', 'xb', 'zc'));
  });
  it('breaks key ties by the whole line unless -s or -u', () => {
    expect(sort(['-k1,1'], lines('a z', 'a b')).stdout).toBe(lines('a b', 'a z'));
    expect(sort(['-s', '-k1,1'], lines('a z', 'a b')).stdout).toBe(lines('a z', 'a b'));
    expect(sort(['-u', '-k1,1'], lines('a b', 'a c', 'a b')).stdout).toBe(lines('a b'));
  });
  it('reports errors as GNU sort, exit 2', () => {
    expect(sort(['-k', 'x'], '')).toEqual({ stdout: '', stderr: 'sort: invalid number at field start: invalid count at start of ‘x’\n', exit: 2 });
    expect(sort(['-k', '0'], '').stderr).toBe('sort: field number is zero: invalid field specification ‘0’\n');
    expect(sort(['-k', '1.0'], '').stderr).toBe('sort: character offset is zero: invalid field specification ‘1.0’\n');
    expect(sort(['-k', '1x'], '').stderr).toBe('sort: stray character in field spec: invalid field specification ‘1x’\n');
    expect(sort(['-k', '1,x'], '').stderr).toBe("sort: invalid number after ',': invalid count at start of ‘x’\n");
    expect(sort(['-t', 'ab'], '').stderr).toBe('sort: multi-character tab ‘ab’\n');
    expect(sort(['-q'], '')).toEqual({ stdout: '', stderr: "sort: invalid option -- 'q'\nTry 'sort --help' for more information.\n", exit: 2 });
    expect(sort(['nofile'], '')).toEqual({ stdout: '', stderr: 'sort: cannot read: nofile: No such file or directory\n', exit: 2 });
  });
});
