import type { Either } from 'fp-ts/lib/Either.js';
import type { LifecycleCommand } from './command.js';
import type { LifecycleOutcome } from './machine.js';
import type { LifecycleRejection } from './rejection.js';
import type { ContainerStatus } from './status.js';
type Result = Either<LifecycleRejection, LifecycleOutcome>;
/**
 * What the container lifecycle says about `command` in `status`: Docker's refusal, or the
 * next status and the effects decide must carry out. Pure and O(1) (a table lookup).
 * Called by `decide`; `evolve` never needs it (the event already records the new status).
 *
 * @example
 * lifecycleTransition('running', { type: 'pause' })
 * // right({ next: 'paused', effects: ['freeze-process'], noop: false })
 * lifecycleTransition('exited', { type: 'pause' })
 * // left(LIFECYCLE_REJECTIONS['not-running'])
 */
export declare function lifecycleTransition(status: ContainerStatus, command: LifecycleCommand): Result;
export {};
//# sourceMappingURL=transition.d.ts.map