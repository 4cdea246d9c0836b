import { describe, expect, it } from 'vitest';
import { cat } from './cat.js';
import { uniq } from './uniq.js';
import { wc } from './wc.js';

describe('wc', () => {
  it('prints a single count bare (docker ps -q | wc -l)', () => {
    expect(wc(['-l'], 'a\nb\nc\n')).toEqual({ stdout: '3\n', stderr: '', exit: 0 });
    expect(wc(['-w'], 'a b\tc\n').stdout).toBe('3\n');
    expect(wc(['-c'], 'héllo\n').stdout).toBe('7\n');
    expect(wc(['-m'], 'héllo\n').stdout).toBe('6\n');
    expect(wc(['-L'], 'ab\n\tx\n').stdout).toBe('9\n');
  });
  it('counts newlines, not lines, as GNU', () => {
    expect(wc(['-l'], 'a\nb').stdout).toBe('1\n');
    expect(wc(['-l'], '').stdout).toBe('0\n');
  });
  it('aligns several counts in columns of 7, always lines, words, bytes order', () => {
    expect(wc([], 'a b\nc').stdout).toBe('      1       3       5\n');
    expect(wc(['-wl'], 'a b\nc').stdout).toBe('      1       3\n');
  });
  it('names - and adds a total for several inputs, reporting missing files', () => {
    expect(wc(['-l', '-'], 'a\n').stdout).toBe('1 -\n');
    expect(wc(['-', 'nofile'], 'a b\nc')).toEqual({
      stdout: '      1       3       5 -\n      1       3       5 total\n',
      stderr: 'wc: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('rejects unknown options as GNU', () => {
    expect(wc(['-z'], '')).toEqual({ stdout: '', stderr: "wc: invalid option -- 'z'\nTry 'wc --help' for more information.\n", exit: 1 });
  });
});

describe('cat', () => {
  it('copies its input unchanged', () => {
    expect(cat([], 'a\nb')).toEqual({ stdout: 'a\nb', stderr: '', exit: 0 });
    expect(cat(['-'], 'x\n').stdout).toBe('x\n');
  });
  it('-n numbers lines, -b only non-blank ones', () => {
    expect(cat(['-n'], 'a\n\nb\n').stdout).toBe('     1\ta\n     2\t\n     3\tb\n');
    expect(cat(['-b'], 'a\n\nb\n').stdout).toBe('     1\ta\n\n     2\tb\n');
  });
  it('-E, -T, -A and -s show ends, tabs and squeeze blanks', () => {
    expect(cat(['-E'], 'a\n').stdout).toBe('a$\n');
    expect(cat(['-A'], 'a\tb\x01\n').stdout).toBe('a^Ib^A$\n');
    expect(cat(['-s'], 'a\n\n\n\nb\n').stdout).toBe('a\n\nb\n');
  });
  it('reports missing files and bad options', () => {
    expect(cat(['nofile'], 'x')).toEqual({ stdout: '', stderr: 'cat: nofile: No such file or directory\n', exit: 1 });
    expect(cat(['-z'], 'x').stderr).toBe("cat: invalid option -- 'z'\nTry 'cat --help' for more information.\n");
  });
});

describe('uniq', () => {
  const text = 'a\na\nb\na\nA\n';
  it('collapses adjacent duplicates only', () => {
    expect(uniq([], text).stdout).toBe('a\nb\na\nA\n');
  });
  it('-c prefixes counts as %7d', () => {
    expect(uniq(['-c'], text).stdout).toBe('      2 a\n      1 b\n      1 a\n      1 A\n');
  });
  it('-d, -u and -i', () => {
    expect(uniq(['-d'], text).stdout).toBe('a\n');
    expect(uniq(['-u'], text).stdout).toBe('b\na\nA\n');
    expect(uniq(['-ic'], text).stdout).toBe('      2 a\n      1 b\n      2 a\n');
  });
  it('reports errors as GNU uniq', () => {
    expect(uniq(['-x'], text).stderr).toBe("uniq: invalid option -- 'x'\nTry 'uniq --help' for more information.\n");
    expect(uniq(['a', 'b', 'c'], text).stderr).toBe("uniq: extra operand ‘c’\nTry 'uniq --help' for more information.\n");
  });
});
