import { describe, expect, it } from 'vitest';
import { LIFECYCLE_REJECTIONS } from './rejection.js';

const id = 'f3a1c2b4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2';

describe("Docker's wording", () => {
  it('rm of a running container changed wording across versions', () => {
    const msg = LIFECYCLE_REJECTIONS['remove-running'].message;
    expect(msg(id, 'c1', '20.10')).toBe(
      `You cannot remove a running container ${id}. Stop the container before attempting removal or force remove`,
    );
    expect(msg(id, 'c1', '27')).toBe(
      'cannot remove container "/c1": container is running: stop the container before removing or force remove',
    );
    expect(msg(id, 'c1', '28')).toBe(
      'cannot remove container "c1": container is running: stop the container before removing or force remove',
    );
    // v28.2+ echoes the reference the user typed, e.g. an ID prefix
    expect(msg(id, 'c1', '29', 'f3a1')).toBe(
      'cannot remove container "f3a1": container is running: stop the container before removing or force remove',
    );
  });

  it('rm of a paused or restarting container', () => {
    expect(LIFECYCLE_REJECTIONS['remove-paused'].message(id, 'web', '20.10')).toBe(
      `You cannot remove a paused container ${id}. Unpause and then stop the container before attempting removal or force remove`,
    );
    expect(LIFECYCLE_REJECTIONS['remove-paused'].message(id, 'web', '27')).toBe(
      'cannot remove container "/web": container is paused and must be unpaused first',
    );
    expect(LIFECYCLE_REJECTIONS['remove-restarting'].message(id, 'web', '28')).toBe(
      'cannot remove container "web": container is restarting: stop the container before removing or force remove',
    );
  });

  it('pause, unpause, exec and kill messages', () => {
    expect(LIFECYCLE_REJECTIONS['not-running'].message(id, 'web', '28')).toBe(
      `Container ${id} is not running`,
    );
    expect(LIFECYCLE_REJECTIONS['already-paused'].message(id, 'web', '28')).toBe(
      `Container ${id} is already paused`,
    );
    expect(LIFECYCLE_REJECTIONS['not-paused'].message(id, 'web', '28')).toBe(
      `Container ${id} is not paused`,
    );
    expect(LIFECYCLE_REJECTIONS['exec-paused'].message(id, 'web', '28')).toBe(
      `Container ${id} is paused, unpause the container before exec`,
    );
    expect(LIFECYCLE_REJECTIONS['kill-not-running'].message(id, 'web', '20.10')).toBe(
      `Cannot kill container: web: Container ${id} is not running`,
    );
    expect(LIFECYCLE_REJECTIONS['kill-not-running'].message(id, 'web', '28', 'f3a1')).toBe(
      `cannot kill container: f3a1: Container ${id} is not running`,
    );
  });

  it('start of a paused container and network changes on a container being removed', () => {
    expect(LIFECYCLE_REJECTIONS['start-paused'].message(id, 'web', '28')).toBe(
      'cannot start a paused container, try unpause instead',
    );
    expect(LIFECYCLE_REJECTIONS['network-marked-for-removal'].message(id, 'web', '28')).toBe(
      `Container ${id} is marked for removal and cannot be connected or disconnected to the network`,
    );
  });

  it('every code maps to itself and only no-process is internal', () => {
    for (const [code, rejection] of Object.entries(LIFECYCLE_REJECTIONS)) {
      expect(rejection.code).toBe(code);
      expect(rejection.userFacing).toBe(code !== 'no-process');
    }
  });
});
