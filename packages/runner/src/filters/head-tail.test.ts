import { describe, expect, it } from 'vitest';
import { head } from './head.js';
import { tail } from './tail.js';

const TWELVE = Array.from({ length: 12 }, (_, i) => `l${i + 1}`).join('\n') + '\n';

describe('head', () => {
  it('prints the first 10 lines by default', () => {
    expect(head([], TWELVE).stdout).toBe(TWELVE.split('\n').slice(0, 10).join('\n') + '\n');
  });
  it('takes -n N, -N and --lines=N', () => {
    expect(head(['-n', '2'], TWELVE).stdout).toBe('l1\nl2\n');
    expect(head(['-2'], TWELVE).stdout).toBe('l1\nl2\n');
    expect(head(['--lines=1'], TWELVE).stdout).toBe('l1\n');
  });
  it('-n -N prints all but the last N lines', () => {
    expect(head(['-n', '-10'], TWELVE).stdout).toBe('l1\nl2\n');
  });
  it('-c counts bytes', () => {
    expect(head(['-c', '4'], TWELVE).stdout).toBe('l1\nl');
  });
  it('keeps a missing final newline', () => {
    expect(head(['-n', '5'], 'a\nb')).toEqual({ stdout: 'a\nb', stderr: '', exit: 0 });
  });
  it('reports errors as GNU head', () => {
    expect(head(['-n', 'x'], TWELVE)).toEqual({ stdout: '', stderr: 'head: invalid number of lines: ‘x’\n', exit: 1 });
    expect(head(['-n'], TWELVE)).toEqual({
      stdout: '',
      stderr: "head: option requires an argument -- 'n'\nTry 'head --help' for more information.\n",
      exit: 1,
    });
    expect(head(['-5x'], TWELVE).stderr).toBe("head: invalid trailing option -- x\nTry 'head --help' for more information.\n");
    expect(head(['nofile'], TWELVE)).toEqual({
      stdout: '',
      stderr: "head: cannot open 'nofile' for reading: No such file or directory\n",
      exit: 1,
    });
  });
});

describe('tail', () => {
  it('prints the last 10 lines by default', () => {
    expect(tail([], TWELVE).stdout.startsWith('l3\n')).toBe(true);
  });
  it('takes -n N and -N', () => {
    expect(tail(['-n', '2'], TWELVE).stdout).toBe('l11\nl12\n');
    expect(tail(['-1'], TWELVE).stdout).toBe('l12\n');
  });
  it('-n +N and +N start at line N (skip a header)', () => {
    expect(tail(['-n', '+12'], TWELVE).stdout).toBe('l12\n');
    expect(tail(['+11'], TWELVE).stdout).toBe('l11\nl12\n');
    expect(tail(['-n', '+2'], 'NAME\nweb\n').stdout).toBe('web\n');
  });
  it('-c counts bytes, +N from the start', () => {
    expect(tail(['-c', '4'], TWELVE).stdout).toBe('l12\n');
    expect(tail(['-c', '+4'], 'abcdef').stdout).toBe('def');
  });
  it('keeps a missing final newline', () => {
    expect(tail(['-n', '1'], 'a\nb').stdout).toBe('b');
  });
  it('ignores -f on a pipe', () => {
    expect(tail(['-f', '-n1'], 'a\nb\n').stdout).toBe('b\n');
  });
  it('reports errors as GNU tail', () => {
    expect(tail(['-n', '+x'], TWELVE)).toEqual({ stdout: '', stderr: 'tail: invalid number of lines: ‘+x’\n', exit: 1 });
    expect(tail(['--foo'], TWELVE).stderr).toBe("tail: unrecognized option '--foo'\nTry 'tail --help' for more information.\n");
  });
});
