/**
 * io-ts codecs for the facts that events carry. They are the single source of truth for
 * the event-log format; the TypeScript types are derived from them.
 */
import * as t from 'io-ts';
/** `IPAM.Config` entry as Docker stores it. `userSubnet`/`userGateway` drive display rules. */
export const IpamConfigEntryC = t.intersection([
    t.type({ subnet: t.string, userSubnet: t.boolean, userGateway: t.boolean }),
    t.partial({ ipRange: t.string, gateway: t.string, auxAddresses: t.record(t.string, t.string) }),
]);
export const NetworkIpamC = t.type({
    driver: t.string,
    options: t.union([t.record(t.string, t.string), t.null]),
    config: t.union([t.array(IpamConfigEntryC), t.null]),
});
/** The Linux bridge device behind a bridge network (docker0, br-<id12>). */
export const BridgeDeviceC = t.type({ name: t.string, mac: t.string, ifIndex: t.number, mtu: t.number });
export const NetworkScopeC = t.union([t.literal('local'), t.literal('swarm')]);
/** Everything decided when a network is created. */
export const NetworkRecordC = t.intersection([
    t.type({
        id: t.string,
        name: t.string,
        driver: t.string,
        scope: NetworkScopeC,
        created: t.string,
        enableIPv4: t.boolean,
        enableIPv6: t.boolean,
        internal: t.boolean,
        attachable: t.boolean,
        ingress: t.boolean,
        ipam: NetworkIpamC,
        options: t.record(t.string, t.string),
        labels: t.record(t.string, t.string),
        predefined: t.boolean,
    }),
    t.partial({ bridge: BridgeDeviceC }),
]);
/** A container's live endpoint on one network: every value decided at join time. */
export const EndpointC = t.intersection([
    t.type({
        id: t.string,
        networkId: t.string,
        containerId: t.string,
        ipv4PrefixLen: t.number,
        ipv6PrefixLen: t.number,
        mac: t.string,
    }),
    t.partial({
        ipv4: t.string,
        gateway: t.string,
        ipv6: t.string,
        ipv6Gateway: t.string,
        ifName: t.string,
        ifIndex: t.number,
        veth: t.type({ name: t.string, ifIndex: t.number }),
    }),
]);
export const PortBindingRequestC = t.type({ hostIp: t.string, hostPort: t.string });
export const ProtoC = t.union([t.literal('tcp'), t.literal('udp'), t.literal('sctp')]);
/** A host port bound for a container while it runs. */
export const PublishedPortC = t.intersection([
    t.type({ containerPort: t.number, proto: ProtoC, hostIp: t.string, hostPort: t.number }),
    /** Chosen by the ephemeral allocator (moves its cursor); `portRange` (`lo-hi`) when not the default range. */
    t.partial({ ephemeral: t.boolean, portRange: t.string }),
]);
/** What the user asked for on one network (`EndpointSettings`, config side). */
export const AttachmentConfigC = t.intersection([
    t.type({ networkId: t.string, networkName: t.string, aliases: t.array(t.string), links: t.array(t.string) }),
    t.partial({ ipv4: t.string, ipv6: t.string, mac: t.string, gwPriority: t.number }),
]);
export const LegacyLinkC = t.type({ containerId: t.string, alias: t.string });
/** Everything decided when a container is created. */
export const ContainerRecordC = t.type({
    id: t.string,
    name: t.string,
    image: t.string,
    cmd: t.array(t.string),
    created: t.string,
    hostname: t.string,
    domainname: t.string,
    networkMode: t.string,
    tty: t.boolean,
    openStdin: t.boolean,
    env: t.array(t.string),
    exposedPorts: t.array(t.string),
    portBindings: t.record(t.string, t.array(PortBindingRequestC)),
    publishAllPorts: t.boolean,
    links: t.array(LegacyLinkC),
    dns: t.array(t.string),
    extraHosts: t.array(t.string),
    autoRemove: t.boolean,
    restartPolicy: t.string,
    /** Attachments requested at create time, in order. */
    attachments: t.array(AttachmentConfigC),
});
export const HostInterfaceC = t.intersection([
    t.type({ name: t.string, mac: t.string, ifIndex: t.number }),
    t.partial({ ipv4: t.string }),
]);
//# sourceMappingURL=records.js.map