import { describe, expect, it } from 'vitest';
import { cut } from './cut.js';
import { tr } from './tr.js';

const TRY_CUT = "Try 'cut --help' for more information.\n";
const TRY_TR = "Try 'tr --help' for more information.\n";

describe('cut', () => {
  it('-d C -f LIST selects fields; lines without the delimiter print whole', () => {
    expect(cut(['-d:', '-f2'], 'a:b:c\nxyz\n').stdout).toBe('b\nxyz\n');
    expect(cut(['-d', ':', '-f', '2,1'], 'a:b:c\n').stdout).toBe('a:b\n');
    expect(cut(['-d:', '-f2-'], 'a:b:c\n').stdout).toBe('b:c\n');
    expect(cut(['-f', '2'], 'a\tb\n').stdout).toBe('b\n');
  });
  it('-s skips lines without the delimiter; --output-delimiter and --complement', () => {
    expect(cut(['-d:', '-f1', '-s'], 'a:b\nxyz\n').stdout).toBe('a\n');
    expect(cut(['-d:', '-f1,3', '--output-delimiter=|'], 'a:b:c\n').stdout).toBe('a|c\n');
    expect(cut(['-d:', '-f2', '--complement'], 'a:b:c\n').stdout).toBe('a:c\n');
  });
  it('-c and -b select bytes', () => {
    expect(cut(['-c', '1-3'], 'abcdef\n').stdout).toBe('abc\n');
    expect(cut(['-c', '-2,5-'], 'abcdef\n').stdout).toBe('abef\n');
    expect(cut(['-b', '2'], 'xyz').stdout).toBe('y\n');
  });
  it('reports errors as GNU cut', () => {
    expect(cut([], '')).toEqual({ stdout: '', stderr: `cut: you must specify a list of bytes, characters, or fields\n${TRY_CUT}`, exit: 1 });
    expect(cut(['-d', 'ab', '-f1'], '').stderr).toBe(`cut: the delimiter must be a single character\n${TRY_CUT}`);
    expect(cut(['-f', '0'], '').stderr).toBe(`cut: fields are numbered from 1\n${TRY_CUT}`);
    expect(cut(['-c', '0'], '').stderr).toBe(`cut: byte/character positions are numbered from 1\n${TRY_CUT}`);
    expect(cut(['-f', 'x'], '').stderr).toBe(`cut: invalid field value ‘x’\n${TRY_CUT}`);
    expect(cut(['-f', '3-1'], '').stderr).toBe(`cut: invalid decreasing range\n${TRY_CUT}`);
    expect(cut(['-f', '-'], '').stderr).toBe(`cut: invalid range with no endpoint: -\n${TRY_CUT}`);
    expect(cut(['-f', '1', '-c', '1'], '').stderr).toBe(`cut: only one list may be specified\n${TRY_CUT}`);
    expect(cut(['-d:', '-c1'], '').stderr).toBe(`cut: an input delimiter may be specified only when operating on fields\n${TRY_CUT}`);
  });
});

describe('tr', () => {
  it('translates ranges and classes, padding SET2 with its last character', () => {
    expect(tr(['a-z', 'A-Z'], 'web 1\n').stdout).toBe('WEB 1\n');
    expect(tr(['[:lower:]', '[:upper:]'], 'db\n').stdout).toBe('DB\n');
    expect(tr(['abc', 'x'], 'cab\n').stdout).toBe('xxx\n');
    expect(tr(['\\n', ' '], 'a\nb\n').stdout).toBe('a b ');
  });
  it('-d deletes, -s squeezes, -c complements', () => {
    expect(tr(['-d', '"'], '"x"\n').stdout).toBe('x\n');
    expect(tr(['-d', '[:digit:]'], 'a1b2\n').stdout).toBe('ab\n');
    expect(tr(['-s', ' '], 'a   b\n').stdout).toBe('a b\n');
    expect(tr(['-cd', 'a-z\\n'], 'a1-b\n').stdout).toBe('ab\n');
    expect(tr(['-c', 'a-z\\n', '_'], 'a1b\n').stdout).toBe('a_b\n');
    expect(tr(['-s', 'a-z', 'A-Z'], 'aabb\n').stdout).toBe('AB\n');
  });
  it('reports errors as GNU tr', () => {
    expect(tr([], '')).toEqual({ stdout: '', stderr: `tr: missing operand\n${TRY_TR}`, exit: 1 });
    expect(tr(['a'], '').stderr).toBe(`tr: missing operand after ‘a’\nTwo strings must be given when translating.\n${TRY_TR}`);
    expect(tr(['-d', 'a', 'b'], '').stderr).toBe(
      `tr: extra operand ‘b’\nOnly one string may be given when deleting without squeezing repeats.\n${TRY_TR}`,
    );
    expect(tr(['z-a', 'x'], '').stderr).toBe("tr: range-endpoints of 'z-a' are in reverse collating sequence order\n");
    expect(tr(['[:foo:]', 'x'], '').stderr).toBe('tr: invalid character class ‘foo’\n');
    expect(tr(['a', ''], '').stderr).toBe('tr: when not truncating set1, string2 must be non-empty\n');
  });
});
