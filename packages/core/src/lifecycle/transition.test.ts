import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { ALL_LIFECYCLE_COMMANDS, commandKey } from './command.js';
import type { LifecycleCommand } from './command.js';
import { computeLifecycleTransition, initialLifecycleStatus } from './machine.js';
import { CONTAINER_STATUSES } from './status.js';
import type { ContainerStatus } from './status.js';
import { lifecycleTransition } from './transition.js';

function outcome(status: ContainerStatus, command: LifecycleCommand) {
  const result = lifecycleTransition(status, command);
  if (isLeft(result)) throw new Error(`expected acceptance, got ${result.left.code}`);
  return result.right;
}
function refusal(status: ContainerStatus, command: LifecycleCommand) {
  const result = lifecycleTransition(status, command);
  if (isRight(result)) throw new Error(`expected refusal, got ${result.right.next}`);
  return result.left.code;
}

describe('lookup table', () => {
  it('equals the xstate machine for every (status, command)', () => {
    for (const status of CONTAINER_STATUSES) {
      for (const command of ALL_LIFECYCLE_COMMANDS) {
        expect(lifecycleTransition(status, command), `${status} / ${commandKey(command)}`).toEqual(
          computeLifecycleTransition(status, command),
        );
      }
    }
  });

  it('covers 7 statuses × 14 commands with distinct command keys', () => {
    expect(CONTAINER_STATUSES).toHaveLength(7);
    expect(new Set(ALL_LIFECYCLE_COMMANDS.map(commandKey)).size).toBe(14);
  });
});

describe('container lifecycle (Docker rules)', () => {
  it('starts in created', () => {
    expect(initialLifecycleStatus()).toBe('created');
  });

  it('start connects networks; start on a running container is a silent success', () => {
    expect(outcome('created', { type: 'start' })).toEqual({
      next: 'running',
      effects: ['connect-networks', 'start-process'],
      noop: false,
    });
    expect(outcome('running', { type: 'start' })).toEqual({ next: 'running', effects: [], noop: true });
    expect(outcome('restarting', { type: 'start' }).noop).toBe(true);
  });

  it('stop on a stopped container succeeds silently; on a running one it releases the network', () => {
    for (const status of ['created', 'exited', 'removing', 'dead'] as const) {
      expect(outcome(status, { type: 'stop' }).noop).toBe(true);
    }
    expect(outcome('running', { type: 'stop' })).toEqual({
      next: 'exited',
      effects: ['stop-process', 'disconnect-networks'],
      noop: false,
    });
  });

  it('kill refuses a container that is not running', () => {
    expect(refusal('exited', { type: 'kill' })).toBe('kill-not-running');
    expect(refusal('created', { type: 'kill' })).toBe('kill-not-running');
    expect(outcome('paused', { type: 'kill' }).next).toBe('exited');
  });

  it('pause / unpause follow daemon/pause.go and unpause.go', () => {
    expect(outcome('running', { type: 'pause' }).next).toBe('paused');
    expect(refusal('paused', { type: 'pause' })).toBe('already-paused');
    expect(refusal('exited', { type: 'pause' })).toBe('not-running');
    expect(refusal('restarting', { type: 'pause' })).toBe('restarting');
    expect(outcome('paused', { type: 'unpause' }).next).toBe('running');
    expect(refusal('running', { type: 'unpause' })).toBe('not-paused');
    expect(refusal('exited', { type: 'unpause' })).toBe('not-paused');
  });

  it('start on a paused container is refused', () => {
    expect(refusal('paused', { type: 'start' })).toBe('start-paused');
  });

  it('rm needs -f for running, paused and restarting containers', () => {
    expect(refusal('running', { type: 'remove', force: false })).toBe('remove-running');
    expect(refusal('paused', { type: 'remove', force: false })).toBe('remove-paused');
    expect(refusal('restarting', { type: 'remove', force: false })).toBe('remove-restarting');
    expect(outcome('running', { type: 'remove', force: true })).toEqual({
      next: 'removing',
      effects: ['kill-process', 'disconnect-networks', 'delete-container'],
      noop: false,
    });
    expect(outcome('exited', { type: 'remove', force: false }).effects).toEqual(['delete-container']);
    expect(refusal('removing', { type: 'remove', force: true })).toBe('removal-in-progress');
    expect(outcome('dead', { type: 'remove', force: false }).next).toBe('removing');
  });

  it('exec needs a running, unpaused, non-restarting container', () => {
    expect(outcome('running', { type: 'exec' })).toEqual({
      next: 'running',
      effects: ['exec-process'],
      noop: false,
    });
    expect(refusal('exited', { type: 'exec' })).toBe('not-running');
    expect(refusal('created', { type: 'exec' })).toBe('not-running');
    expect(refusal('paused', { type: 'exec' })).toBe('exec-paused');
    expect(refusal('restarting', { type: 'exec' })).toBe('restarting');
  });

  it('network connect is live on a running/paused container, recorded on a stopped one', () => {
    expect(outcome('running', { type: 'attach-network' }).effects).toEqual(['connect-endpoint']);
    expect(outcome('paused', { type: 'detach-network' }).effects).toEqual(['disconnect-endpoint']);
    expect(outcome('exited', { type: 'attach-network' }).effects).toEqual(['record-network']);
    expect(outcome('created', { type: 'detach-network' }).effects).toEqual(['forget-network']);
    expect(refusal('removing', { type: 'attach-network' })).toBe('network-marked-for-removal');
    expect(refusal('dead', { type: 'detach-network' })).toBe('network-marked-for-removal');
  });

  it('a process that dies exits, or waits for its restart policy', () => {
    expect(outcome('running', { type: 'die', restart: false }).next).toBe('exited');
    expect(outcome('running', { type: 'die', restart: true })).toEqual({
      next: 'restarting',
      effects: ['disconnect-networks', 'schedule-restart'],
      noop: false,
    });
    expect(outcome('restarting', { type: 'respawn' }).next).toBe('running');
    expect(refusal('exited', { type: 'die', restart: false })).toBe('no-process');
    expect(lifecycleTransition('paused', { type: 'die', restart: false })).toMatchObject({
      left: { userFacing: false },
    });
  });

  it('restart works from every stopped or live status but not once marked for removal', () => {
    for (const status of ['created', 'running', 'paused', 'restarting', 'exited'] as const) {
      expect(outcome(status, { type: 'restart' }).next).toBe('running');
    }
    expect(refusal('removing', { type: 'restart' })).toBe('restart-marked-for-removal');
    expect(refusal('dead', { type: 'start' })).toBe('start-marked-for-removal');
  });

  it('returns the same frozen value for the same question (no allocation per call)', () => {
    const a = lifecycleTransition('running', { type: 'stop' });
    expect(lifecycleTransition('running', { type: 'stop' })).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});
