import type { Either } from 'fp-ts/lib/Either.js';
import type { LifecycleCommand } from './command.js';
import type { LifecycleEffect } from './effect.js';
import type { LifecycleRejection, LifecycleRejectionCode } from './rejection.js';
import type { ContainerStatus } from './status.js';
/** An accepted lifecycle command: the status after it and what decide must do. */
export interface LifecycleOutcome {
    readonly next: ContainerStatus;
    readonly effects: readonly LifecycleEffect[];
    /** Docker accepts the command and does nothing (e.g. `docker stop` on a stopped container). */
    readonly noop: boolean;
}
/**
 * The container lifecycle as Docker's daemon enforces it, one state per `State.Status`.
 *
 * Every (state, command) pair is handled explicitly — as a move, a silent success or a refusal
 * — so "unhandled" never silently means "accepted". Effects and refusals are named actions that
 * are never executed: the machine is only ever evaluated with xstate's pure `transition`.
 * Sources: moby `daemon/{start,stop,kill,restart,pause,unpause,delete,exec}.go`.
 */
export declare const lifecycleMachine: import("xstate").StateMachine<import("xstate").MachineContext, LifecycleCommand, {}, never, {
    type: "acknowledge";
    params: unknown;
} | {
    type: "effect";
    params: {
        readonly effect: LifecycleEffect;
    };
} | {
    type: "reject";
    params: {
        readonly code: LifecycleRejectionCode;
    };
}, {
    type: "forced";
    params: unknown;
} | {
    type: "willRestart";
    params: unknown;
}, never, "created" | "dead" | "exited" | "paused" | "removing" | "restarting" | "running", string, import("xstate").NonReducibleUnknown, import("xstate").NonReducibleUnknown, import("xstate").EventObject, import("xstate").MetaObject, {
    id: "container-lifecycle";
    states: {
        readonly created: {};
        readonly running: {};
        readonly paused: {};
        readonly restarting: {};
        readonly exited: {};
        readonly removing: {};
        readonly dead: {};
    };
}, import("xstate").MetaObject>;
/** The status a new container has: the machine's initial state (`created`). */
export declare function initialLifecycleStatus(): ContainerStatus;
/**
 * Evaluates the machine (slowly, ~16 µs) for one status and command. Only `transition.ts`
 * (to build its table) and the tests that check that table call this.
 *
 * Throws if the machine leaves a (status, command) pair unhandled: that is a bug in the
 * machine definition, caught at module load, never a user error.
 */
export declare function computeLifecycleTransition(status: ContainerStatus, command: LifecycleCommand): Either<LifecycleRejection, LifecycleOutcome>;
//# sourceMappingURL=machine.d.ts.map