/**
 * The heading for an entity of the state JSON at `path`, or undefined for a plain field.
 *
 * @example
 * stateEntityLabel(['hosts', 'docker-host', 'containers', 'web']) // 'container web'
 * stateEntityLabel(['hosts', 'docker-host', 'containers', 'web', 'attachments', 'bridge']) // 'on network bridge'
 */
export const stateEntityLabel = (path) => {
    if (!path.every((s) => typeof s === 'string') || path[0] !== 'hosts')
        return undefined;
    const [, host, family, name, sub, network] = path;
    if (path.length === 2)
        return `host ${host ?? ''}`;
    if (path.length === 4 && family === 'networks')
        return `network ${name ?? ''}`;
    if (path.length === 4 && family === 'containers')
        return `container ${name ?? ''}`;
    if (path.length === 6 && family === 'containers' && sub === 'attachments')
        return `on network ${network ?? ''}`;
    return undefined;
};
//# sourceMappingURL=state-entities.js.map