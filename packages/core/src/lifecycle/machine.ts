// The one module in docknet that imports xstate. Everything else reads the lifecycle through
// `transition.ts`, which evaluates this machine once per (status, command) at module load.
import { initialTransition, setup, transition } from 'xstate';
import type { Either } from 'fp-ts/lib/Either.js';
import { left, right } from 'fp-ts/lib/Either.js';
import type { LifecycleCommand } from './command.js';
import { commandKey } from './command.js';
import type { LifecycleEffect } from './effect.js';
import type { LifecycleRejection, LifecycleRejectionCode } from './rejection.js';
import { LIFECYCLE_REJECTIONS } from './rejection.js';
import type { ContainerStatus } from './status.js';
import { CONTAINER_STATUSES } from './status.js';

/** An accepted lifecycle command: the status after it and what decide must do. */
export interface LifecycleOutcome {
  readonly next: ContainerStatus;
  readonly effects: readonly LifecycleEffect[];
  /** Docker accepts the command and does nothing (e.g. `docker stop` on a stopped container). */
  readonly noop: boolean;
}

type Act =
  | { readonly type: 'acknowledge' }
  | { readonly type: 'effect'; readonly params: { readonly effect: LifecycleEffect } }
  | { readonly type: 'reject'; readonly params: { readonly code: LifecycleRejectionCode } };

const does = (...effects: LifecycleEffect[]): Act[] =>
  effects.map((effect) => ({ type: 'effect', params: { effect } }));

/** A targetless transition that refuses the command with Docker's error. */
const refuse = (code: LifecycleRejectionCode) => ({
  actions: [{ type: 'reject', params: { code } }] as Act[],
});

/**
 * A targetless transition with no effect: Docker answers success and changes nothing. It
 * carries an `acknowledge` marker because xstate's `can()` reports a transition that changes
 * nothing at all as "not handled", and an unhandled pair must stay detectable.
 */
const noop = { actions: [{ type: 'acknowledge' }] as Act[] };

const go = (target: ContainerStatus, ...effects: LifecycleEffect[]) => ({
  target,
  actions: does(...effects),
});

/** Process-driven events only make sense while a process exists. */
const noProcess = { die: refuse('no-process'), respawn: refuse('no-process') };

/** Networking changes on a container without a sandbox only touch its configuration. */
const offlineNetworking = {
  'attach-network': { actions: does('record-network') },
  'detach-network': { actions: does('forget-network') },
};
/** …and on a container with a live sandbox, they create/delete an endpoint now. */
const liveNetworking = {
  'attach-network': { actions: does('connect-endpoint') },
  'detach-network': { actions: does('disconnect-endpoint') },
};

/** Created (never started) and exited containers answer every command alike: no process, no sandbox. */
const stoppedTransitions = {
  start: go('running', 'connect-networks', 'start-process'),
  stop: noop, // ContainerStop on a non-running container: 304 Not Modified
  kill: refuse('kill-not-running'),
  restart: go('running', 'connect-networks', 'start-process'),
  pause: refuse('not-running'),
  unpause: refuse('not-paused'),
  remove: go('removing', 'delete-container'),
  exec: refuse('not-running'),
  ...offlineNetworking,
  ...noProcess,
};

/** A container being removed, or dead after a failed removal (`RemovalInProgress || Dead`). */
const markedForRemoval = (removeAgain: 'removal-in-progress' | 'allowed') => ({
  start: refuse('start-marked-for-removal'),
  stop: noop,
  kill: refuse('kill-not-running'),
  restart: refuse('restart-marked-for-removal'),
  pause: refuse('not-running'),
  unpause: refuse('not-paused'),
  remove:
    removeAgain === 'allowed'
      ? go('removing', 'delete-container')
      : refuse('removal-in-progress'),
  exec: refuse('not-running'),
  'attach-network': refuse('network-marked-for-removal'),
  'detach-network': refuse('network-marked-for-removal'),
  ...noProcess,
});

/**
 * The container lifecycle as Docker's daemon enforces it, one state per `State.Status`.
 *
 * Every (state, command) pair is handled explicitly — as a move, a silent success or a refusal
 * — so "unhandled" never silently means "accepted". Effects and refusals are named actions that
 * are never executed: the machine is only ever evaluated with xstate's pure `transition`.
 * Sources: moby `daemon/{start,stop,kill,restart,pause,unpause,delete,exec}.go`.
 */
export const lifecycleMachine = setup({
  types: {
    events: {} as LifecycleCommand,
  },
  actions: {
    // Named, parameterised, never run: transition() returns them as data.
    acknowledge: () => undefined,
    effect: (_args, _params: { readonly effect: LifecycleEffect }) => undefined,
    reject: (_args, _params: { readonly code: LifecycleRejectionCode }) => undefined,
  },
  guards: {
    forced: ({ event }) => event.type === 'remove' && event.force,
    willRestart: ({ event }) => event.type === 'die' && event.restart,
  },
}).createMachine({
  id: 'container-lifecycle',
  initial: 'created',
  states: {
    created: { on: stoppedTransitions },
    running: {
      on: {
        start: noop, // 304 Not Modified: `docker start` prints the name and succeeds
        stop: go('exited', 'stop-process', 'disconnect-networks'),
        kill: go('exited', 'kill-process', 'disconnect-networks'),
        // restart = stop + start: the endpoints are recreated, so addresses may change.
        restart: go(
          'running',
          'stop-process',
          'disconnect-networks',
          'connect-networks',
          'start-process',
        ),
        pause: go('paused', 'freeze-process'),
        unpause: refuse('not-paused'),
        remove: [
          {
            guard: 'forced',
            ...go('removing', 'kill-process', 'disconnect-networks', 'delete-container'),
          },
          refuse('remove-running'),
        ],
        exec: { actions: does('exec-process') },
        ...liveNetworking,
        die: [
          { guard: 'willRestart', ...go('restarting', 'disconnect-networks', 'schedule-restart') },
          go('exited', 'disconnect-networks'),
        ],
        respawn: refuse('no-process'),
      },
    },
    paused: {
      on: {
        start: refuse('start-paused'),
        // stop and kill deliver the signal and thaw the cgroup so the process can act on it.
        stop: go('exited', 'stop-process', 'thaw-process', 'disconnect-networks'),
        kill: go('exited', 'kill-process', 'thaw-process', 'disconnect-networks'),
        restart: go(
          'running',
          'stop-process',
          'thaw-process',
          'disconnect-networks',
          'connect-networks',
          'start-process',
        ),
        pause: refuse('already-paused'),
        unpause: go('running', 'thaw-process'),
        remove: [
          {
            guard: 'forced',
            ...go('removing', 'kill-process', 'thaw-process', 'disconnect-networks', 'delete-container'),
          },
          refuse('remove-paused'),
        ],
        exec: refuse('exec-paused'),
        ...liveNetworking, // a paused container is still `Running`: its sandbox exists
        ...noProcess, // a frozen process cannot exit by itself
      },
    },
    restarting: {
      on: {
        start: noop, // `Running` is true while restarting: 304 Not Modified
        stop: go('exited', 'cancel-restart'),
        kill: go('exited', 'cancel-restart'),
        restart: go('running', 'cancel-restart', 'connect-networks', 'start-process'),
        pause: refuse('restarting'),
        unpause: refuse('not-paused'),
        remove: [
          { guard: 'forced', ...go('removing', 'cancel-restart', 'delete-container') },
          refuse('remove-restarting'),
        ],
        exec: refuse('restarting'),
        // The sandbox is gone until the restart; record the change for the next start.
        ...offlineNetworking,
        die: refuse('no-process'),
        respawn: go('running', 'connect-networks', 'start-process'),
      },
    },
    exited: { on: stoppedTransitions },
    removing: { on: markedForRemoval('removal-in-progress') },
    // A dead container (a removal that failed half-way) can only be removed again.
    dead: { on: markedForRemoval('allowed') },
  },
});

/** The status a new container has: the machine's initial state (`created`). */
export function initialLifecycleStatus(): ContainerStatus {
  const [snapshot] = initialTransition(lifecycleMachine);
  return asStatus(snapshot.value);
}

function asStatus(value: unknown): ContainerStatus {
  const found = CONTAINER_STATUSES.find((status) => status === value);
  if (found === undefined) {
    throw new Error(`lifecycle machine reached a non-status state: ${String(value)}`);
  }
  return found;
}

/**
 * Evaluates the machine (slowly, ~16 µs) for one status and command. Only `transition.ts`
 * (to build its table) and the tests that check that table call this.
 *
 * Throws if the machine leaves a (status, command) pair unhandled: that is a bug in the
 * machine definition, caught at module load, never a user error.
 */
export function computeLifecycleTransition(
  status: ContainerStatus,
  command: LifecycleCommand,
): Either<LifecycleRejection, LifecycleOutcome> {
  const snapshot = lifecycleMachine.resolveState({ value: status, context: {} });
  if (!snapshot.can(command)) {
    throw new Error(`lifecycle machine does not handle "${commandKey(command)}" in "${status}"`);
  }
  const [next, actions] = transition(lifecycleMachine, snapshot, command);
  const effects: LifecycleEffect[] = [];
  for (const action of actions) {
    const params: unknown = action.params;
    if (action.type === 'reject' && hasField(params, 'code')) {
      return left(LIFECYCLE_REJECTIONS[params.code as LifecycleRejectionCode]);
    }
    if (action.type === 'effect' && hasField(params, 'effect')) {
      effects.push(params.effect as LifecycleEffect);
    }
  }
  const nextStatus = asStatus(next.value);
  return right({ next: nextStatus, effects, noop: nextStatus === status && effects.length === 0 });
}

function hasField<K extends string>(value: unknown, key: K): value is Record<K, unknown> {
  return typeof value === 'object' && value !== null && key in value;
}
