/** Recursively sorts object keys; arrays keep their order (their order means something). */
export const sortKeys = (value) => {
    if (value === null || value === undefined)
        return null;
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value instanceof Map)
        return sortKeys(Object.fromEntries(value));
    if (typeof value === 'object') {
        const obj = value;
        if (typeof obj.toJSON === 'function') {
            return sortKeys(obj.toJSON());
        }
        const out = {};
        for (const k of Object.keys(obj).sort()) {
            const v = obj[k];
            if (v !== undefined)
                out[k] = sortKeys(v);
        }
        return out;
    }
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
        return value;
    return String(value);
};
const hostJson = (host) => {
    const networkName = (id) => host.networks.get(id)?.name ?? id;
    const networks = {};
    for (const n of host.networks.values()) {
        const { endpoints, pools, ...record } = n;
        const members = {};
        for (const ep of endpoints.values()) {
            const c = host.containers.get(ep.containerId);
            members[c?.name ?? ep.containerId] = ep.ipv4 ?? ep.ipv6 ?? '';
        }
        networks[n.name] = { ...record, endpoints: members, allocations: pools.toJSON() };
    }
    const containers = {};
    for (const c of host.containers.values()) {
        const attachments = {};
        for (const [id, a] of c.attachments)
            attachments[networkName(id)] = a;
        containers[c.name] = { ...c, attachments };
    }
    return {
        name: host.name,
        engineId: host.engineId,
        interfaces: host.interfaces,
        networks,
        containers,
        ports: host.ports.toJSON(),
        nextIfIndex: host.nextIfIndex,
        poolCursor: host.poolCursor,
    };
};
/** The state as canonical JSON data (sorted keys). */
export const stateToJson = (state) => sortKeys({
    profile: state.profile,
    seed: state.seed,
    seq: state.seq,
    at: state.at,
    hosts: Object.fromEntries([...state.hosts.values()].map((h) => [h.name, hostJson(h)])),
});
/** The canonical state JSON text, 2-space indented, with a final newline. */
export const stateToJsonText = (state) => `${JSON.stringify(stateToJson(state), null, 2)}\n`;
//# sourceMappingURL=canonical-json.js.map