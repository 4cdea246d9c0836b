/**
 * A container's `State.Status` exactly as Docker names it (`container/state.go StateString`).
 *
 * @example
 * const s: ContainerStatus = 'running';
 */
export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'removing' | 'dead';
/** Every status, in the order Docker's `StateString` tests them (roughly: life order). */
export declare const CONTAINER_STATUSES: readonly ContainerStatus[];
//# sourceMappingURL=status.d.ts.map