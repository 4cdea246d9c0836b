import { profileFor } from '../profile/profile.js';
import { newContainer } from './new-container.js';
/** `eth3` → 3: the number after the name's leading non-digits (a regex replace per join showed up in profiles). */
const interfaceNumber = (ifName) => {
    let i = 0;
    while (i < ifName.length) {
        const code = ifName.charCodeAt(i);
        if (code >= 48 && code <= 57)
            break;
        i++;
    }
    return Number(ifName.slice(i));
};
const containerOn = (host, id) => host?.containers.get(id);
const releaseEndpoint = (host, container, networkId) => {
    const attachment = container.attachments.get(networkId);
    const endpoint = attachment?.endpoint;
    if (attachment === undefined || endpoint === undefined)
        return;
    const network = host.networks.get(networkId);
    if (network !== undefined) {
        network.endpoints.delete(endpoint.id);
        if (endpoint.ipv4 !== undefined)
            network.pools.release(endpoint.ipv4);
        if (endpoint.ipv6 !== undefined)
            network.pools.release(endpoint.ipv6);
    }
    attachment.endpoint = undefined;
};
const appliers = (registry) => ({
    HostBooted: (state, _host, data, _at, hostName) => {
        state.hosts.set(hostName, {
            name: hostName,
            engineId: data.engineId,
            interfaces: data.interfaces,
            networks: new Map(),
            networkIdsByName: new Map(),
            containers: new Map(),
            containerIdsByName: new Map(),
            ports: registry.openPortTable(),
            nextIfIndex: data.nextIfIndex,
            poolCursor: 0,
        });
    },
    NetworkCreated: (state, host, data) => {
        if (host === undefined)
            return;
        const record = data.network;
        const network = {
            ...record,
            endpoints: new Map(),
            pools: registry.openPools(record, profileFor(state.profile)),
        };
        host.networks.set(record.id, network);
        host.networkIdsByName.set(record.name, record.id);
        if (record.bridge !== undefined)
            host.nextIfIndex = Math.max(host.nextIfIndex, record.bridge.ifIndex + 1);
        if (data.poolCursor !== undefined)
            host.poolCursor = data.poolCursor;
    },
    NetworkRemoved: (_state, host, data) => {
        const network = host?.networks.get(data.networkId);
        if (host === undefined || network === undefined)
            return;
        host.networks.delete(network.id);
        if (host.networkIdsByName.get(network.name) === network.id)
            host.networkIdsByName.delete(network.name);
    },
    ContainerCreated: (_state, host, data) => {
        if (host === undefined)
            return;
        const record = data.container;
        const byNetwork = new Map();
        for (const a of record.attachments)
            byNetwork.set(a.networkId, { ...a, dnsNames: data.dnsNames[a.networkId] ?? [] });
        host.containers.set(record.id, newContainer(record, byNetwork));
        host.containerIdsByName.set(record.name, record.id);
    },
    ContainerStarted: (_state, host, data, at) => {
        const c = containerOn(host, data.containerId);
        if (c === undefined)
            return;
        c.status = 'running';
        c.pid = data.pid;
        c.exitCode = 0;
        c.startedAt = at;
        c.sandbox = data.sandbox;
        c.ifaceCounter = 0;
    },
    EndpointJoined: (_state, host, data) => {
        const ep = data.endpoint;
        const c = containerOn(host, ep.containerId);
        const network = host?.networks.get(ep.networkId);
        const attachment = c?.attachments.get(ep.networkId);
        if (host === undefined || network === undefined || attachment === undefined)
            return;
        attachment.endpoint = ep;
        network.endpoints.set(ep.id, ep);
        if (c !== undefined && ep.ifName !== undefined) {
            c.ifaceCounter = Math.max(c.ifaceCounter, interfaceNumber(ep.ifName) + 1);
        }
        if (ep.ipv4 !== undefined)
            network.pools.allocate(ep.ipv4, attachment.ipv4 === undefined ? 'dynamic' : 'static');
        if (ep.ipv6 !== undefined)
            network.pools.allocate(ep.ipv6, attachment.ipv6 === undefined ? 'dynamic' : 'static');
        if (ep.veth !== undefined)
            host.nextIfIndex = Math.max(host.nextIfIndex, ep.veth.ifIndex + 1);
    },
    EndpointLeft: (_state, host, data) => {
        const c = containerOn(host, data.containerId);
        if (host === undefined || c === undefined)
            return;
        releaseEndpoint(host, c, data.networkId);
    },
    PortsPublished: (_state, host, data) => {
        const c = containerOn(host, data.containerId);
        if (host === undefined || c === undefined)
            return;
        for (const p of data.ports)
            host.ports.bind(p.proto, p.hostIp, p.hostPort, p.ephemeral === true, p.portRange);
        c.published = [...c.published, ...data.ports];
    },
    PortsReleased: (_state, host, data) => {
        const c = containerOn(host, data.containerId);
        if (host === undefined || c === undefined)
            return;
        for (const p of c.published)
            host.ports.release(p.proto, p.hostIp, p.hostPort);
        c.published = [];
    },
    ContainerStopped: (_state, host, data, at) => {
        const c = containerOn(host, data.containerId);
        if (host === undefined || c === undefined)
            return;
        // Stop implies leaving every network; logs written by docknet already carry
        // EndpointLeft events, this keeps evolve total for hand-written logs.
        for (const networkId of c.attachments.keys())
            releaseEndpoint(host, c, networkId);
        c.status = 'exited';
        c.exitCode = data.exitCode;
        c.finishedAt = at;
        c.pid = 0;
        c.sandbox = undefined;
    },
    ContainerPaused: (_state, host, data) => {
        const c = containerOn(host, data.containerId);
        if (c !== undefined)
            c.status = 'paused';
    },
    ContainerUnpaused: (_state, host, data) => {
        const c = containerOn(host, data.containerId);
        if (c !== undefined)
            c.status = 'running';
    },
    ContainerRemoved: (_state, host, data) => {
        const c = containerOn(host, data.containerId);
        if (host === undefined || c === undefined)
            return;
        for (const networkId of c.attachments.keys())
            releaseEndpoint(host, c, networkId);
        for (const p of c.published)
            host.ports.release(p.proto, p.hostIp, p.hostPort);
        host.containers.delete(c.id);
        if (host.containerIdsByName.get(c.name) === c.id)
            host.containerIdsByName.delete(c.name);
    },
    ContainerRenamed: (_state, host, data) => {
        const c = containerOn(host, data.containerId);
        if (host === undefined || c === undefined)
            return;
        host.containerIdsByName.delete(c.name);
        // In place: a spread copy would be a slow dictionary-mode object (see new-container.ts).
        c.name = data.name;
        host.containerIdsByName.set(data.name, c.id);
    },
    NetworkConnected: (_state, host, data) => {
        const c = containerOn(host, data.containerId);
        if (c === undefined)
            return;
        c.attachments.set(data.attachment.networkId, { ...data.attachment, dnsNames: data.dnsNames });
    },
    NetworkDisconnected: (_state, host, data) => {
        const c = containerOn(host, data.containerId);
        if (host === undefined || c === undefined)
            return;
        releaseEndpoint(host, c, data.networkId);
        c.attachments.delete(data.networkId);
    },
});
/** Builds `evolve` for a registry. */
export const makeEvolve = (registry) => {
    const table = appliers(registry);
    return (state, event) => {
        const host = state.hosts.get(event.host);
        // The union is sound: each applier receives exactly its event's data.
        table[event.type](state, host, event.data, event.at, event.host);
        state.seq = event.seq;
        state.at = event.at;
        return state;
    };
};
//# sourceMappingURL=evolve.js.map