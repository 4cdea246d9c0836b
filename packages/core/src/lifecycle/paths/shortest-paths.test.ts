import { describe, expect, it } from 'vitest';
import { isRight } from 'fp-ts/lib/Either.js';
import { ALL_LIFECYCLE_COMMANDS, commandKey } from '../command.js';
import { lifecycleTransition } from '../transition.js';
import { lifecycleShortestPaths } from './shortest-paths.js';

/** What a user can type: everything but the process's own exits and the daemon's restarts. */
const USER_COMMANDS = ALL_LIFECYCLE_COMMANDS.filter((c) => c.type !== 'die' && c.type !== 'respawn');

describe('lifecycleShortestPaths', () => {
  it('reaches created, running, paused, exited and removing from user commands, with the shortest sequences', () => {
    const paths = lifecycleShortestPaths(USER_COMMANDS);
    expect(paths.map((p) => [p.target, p.steps.map((s) => commandKey(s.command))])).toEqual([
      ['created', []],
      ['running', ['start']],
      ['paused', ['start', 'pause']],
      ['exited', ['start', 'stop']],
      ['removing', ['remove']],
    ]);
  });

  it('needs the process to die to reach restarting; nothing reaches dead', () => {
    const targets = lifecycleShortestPaths(ALL_LIFECYCLE_COMMANDS).map((p) => p.target);
    expect(targets).toContain('restarting');
    expect(targets).not.toContain('dead');
  });

  it('every step of every path is a move the transition table accepts, ending in the step status', () => {
    for (const path of lifecycleShortestPaths(ALL_LIFECYCLE_COMMANDS)) {
      let status = 'created' as Parameters<typeof lifecycleTransition>[0];
      for (const step of path.steps) {
        const outcome = lifecycleTransition(status, step.command);
        expect(isRight(outcome), `${status} / ${commandKey(step.command)}`).toBe(true);
        if (isRight(outcome)) expect(outcome.right.next).toBe(step.status);
        status = step.status;
      }
      expect(status).toBe(path.target);
    }
  });
});
