/**
 * Something that happens to a container and may change its lifecycle status: what the user
 * asked (`docker start`, `docker rm -f`, `docker network connect`…) or what the container's
 * process did on its own (`die`, and the daemon's restart policy bringing it back: `respawn`).
 *
 * The `type` field doubles as the xstate event type; payloads are booleans only, so the set of
 * distinct commands is finite and a lookup table can cover all of them.
 *
 * @example
 * const rmForce: LifecycleCommand = { type: 'remove', force: true };
 */
export type LifecycleCommand = {
    readonly type: 'start';
} | {
    readonly type: 'stop';
} | {
    readonly type: 'kill';
} | {
    readonly type: 'restart';
} | {
    readonly type: 'pause';
} | {
    readonly type: 'unpause';
} | {
    readonly type: 'remove';
    readonly force: boolean;
} | {
    readonly type: 'exec';
} | {
    readonly type: 'attach-network';
} | {
    readonly type: 'detach-network';
}
/** The main process exited by itself; `restart` says whether the restart policy will restart it. */
 | {
    readonly type: 'die';
    readonly restart: boolean;
}
/** The restart policy's delay elapsed and the daemon starts the container again. */
 | {
    readonly type: 'respawn';
};
/** The command names (the discriminant of {@link LifecycleCommand}). */
export type LifecycleCommandType = LifecycleCommand['type'];
/** Every distinct command, payload variants included (14 in all). */
export declare const ALL_LIFECYCLE_COMMANDS: readonly LifecycleCommand[];
/**
 * A stable string naming a command with its payload, e.g. `remove --force`, `die+restart`.
 * Used as the lookup-table key and in test names.
 *
 * @example
 * commandKey({ type: 'remove', force: true }) // 'remove --force'
 */
export declare function commandKey(command: LifecycleCommand): string;
//# sourceMappingURL=command.d.ts.map