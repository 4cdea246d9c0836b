import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { checkExpectations } from './check-expectations.js';
import { parseJsonPath } from './json-path.js';
import type { JsonExpectation } from './scenario.js';

const json = (path: string, expected: unknown): JsonExpectation => {
  const segments = parseJsonPath(path);
  if (E.isLeft(segments)) throw new Error(segments.left.message);
  return { path, segments: segments.right, expected };
};
const out = (stdout: string, exit = 0, stderr = '') => ({ stdout, stderr, exit });

describe('checkExpectations', () => {
  it('always checks the exit status', () => {
    expect(checkExpectations({ exit: 0 }, out(''))).toEqual([{ key: 'exit', ok: true, message: 'exit status 0' }]);
    expect(checkExpectations({ exit: 0 }, out('', 125))).toEqual([{ key: 'exit', ok: false, message: 'exit status 125, expected 0' }]);
  });

  it('compares stdout after trimming trailing blanks and final newlines', () => {
    const [, result] = checkExpectations({ exit: 0, stdout: 'NAME   DRIVER\nbridge bridge\n' }, out('NAME   DRIVER   \nbridge bridge  \n\n'));
    expect(result).toEqual({ key: 'stdout', ok: true, message: 'stdout as expected' });
  });

  it('shows the first differing line of stdout with context', () => {
    const [, result] = checkExpectations({ exit: 0, stdout: 'a\nb\nc\n' }, out('a\nB\nc\n'));
    expect(result?.ok).toBe(false);
    expect(result?.message).toBe(
      [
        'stdout differs at line 2 (expected 3 lines, got 3):',
        '  expected:',
        '      1 | a',
        '    > 2 | b',
        '      3 | c',
        '  actual:',
        '      1 | a',
        '    > 2 | B',
        '      3 | c',
      ].join('\n'),
    );
  });

  it('marks the end of a shorter output', () => {
    const [, result] = checkExpectations({ exit: 0, stdout: 'a\nb' }, out('a\n'));
    expect(result?.message).toContain('expected 2 lines, got 1');
    expect(result?.message).toContain('> 2 | (end of output)');
  });

  it('checks each contains string and the regex', () => {
    const results = checkExpectations(
      { exit: 0, stdoutContains: ['web', 'db'], stdoutMatches: { source: '^web$', flags: 'm' }, stderrContains: ['warn'] },
      out('x\nweb\n', 0, 'warning'),
    );
    expect(results.slice(1)).toEqual([
      { key: 'stdout_contains', ok: true, message: 'stdout contains "web"' },
      { key: 'stdout_contains', ok: false, message: 'stdout does not contain "db"' },
      { key: 'stdout_matches', ok: true, message: 'stdout matches /^web$/m' },
      { key: 'stderr_contains', ok: true, message: 'stderr contains "warn"' },
    ]);
  });

  it('checks stderr exactly', () => {
    const results = checkExpectations({ exit: 1, stderr: 'Error: x' }, out('', 1, 'Error: y\n'));
    expect(results[1]).toMatchObject({ key: 'stderr', ok: false });
  });

  it('checks json paths with deep equality and no type confusion', () => {
    const stdout = JSON.stringify([{ IPAM: { Config: [{ Subnet: '172.18.0.0/16' }] }, IPPrefixLen: 16, Labels: {} }]);
    const results = checkExpectations(
      {
        exit: 0,
        json: [
          json('[0].IPAM.Config[0].Subnet', '172.18.0.0/16'),
          json('[0].IPPrefixLen', 16),
          json('[0].IPPrefixLen', '16'),
          json('[0].Labels', {}),
          json('[0].Missing', 1),
        ],
      },
      out(stdout),
    );
    expect(results.slice(1)).toEqual([
      { key: 'json [0].IPAM.Config[0].Subnet', ok: true, message: '[0].IPAM.Config[0].Subnet = "172.18.0.0/16"' },
      { key: 'json [0].IPPrefixLen', ok: true, message: '[0].IPPrefixLen = 16' },
      { key: 'json [0].IPPrefixLen', ok: false, message: '[0].IPPrefixLen: expected "16", got 16' },
      { key: 'json [0].Labels', ok: true, message: '[0].Labels = {}' },
      { key: 'json [0].Missing', ok: false, message: "[0].Missing selects nothing in stdout's JSON" },
    ]);
  });

  it('fails every json path when stdout is not JSON', () => {
    const results = checkExpectations({ exit: 0, json: [json('a', 1)] }, out('not json'));
    expect(results[1]).toMatchObject({ key: 'json a', ok: false });
    expect(results[1]?.message).toMatch(/^stdout is not JSON \(/);
  });
});
