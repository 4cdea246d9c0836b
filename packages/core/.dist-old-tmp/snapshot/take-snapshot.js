const attachmentSnapshot = (a) => {
    const { endpoint, ...rest } = a;
    return endpoint === undefined ? rest : { ...rest, endpoint };
};
const containerSnapshot = (c) => {
    const { attachments, sandbox, ...rest } = c;
    return {
        ...rest,
        attachments: [...attachments.values()].map(attachmentSnapshot),
        ...(sandbox === undefined ? {} : { sandbox }),
    };
};
const networkSnapshot = (n) => {
    const { endpoints, pools, ...network } = n;
    return { network, endpoints: [...endpoints.values()], pools: pools.toJSON() };
};
const hostSnapshot = (h) => ({
    name: h.name,
    engineId: h.engineId,
    interfaces: h.interfaces,
    nextIfIndex: h.nextIfIndex,
    poolCursor: h.poolCursor,
    networks: [...h.networks.values()].map(networkSnapshot),
    networkIdsByName: [...h.networkIdsByName],
    containers: [...h.containers.values()].map(containerSnapshot),
    containerIdsByName: [...h.containerIdsByName],
    ports: h.ports.toJSON(),
});
/**
 * The state as snapshot data. Records are shared with the state, not copied: serialise
 * (`JSON.stringify`) before the state moves on.
 *
 * @example
 * JSON.stringify(snapshotOf(state))
 */
export const snapshotOf = (state) => ({
    profile: state.profile,
    seed: state.seed,
    seq: state.seq,
    at: state.at,
    hosts: [...state.hosts.values()].map(hostSnapshot),
});
//# sourceMappingURL=take-snapshot.js.map