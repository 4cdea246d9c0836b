/** Test support: a booted engine driven by command lines, as a scenario would drive it. */
import { expect } from 'vitest';
import type { ProfileId } from '@docknet/core';
import type { CliResult } from '../../docker/cli-result.js';
import { runLine } from '../../replay/run-line.js';
import { freshContext } from '../../testing/fuzz-context.js';

export interface Fixture {
  /** Runs a line; fails the test when a set-up line fails. */
  readonly setup: (...lines: readonly string[]) => void;
  readonly run: (line: string) => CliResult;
}

export const fixture = (profile: ProfileId = '28'): Fixture => {
  const ctx = freshContext(profile);
  return {
    setup: (...lines) => {
      for (const line of lines) {
        const r = runLine(ctx, line);
        expect(r.exit, `${line}\n${r.stderr}`).toBe(0);
      }
    },
    run: (line) => runLine(ctx, line),
  };
};
