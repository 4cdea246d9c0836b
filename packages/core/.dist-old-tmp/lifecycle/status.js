/** Every status, in the order Docker's `StateString` tests them (roughly: life order). */
export const CONTAINER_STATUSES = [
    'created',
    'running',
    'paused',
    'restarting',
    'exited',
    'removing',
    'dead',
];
//# sourceMappingURL=status.js.map