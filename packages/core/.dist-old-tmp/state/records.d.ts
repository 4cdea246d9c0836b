/**
 * io-ts codecs for the facts that events carry. They are the single source of truth for
 * the event-log format; the TypeScript types are derived from them.
 */
import * as t from 'io-ts';
/** `IPAM.Config` entry as Docker stores it. `userSubnet`/`userGateway` drive display rules. */
export declare const IpamConfigEntryC: t.IntersectionC<[t.TypeC<{
    subnet: t.StringC;
    userSubnet: t.BooleanC;
    userGateway: t.BooleanC;
}>, t.PartialC<{
    ipRange: t.StringC;
    gateway: t.StringC;
    auxAddresses: t.RecordC<t.StringC, t.StringC>;
}>]>;
export type IpamConfigEntry = t.TypeOf<typeof IpamConfigEntryC>;
export declare const NetworkIpamC: t.TypeC<{
    driver: t.StringC;
    options: t.UnionC<[t.RecordC<t.StringC, t.StringC>, t.NullC]>;
    config: t.UnionC<[t.ArrayC<t.IntersectionC<[t.TypeC<{
        subnet: t.StringC;
        userSubnet: t.BooleanC;
        userGateway: t.BooleanC;
    }>, t.PartialC<{
        ipRange: t.StringC;
        gateway: t.StringC;
        auxAddresses: t.RecordC<t.StringC, t.StringC>;
    }>]>>, t.NullC]>;
}>;
export type NetworkIpam = t.TypeOf<typeof NetworkIpamC>;
/** The Linux bridge device behind a bridge network (docker0, br-<id12>). */
export declare const BridgeDeviceC: t.TypeC<{
    name: t.StringC;
    mac: t.StringC;
    ifIndex: t.NumberC;
    mtu: t.NumberC;
}>;
export type BridgeDevice = t.TypeOf<typeof BridgeDeviceC>;
export declare const NetworkScopeC: t.UnionC<[t.LiteralC<"local">, t.LiteralC<"swarm">]>;
export type NetworkScope = t.TypeOf<typeof NetworkScopeC>;
/** Everything decided when a network is created. */
export declare const NetworkRecordC: t.IntersectionC<[t.TypeC<{
    id: t.StringC;
    name: t.StringC;
    driver: t.StringC;
    scope: t.UnionC<[t.LiteralC<"local">, t.LiteralC<"swarm">]>;
    created: t.StringC;
    enableIPv4: t.BooleanC;
    enableIPv6: t.BooleanC;
    internal: t.BooleanC;
    attachable: t.BooleanC;
    ingress: t.BooleanC;
    ipam: t.TypeC<{
        driver: t.StringC;
        options: t.UnionC<[t.RecordC<t.StringC, t.StringC>, t.NullC]>;
        config: t.UnionC<[t.ArrayC<t.IntersectionC<[t.TypeC<{
            subnet: t.StringC;
            userSubnet: t.BooleanC;
            userGateway: t.BooleanC;
        }>, t.PartialC<{
            ipRange: t.StringC;
            gateway: t.StringC;
            auxAddresses: t.RecordC<t.StringC, t.StringC>;
        }>]>>, t.NullC]>;
    }>;
    options: t.RecordC<t.StringC, t.StringC>;
    labels: t.RecordC<t.StringC, t.StringC>;
    predefined: t.BooleanC;
}>, t.PartialC<{
    bridge: t.TypeC<{
        name: t.StringC;
        mac: t.StringC;
        ifIndex: t.NumberC;
        mtu: t.NumberC;
    }>;
}>]>;
export type NetworkRecord = t.TypeOf<typeof NetworkRecordC>;
/** A container's live endpoint on one network: every value decided at join time. */
export declare const EndpointC: t.IntersectionC<[t.TypeC<{
    id: t.StringC;
    networkId: t.StringC;
    containerId: t.StringC;
    ipv4PrefixLen: t.NumberC;
    ipv6PrefixLen: t.NumberC;
    mac: t.StringC;
}>, t.PartialC<{
    ipv4: t.StringC;
    gateway: t.StringC;
    ipv6: t.StringC;
    ipv6Gateway: t.StringC;
    ifName: t.StringC;
    ifIndex: t.NumberC;
    veth: t.TypeC<{
        name: t.StringC;
        ifIndex: t.NumberC;
    }>;
}>]>;
export type Endpoint = t.TypeOf<typeof EndpointC>;
export declare const PortBindingRequestC: t.TypeC<{
    hostIp: t.StringC;
    hostPort: t.StringC;
}>;
export type PortBindingRequest = t.TypeOf<typeof PortBindingRequestC>;
export declare const ProtoC: t.UnionC<[t.LiteralC<"tcp">, t.LiteralC<"udp">, t.LiteralC<"sctp">]>;
export type Proto = t.TypeOf<typeof ProtoC>;
/** A host port bound for a container while it runs. */
export declare const PublishedPortC: t.IntersectionC<[t.TypeC<{
    containerPort: t.NumberC;
    proto: t.UnionC<[t.LiteralC<"tcp">, t.LiteralC<"udp">, t.LiteralC<"sctp">]>;
    hostIp: t.StringC;
    hostPort: t.NumberC;
}>, t.PartialC<{
    ephemeral: t.BooleanC;
    portRange: t.StringC;
}>]>;
export type PublishedPort = t.TypeOf<typeof PublishedPortC>;
/** What the user asked for on one network (`EndpointSettings`, config side). */
export declare const AttachmentConfigC: t.IntersectionC<[t.TypeC<{
    networkId: t.StringC;
    networkName: t.StringC;
    aliases: t.ArrayC<t.StringC>;
    links: t.ArrayC<t.StringC>;
}>, t.PartialC<{
    ipv4: t.StringC;
    ipv6: t.StringC;
    mac: t.StringC;
    gwPriority: t.NumberC;
}>]>;
export type AttachmentConfig = t.TypeOf<typeof AttachmentConfigC>;
export declare const LegacyLinkC: t.TypeC<{
    containerId: t.StringC;
    alias: t.StringC;
}>;
export type LegacyLink = t.TypeOf<typeof LegacyLinkC>;
/** Everything decided when a container is created. */
export declare const ContainerRecordC: t.TypeC<{
    id: t.StringC;
    name: t.StringC;
    image: t.StringC;
    cmd: t.ArrayC<t.StringC>;
    created: t.StringC;
    hostname: t.StringC;
    domainname: t.StringC;
    networkMode: t.StringC;
    tty: t.BooleanC;
    openStdin: t.BooleanC;
    env: t.ArrayC<t.StringC>;
    exposedPorts: t.ArrayC<t.StringC>;
    portBindings: t.RecordC<t.StringC, t.ArrayC<t.TypeC<{
        hostIp: t.StringC;
        hostPort: t.StringC;
    }>>>;
    publishAllPorts: t.BooleanC;
    links: t.ArrayC<t.TypeC<{
        containerId: t.StringC;
        alias: t.StringC;
    }>>;
    dns: t.ArrayC<t.StringC>;
    extraHosts: t.ArrayC<t.StringC>;
    autoRemove: t.BooleanC;
    restartPolicy: t.StringC;
    /** Attachments requested at create time, in order. */
    attachments: t.ArrayC<t.IntersectionC<[t.TypeC<{
        networkId: t.StringC;
        networkName: t.StringC;
        aliases: t.ArrayC<t.StringC>;
        links: t.ArrayC<t.StringC>;
    }>, t.PartialC<{
        ipv4: t.StringC;
        ipv6: t.StringC;
        mac: t.StringC;
        gwPriority: t.NumberC;
    }>]>>;
}>;
export type ContainerRecord = t.TypeOf<typeof ContainerRecordC>;
export declare const HostInterfaceC: t.IntersectionC<[t.TypeC<{
    name: t.StringC;
    mac: t.StringC;
    ifIndex: t.NumberC;
}>, t.PartialC<{
    ipv4: t.StringC;
}>]>;
export type HostInterface = t.TypeOf<typeof HostInterfaceC>;
//# sourceMappingURL=records.d.ts.map