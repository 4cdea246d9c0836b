/** Every distinct command, payload variants included (14 in all). */
export const ALL_LIFECYCLE_COMMANDS = [
    { type: 'start' },
    { type: 'stop' },
    { type: 'kill' },
    { type: 'restart' },
    { type: 'pause' },
    { type: 'unpause' },
    { type: 'remove', force: false },
    { type: 'remove', force: true },
    { type: 'exec' },
    { type: 'attach-network' },
    { type: 'detach-network' },
    { type: 'die', restart: false },
    { type: 'die', restart: true },
    { type: 'respawn' },
];
/**
 * A stable string naming a command with its payload, e.g. `remove --force`, `die+restart`.
 * Used as the lookup-table key and in test names.
 *
 * @example
 * commandKey({ type: 'remove', force: true }) // 'remove --force'
 */
export function commandKey(command) {
    switch (command.type) {
        case 'remove':
            return command.force ? 'remove --force' : 'remove';
        case 'die':
            return command.restart ? 'die+restart' : 'die';
        default:
            return command.type;
    }
}
//# sourceMappingURL=command.js.map