import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { getopt, type OptionTable } from './getopt.js';

const TABLE: OptionTable = {
  short: 'ivn:c::',
  long: [
    { name: 'ignore-case', argument: 'none', key: 'i' },
    { name: 'invert-match', argument: 'none', key: 'v' },
    { name: 'lines', argument: 'required', key: 'n' },
    { name: 'color', argument: 'optional', key: 'color' },
    { name: 'colour', argument: 'optional', key: 'color' },
    { name: 'count', argument: 'none', key: 'count' },
  ],
};

describe('getopt', () => {
  it('bundles short options and takes attached or separate arguments', () => {
    expect(getopt(['-iv', '-n5', '-n', '7', 'x'], TABLE)).toEqual(
      E.right({
        options: [
          { key: 'i', value: undefined },
          { key: 'v', value: undefined },
          { key: 'n', value: '5' },
          { key: 'n', value: '7' },
        ],
        operands: ['x'],
      }),
    );
  });
  it('permutes operands and options, stops at --, keeps - as an operand', () => {
    expect(getopt(['a', '-i', '-', '--', '-v'], TABLE)).toEqual(
      E.right({ options: [{ key: 'i', value: undefined }], operands: ['a', '-', '-v'] }),
    );
  });
  it('takes an argument that starts with a dash', () => {
    expect(getopt(['-n', '-3'], TABLE)).toEqual(E.right({ options: [{ key: 'n', value: '-3' }], operands: [] }));
  });
  it('reads long options, with = or a separate argument, and unique prefixes', () => {
    expect(getopt(['--lines=3', '--lines', '4', '--ig', '--colo'], TABLE)).toEqual(
      E.right({
        options: [
          { key: 'n', value: '3' },
          { key: 'n', value: '4' },
          { key: 'i', value: undefined },
          { key: 'color', value: undefined },
        ],
        operands: [],
      }),
    );
  });
  it("words errors as glibc's getopt", () => {
    expect(getopt(['-z'], TABLE)).toEqual(E.left("invalid option -- 'z'"));
    expect(getopt(['-n'], TABLE)).toEqual(E.left("option requires an argument -- 'n'"));
    expect(getopt(['--foo'], TABLE)).toEqual(E.left("unrecognized option '--foo'"));
    expect(getopt(['--foo=1'], TABLE)).toEqual(E.left("unrecognized option '--foo'"));
    expect(getopt(['--lines'], TABLE)).toEqual(E.left("option '--lines' requires an argument"));
    expect(getopt(['--count=1'], TABLE)).toEqual(E.left("option '--count' doesn't allow an argument"));
    expect(getopt(['--co'], TABLE)).toEqual(E.left("option '--co' is ambiguous; possibilities: '--color' '--colour' '--count'"));
  });
});
