/**
 * The relative times of `docker ps`: STATUS is computed by the daemon from the state's full
 * timestamps (`State.String`); CREATED by the CLI from `Created` in whole seconds
 * (`time.Unix(c.Created, 0)`). `now` is the logical clock's current instant.
 */
import { createdAgo, exitedAgo, restartingAgo, upFor, type ContainerState, type Instant } from '@docknet/core';
import { instantOf, isZeroTime, truncateToSeconds } from '../time/docker-time.js';
import { STATUS_TEXT } from './ps-strings.js';

// A timestamp that cannot be read counts as "now", so an age prints as "Less than a second".
const at = (stored: string, now: Instant): Instant => instantOf(stored) ?? now;

/**
 * The STATUS column: `Up 8 minutes`, `Up 2 seconds (Paused)`, `Exited (0) 5 seconds ago`,
 * `Created`, `Restarting (1) 3 seconds ago`.
 *
 * @example
 * statusText(web, now) // 'Up About a minute'
 */
export function statusText(container: ContainerState, now: Instant): string {
  switch (container.status) {
    case 'running':
      return upFor(at(container.startedAt, now), now, { paused: false });
    case 'paused':
      return upFor(at(container.startedAt, now), now, { paused: true });
    case 'restarting':
      return restartingAgo(container.exitCode, at(container.finishedAt, now), now);
    case 'removing':
      return STATUS_TEXT.removing;
    case 'dead':
      return STATUS_TEXT.dead;
    case 'created':
      return STATUS_TEXT.created;
    case 'exited':
      if (isZeroTime(container.startedAt)) return STATUS_TEXT.created;
      if (isZeroTime(container.finishedAt)) return '';
      return exitedAgo(container.exitCode, at(container.finishedAt, now), now);
  }
}

/** The CREATED column (`RunningFor`): `About a minute ago`. */
export function runningFor(container: ContainerState, now: Instant): string {
  return createdAgo(truncateToSeconds(at(container.created, now)), now);
}
