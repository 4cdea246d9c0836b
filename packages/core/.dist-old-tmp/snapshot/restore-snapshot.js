import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import { newContainer } from '../engine/new-container.js';
import { profileFor } from '../profile/profile.js';
const restoreContainer = (c) => {
    const attachments = new Map();
    for (const a of c.attachments) {
        const { endpoint, ...config } = a;
        // Built as evolve builds it (config, then dnsNames, then the endpoint on join): same shape.
        const attachment = { ...config, dnsNames: a.dnsNames };
        if (endpoint !== undefined)
            attachment.endpoint = endpoint;
        attachments.set(a.networkId, attachment);
    }
    const container = newContainer(c, attachments);
    container.status = c.status;
    container.pid = c.pid;
    container.exitCode = c.exitCode;
    container.startedAt = c.startedAt;
    container.finishedAt = c.finishedAt;
    container.restartCount = c.restartCount;
    container.sandbox = c.sandbox;
    container.ifaceCounter = c.ifaceCounter;
    container.published = c.published;
    return container;
};
const restoreHost = (h, registry, profile) => {
    const ports = registry.restorePortTable(h.ports);
    if (isLeft(ports))
        return left(`host ${h.name}: ports: ${ports.left}`);
    const networks = new Map();
    for (const n of h.networks) {
        const pools = registry.restorePools(n.network, n.pools, profile);
        if (isLeft(pools))
            return left(`host ${h.name}: network ${n.network.name}: ${pools.left}`);
        const endpoints = new Map();
        for (const ep of n.endpoints)
            endpoints.set(ep.id, ep);
        networks.set(n.network.id, { ...n.network, endpoints, pools: pools.right });
    }
    const containers = new Map();
    for (const c of h.containers)
        containers.set(c.id, restoreContainer(c));
    return right({
        name: h.name,
        engineId: h.engineId,
        interfaces: h.interfaces,
        networks,
        networkIdsByName: new Map(h.networkIdsByName),
        containers,
        containerIdsByName: new Map(h.containerIdsByName),
        ports: ports.right,
        nextIfIndex: h.nextIfIndex,
        poolCursor: h.poolCursor,
    });
};
/**
 * Rebuilds the state a snapshot was taken of; Left (naming the host and network) when
 * the registry refuses a pool or port table snapshot.
 *
 * @example
 * restoreState(snapshotOf(state), daemonRegistry) // right(a state equal to `state`)
 */
export const restoreState = (snapshot, registry) => {
    const profile = profileFor(snapshot.profile);
    const hosts = new Map();
    for (const h of snapshot.hosts) {
        const host = restoreHost(h, registry, profile);
        if (isLeft(host))
            return host;
        hosts.set(h.name, host.right);
    }
    return right({ profile: snapshot.profile, seed: snapshot.seed, seq: snapshot.seq, at: snapshot.at, hosts });
};
//# sourceMappingURL=restore-snapshot.js.map