/**
 * The state snapshot format: the whole engine state as plain JSON, lossless (maps as
 * arrays in insertion order, the live pools and port table as their `toJSON()`), plus
 * where in its event log it was taken. Derived from the record codecs of
 * `state/records.ts`, which stay the single source of truth for every record inside.
 */
import * as t from 'io-ts';
import { type ProfileId } from '../profile/profile.js';
import { type ContainerStatus } from '../lifecycle/status.js';
/** The kind every snapshot file declares. */
export declare const SNAPSHOT_KIND = "docknet-snapshot";
/** The newest snapshot format this docknet reads and writes. */
export declare const SNAPSHOT_VERSION = 1;
/** One network a container is configured on, with its live endpoint if it has one. */
export declare const AttachmentSnapshotC: t.IntersectionC<[t.IntersectionC<[t.TypeC<{
    networkId: t.StringC;
    networkName: t.StringC;
    aliases: t.ArrayC<t.StringC>;
    links: t.ArrayC<t.StringC>;
}>, t.PartialC<{
    ipv4: t.StringC;
    ipv6: t.StringC;
    mac: t.StringC;
    gwPriority: t.NumberC;
}>]>, t.TypeC<{
    dnsNames: t.ReadonlyArrayC<t.StringC>;
}>, t.PartialC<{
    endpoint: t.IntersectionC<[t.TypeC<{
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
}>]>;
/** A container: its created record (`attachments` as they are now), lifecycle fields, ports. */
export declare const ContainerSnapshotC: t.IntersectionC<[t.TypeC<{
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
    status: t.Type<ContainerStatus, ContainerStatus, unknown>;
    pid: t.NumberC;
    exitCode: t.NumberC;
    startedAt: t.StringC;
    finishedAt: t.StringC;
    restartCount: t.NumberC;
    ifaceCounter: t.NumberC;
    attachments: t.ReadonlyArrayC<t.IntersectionC<[t.IntersectionC<[t.TypeC<{
        networkId: t.StringC;
        networkName: t.StringC;
        aliases: t.ArrayC<t.StringC>;
        links: t.ArrayC<t.StringC>;
    }>, t.PartialC<{
        ipv4: t.StringC;
        ipv6: t.StringC;
        mac: t.StringC;
        gwPriority: t.NumberC;
    }>]>, t.TypeC<{
        dnsNames: t.ReadonlyArrayC<t.StringC>;
    }>, t.PartialC<{
        endpoint: t.IntersectionC<[t.TypeC<{
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
    }>]>>;
    published: t.ReadonlyArrayC<t.IntersectionC<[t.TypeC<{
        containerPort: t.NumberC;
        proto: t.UnionC<[t.LiteralC<"tcp">, t.LiteralC<"udp">, t.LiteralC<"sctp">]>;
        hostIp: t.StringC;
        hostPort: t.NumberC;
    }>, t.PartialC<{
        ephemeral: t.BooleanC;
        portRange: t.StringC;
    }>]>>;
}>, t.PartialC<{
    sandbox: t.TypeC<{
        id: t.StringC;
        key: t.StringC;
    }>;
}>]>;
export type ContainerSnapshot = t.TypeOf<typeof ContainerSnapshotC>;
/** A network: its record, live endpoints in join order, and its pools' own JSON. */
export declare const NetworkSnapshotC: t.TypeC<{
    network: t.IntersectionC<[t.TypeC<{
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
    endpoints: t.ReadonlyArrayC<t.IntersectionC<[t.TypeC<{
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
    }>]>>;
    pools: t.UnknownC;
}>;
export type NetworkSnapshot = t.TypeOf<typeof NetworkSnapshotC>;
export declare const HostSnapshotC: t.TypeC<{
    name: t.StringC;
    engineId: t.StringC;
    interfaces: t.ReadonlyArrayC<t.IntersectionC<[t.TypeC<{
        name: t.StringC;
        mac: t.StringC;
        ifIndex: t.NumberC;
    }>, t.PartialC<{
        ipv4: t.StringC;
    }>]>>;
    nextIfIndex: t.NumberC;
    poolCursor: t.NumberC;
    networks: t.ReadonlyArrayC<t.TypeC<{
        network: t.IntersectionC<[t.TypeC<{
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
        endpoints: t.ReadonlyArrayC<t.IntersectionC<[t.TypeC<{
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
        }>]>>;
        pools: t.UnknownC;
    }>>;
    networkIdsByName: t.ReadonlyArrayC<t.TupleC<[t.StringC, t.StringC]>>;
    containers: t.ReadonlyArrayC<t.IntersectionC<[t.TypeC<{
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
        status: t.Type<ContainerStatus, ContainerStatus, unknown>;
        pid: t.NumberC;
        exitCode: t.NumberC;
        startedAt: t.StringC;
        finishedAt: t.StringC;
        restartCount: t.NumberC;
        ifaceCounter: t.NumberC;
        attachments: t.ReadonlyArrayC<t.IntersectionC<[t.IntersectionC<[t.TypeC<{
            networkId: t.StringC;
            networkName: t.StringC;
            aliases: t.ArrayC<t.StringC>;
            links: t.ArrayC<t.StringC>;
        }>, t.PartialC<{
            ipv4: t.StringC;
            ipv6: t.StringC;
            mac: t.StringC;
            gwPriority: t.NumberC;
        }>]>, t.TypeC<{
            dnsNames: t.ReadonlyArrayC<t.StringC>;
        }>, t.PartialC<{
            endpoint: t.IntersectionC<[t.TypeC<{
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
        }>]>>;
        published: t.ReadonlyArrayC<t.IntersectionC<[t.TypeC<{
            containerPort: t.NumberC;
            proto: t.UnionC<[t.LiteralC<"tcp">, t.LiteralC<"udp">, t.LiteralC<"sctp">]>;
            hostIp: t.StringC;
            hostPort: t.NumberC;
        }>, t.PartialC<{
            ephemeral: t.BooleanC;
            portRange: t.StringC;
        }>]>>;
    }>, t.PartialC<{
        sandbox: t.TypeC<{
            id: t.StringC;
            key: t.StringC;
        }>;
    }>]>>;
    containerIdsByName: t.ReadonlyArrayC<t.TupleC<[t.StringC, t.StringC]>>;
    /** The port table's own JSON. */
    ports: t.UnknownC;
}>;
export type HostSnapshot = t.TypeOf<typeof HostSnapshotC>;
/** The engine state, losslessly. */
export declare const StateSnapshotC: t.TypeC<{
    profile: t.Type<ProfileId, ProfileId, unknown>;
    seed: t.NumberC;
    seq: t.Type<number, number, unknown>;
    at: t.StringC;
    hosts: t.ReadonlyArrayC<t.TypeC<{
        name: t.StringC;
        engineId: t.StringC;
        interfaces: t.ReadonlyArrayC<t.IntersectionC<[t.TypeC<{
            name: t.StringC;
            mac: t.StringC;
            ifIndex: t.NumberC;
        }>, t.PartialC<{
            ipv4: t.StringC;
        }>]>>;
        nextIfIndex: t.NumberC;
        poolCursor: t.NumberC;
        networks: t.ReadonlyArrayC<t.TypeC<{
            network: t.IntersectionC<[t.TypeC<{
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
            endpoints: t.ReadonlyArrayC<t.IntersectionC<[t.TypeC<{
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
            }>]>>;
            pools: t.UnknownC;
        }>>;
        networkIdsByName: t.ReadonlyArrayC<t.TupleC<[t.StringC, t.StringC]>>;
        containers: t.ReadonlyArrayC<t.IntersectionC<[t.TypeC<{
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
            status: t.Type<ContainerStatus, ContainerStatus, unknown>;
            pid: t.NumberC;
            exitCode: t.NumberC;
            startedAt: t.StringC;
            finishedAt: t.StringC;
            restartCount: t.NumberC;
            ifaceCounter: t.NumberC;
            attachments: t.ReadonlyArrayC<t.IntersectionC<[t.IntersectionC<[t.TypeC<{
                networkId: t.StringC;
                networkName: t.StringC;
                aliases: t.ArrayC<t.StringC>;
                links: t.ArrayC<t.StringC>;
            }>, t.PartialC<{
                ipv4: t.StringC;
                ipv6: t.StringC;
                mac: t.StringC;
                gwPriority: t.NumberC;
            }>]>, t.TypeC<{
                dnsNames: t.ReadonlyArrayC<t.StringC>;
            }>, t.PartialC<{
                endpoint: t.IntersectionC<[t.TypeC<{
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
            }>]>>;
            published: t.ReadonlyArrayC<t.IntersectionC<[t.TypeC<{
                containerPort: t.NumberC;
                proto: t.UnionC<[t.LiteralC<"tcp">, t.LiteralC<"udp">, t.LiteralC<"sctp">]>;
                hostIp: t.StringC;
                hostPort: t.NumberC;
            }>, t.PartialC<{
                ephemeral: t.BooleanC;
                portRange: t.StringC;
            }>]>>;
        }>, t.PartialC<{
            sandbox: t.TypeC<{
                id: t.StringC;
                key: t.StringC;
            }>;
        }>]>>;
        containerIdsByName: t.ReadonlyArrayC<t.TupleC<[t.StringC, t.StringC]>>;
        /** The port table's own JSON. */
        ports: t.UnknownC;
    }>>;
}>;
export type StateSnapshot = t.TypeOf<typeof StateSnapshotC>;
/**
 * Which prefix of which log a snapshot stands for: the log's header, the last event
 * folded, and the prefix's length and sha256 (header line through that event's newline),
 * so a snapshot of another or a rewritten log is never used.
 */
export declare const LogPrefixC: t.TypeC<{
    header: t.IntersectionC<[t.TypeC<{
        kind: t.LiteralC<"docknet-events">;
        version: t.Type<number, number, unknown>;
        engine: t.Type<ProfileId, ProfileId, unknown>;
        seed: t.Type<number, number, unknown>;
    }>, t.PartialC<{
        clock: t.StringC;
        scenario: t.StringC;
    }>]>;
    seq: t.Type<number, number, unknown>;
    /** Lines in the prefix (the header is line 1). */
    lines: t.Type<number, number, unknown>;
    /** Bytes in the prefix. */
    bytes: t.Type<number, number, unknown>;
    sha256: t.StringC;
}>;
export type LogPrefix = t.TypeOf<typeof LogPrefixC>;
/** A snapshot file: `F.jsonl.snap/<seq>.json`. */
export declare const SnapshotFileC: t.TypeC<{
    kind: t.LiteralC<"docknet-snapshot">;
    version: t.LiteralC<1>;
    log: t.TypeC<{
        header: t.IntersectionC<[t.TypeC<{
            kind: t.LiteralC<"docknet-events">;
            version: t.Type<number, number, unknown>;
            engine: t.Type<ProfileId, ProfileId, unknown>;
            seed: t.Type<number, number, unknown>;
        }>, t.PartialC<{
            clock: t.StringC;
            scenario: t.StringC;
        }>]>;
        seq: t.Type<number, number, unknown>;
        /** Lines in the prefix (the header is line 1). */
        lines: t.Type<number, number, unknown>;
        /** Bytes in the prefix. */
        bytes: t.Type<number, number, unknown>;
        sha256: t.StringC;
    }>;
    state: t.TypeC<{
        profile: t.Type<ProfileId, ProfileId, unknown>;
        seed: t.NumberC;
        seq: t.Type<number, number, unknown>;
        at: t.StringC;
        hosts: t.ReadonlyArrayC<t.TypeC<{
            name: t.StringC;
            engineId: t.StringC;
            interfaces: t.ReadonlyArrayC<t.IntersectionC<[t.TypeC<{
                name: t.StringC;
                mac: t.StringC;
                ifIndex: t.NumberC;
            }>, t.PartialC<{
                ipv4: t.StringC;
            }>]>>;
            nextIfIndex: t.NumberC;
            poolCursor: t.NumberC;
            networks: t.ReadonlyArrayC<t.TypeC<{
                network: t.IntersectionC<[t.TypeC<{
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
                endpoints: t.ReadonlyArrayC<t.IntersectionC<[t.TypeC<{
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
                }>]>>;
                pools: t.UnknownC;
            }>>;
            networkIdsByName: t.ReadonlyArrayC<t.TupleC<[t.StringC, t.StringC]>>;
            containers: t.ReadonlyArrayC<t.IntersectionC<[t.TypeC<{
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
                status: t.Type<ContainerStatus, ContainerStatus, unknown>;
                pid: t.NumberC;
                exitCode: t.NumberC;
                startedAt: t.StringC;
                finishedAt: t.StringC;
                restartCount: t.NumberC;
                ifaceCounter: t.NumberC;
                attachments: t.ReadonlyArrayC<t.IntersectionC<[t.IntersectionC<[t.TypeC<{
                    networkId: t.StringC;
                    networkName: t.StringC;
                    aliases: t.ArrayC<t.StringC>;
                    links: t.ArrayC<t.StringC>;
                }>, t.PartialC<{
                    ipv4: t.StringC;
                    ipv6: t.StringC;
                    mac: t.StringC;
                    gwPriority: t.NumberC;
                }>]>, t.TypeC<{
                    dnsNames: t.ReadonlyArrayC<t.StringC>;
                }>, t.PartialC<{
                    endpoint: t.IntersectionC<[t.TypeC<{
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
                }>]>>;
                published: t.ReadonlyArrayC<t.IntersectionC<[t.TypeC<{
                    containerPort: t.NumberC;
                    proto: t.UnionC<[t.LiteralC<"tcp">, t.LiteralC<"udp">, t.LiteralC<"sctp">]>;
                    hostIp: t.StringC;
                    hostPort: t.NumberC;
                }>, t.PartialC<{
                    ephemeral: t.BooleanC;
                    portRange: t.StringC;
                }>]>>;
            }>, t.PartialC<{
                sandbox: t.TypeC<{
                    id: t.StringC;
                    key: t.StringC;
                }>;
            }>]>>;
            containerIdsByName: t.ReadonlyArrayC<t.TupleC<[t.StringC, t.StringC]>>;
            /** The port table's own JSON. */
            ports: t.UnknownC;
        }>>;
    }>;
}>;
export type SnapshotFile = t.TypeOf<typeof SnapshotFileC>;
//# sourceMappingURL=snapshot-codec.d.ts.map