/**
 * The event catalogue. Events record decisions (allocated IPs, MACs, IDs, veth names,
 * host ports), never requests, so folding a log never re-runs allocation.
 * The io-ts codecs here define the JSONL log format (SPEC §4).
 */
import * as t from 'io-ts';
/** A Docker host came up: its hostname, physical interfaces and engine id. */
export declare const HostBootedC: t.TypeC<{
    type: t.LiteralC<"HostBooted">;
    data: t.TypeC<{
        engineId: t.StringC;
        interfaces: t.ArrayC<t.IntersectionC<[t.TypeC<{
            name: t.StringC;
            mac: t.StringC;
            ifIndex: t.NumberC;
        }>, t.PartialC<{
            ipv4: t.StringC;
        }>]>>;
        nextIfIndex: t.NumberC;
    }>;
}>;
export declare const NetworkCreatedC: t.TypeC<{
    type: t.LiteralC<"NetworkCreated">;
    data: t.IntersectionC<[t.TypeC<{
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
    }>, t.PartialC<{
        poolCursor: t.NumberC;
    }>]>;
}>;
export declare const NetworkRemovedC: t.TypeC<{
    type: t.LiteralC<"NetworkRemoved">;
    data: t.TypeC<{
        networkId: t.StringC;
    }>;
}>;
export declare const ContainerCreatedC: t.TypeC<{
    type: t.LiteralC<"ContainerCreated">;
    data: t.TypeC<{
        container: t.TypeC<{
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
        dnsNames: t.RecordC<t.StringC, t.ArrayC<t.StringC>>;
    }>;
}>;
export declare const ContainerStartedC: t.TypeC<{
    type: t.LiteralC<"ContainerStarted">;
    data: t.TypeC<{
        containerId: t.StringC;
        pid: t.NumberC;
        sandbox: t.TypeC<{
            id: t.StringC;
            key: t.StringC;
        }>;
    }>;
}>;
/** A container joined a network: the endpoint with every decided value. */
export declare const EndpointJoinedC: t.TypeC<{
    type: t.LiteralC<"EndpointJoined">;
    data: t.TypeC<{
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
    }>;
}>;
/** A container left a network: its address goes back to the pool. */
export declare const EndpointLeftC: t.TypeC<{
    type: t.LiteralC<"EndpointLeft">;
    data: t.TypeC<{
        containerId: t.StringC;
        networkId: t.StringC;
        endpointId: t.StringC;
    }>;
}>;
export declare const PortsPublishedC: t.TypeC<{
    type: t.LiteralC<"PortsPublished">;
    data: t.TypeC<{
        containerId: t.StringC;
        ports: t.ArrayC<t.IntersectionC<[t.TypeC<{
            containerPort: t.NumberC;
            proto: t.UnionC<[t.LiteralC<"tcp">, t.LiteralC<"udp">, t.LiteralC<"sctp">]>;
            hostIp: t.StringC;
            hostPort: t.NumberC;
        }>, t.PartialC<{
            ephemeral: t.BooleanC;
            portRange: t.StringC;
        }>]>>;
    }>;
}>;
export declare const PortsReleasedC: t.TypeC<{
    type: t.LiteralC<"PortsReleased">;
    data: t.TypeC<{
        containerId: t.StringC;
    }>;
}>;
export declare const ContainerStoppedC: t.TypeC<{
    type: t.LiteralC<"ContainerStopped">;
    data: t.TypeC<{
        containerId: t.StringC;
        exitCode: t.NumberC;
    }>;
}>;
export declare const ContainerPausedC: t.TypeC<{
    type: t.LiteralC<"ContainerPaused">;
    data: t.TypeC<{
        containerId: t.StringC;
    }>;
}>;
export declare const ContainerUnpausedC: t.TypeC<{
    type: t.LiteralC<"ContainerUnpaused">;
    data: t.TypeC<{
        containerId: t.StringC;
    }>;
}>;
export declare const ContainerRemovedC: t.TypeC<{
    type: t.LiteralC<"ContainerRemoved">;
    data: t.TypeC<{
        containerId: t.StringC;
    }>;
}>;
export declare const ContainerRenamedC: t.TypeC<{
    type: t.LiteralC<"ContainerRenamed">;
    data: t.TypeC<{
        containerId: t.StringC;
        name: t.StringC;
    }>;
}>;
/** A network was added to a container's configuration (`docker network connect`, `--network` at create). */
export declare const NetworkConnectedC: t.TypeC<{
    type: t.LiteralC<"NetworkConnected">;
    data: t.TypeC<{
        containerId: t.StringC;
        attachment: t.IntersectionC<[t.TypeC<{
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
        dnsNames: t.ArrayC<t.StringC>;
    }>;
}>;
export declare const NetworkDisconnectedC: t.TypeC<{
    type: t.LiteralC<"NetworkDisconnected">;
    data: t.TypeC<{
        containerId: t.StringC;
        networkId: t.StringC;
    }>;
}>;
export declare const EventBodyC: t.UnionC<[t.TypeC<{
    type: t.LiteralC<"HostBooted">;
    data: t.TypeC<{
        engineId: t.StringC;
        interfaces: t.ArrayC<t.IntersectionC<[t.TypeC<{
            name: t.StringC;
            mac: t.StringC;
            ifIndex: t.NumberC;
        }>, t.PartialC<{
            ipv4: t.StringC;
        }>]>>;
        nextIfIndex: t.NumberC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"NetworkCreated">;
    data: t.IntersectionC<[t.TypeC<{
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
    }>, t.PartialC<{
        poolCursor: t.NumberC;
    }>]>;
}>, t.TypeC<{
    type: t.LiteralC<"NetworkRemoved">;
    data: t.TypeC<{
        networkId: t.StringC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"ContainerCreated">;
    data: t.TypeC<{
        container: t.TypeC<{
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
        dnsNames: t.RecordC<t.StringC, t.ArrayC<t.StringC>>;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"ContainerStarted">;
    data: t.TypeC<{
        containerId: t.StringC;
        pid: t.NumberC;
        sandbox: t.TypeC<{
            id: t.StringC;
            key: t.StringC;
        }>;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"EndpointJoined">;
    data: t.TypeC<{
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
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"EndpointLeft">;
    data: t.TypeC<{
        containerId: t.StringC;
        networkId: t.StringC;
        endpointId: t.StringC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"PortsPublished">;
    data: t.TypeC<{
        containerId: t.StringC;
        ports: t.ArrayC<t.IntersectionC<[t.TypeC<{
            containerPort: t.NumberC;
            proto: t.UnionC<[t.LiteralC<"tcp">, t.LiteralC<"udp">, t.LiteralC<"sctp">]>;
            hostIp: t.StringC;
            hostPort: t.NumberC;
        }>, t.PartialC<{
            ephemeral: t.BooleanC;
            portRange: t.StringC;
        }>]>>;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"PortsReleased">;
    data: t.TypeC<{
        containerId: t.StringC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"ContainerStopped">;
    data: t.TypeC<{
        containerId: t.StringC;
        exitCode: t.NumberC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"ContainerPaused">;
    data: t.TypeC<{
        containerId: t.StringC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"ContainerUnpaused">;
    data: t.TypeC<{
        containerId: t.StringC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"ContainerRemoved">;
    data: t.TypeC<{
        containerId: t.StringC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"ContainerRenamed">;
    data: t.TypeC<{
        containerId: t.StringC;
        name: t.StringC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"NetworkConnected">;
    data: t.TypeC<{
        containerId: t.StringC;
        attachment: t.IntersectionC<[t.TypeC<{
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
        dnsNames: t.ArrayC<t.StringC>;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"NetworkDisconnected">;
    data: t.TypeC<{
        containerId: t.StringC;
        networkId: t.StringC;
    }>;
}>]>;
/** What `decide` produces: an event without its place in the log. */
export type EventBody = t.TypeOf<typeof EventBodyC>;
export type EventType = EventBody['type'];
export type EventOf<T extends EventType> = Extract<EventBody, {
    type: T;
}>;
/** An event as stored in the log: its body with `seq`, logical time and host. */
export declare const EventEnvelopeC: t.IntersectionC<[t.TypeC<{
    seq: t.NumberC;
    at: t.StringC;
    host: t.StringC;
}>, t.UnionC<[t.TypeC<{
    type: t.LiteralC<"HostBooted">;
    data: t.TypeC<{
        engineId: t.StringC;
        interfaces: t.ArrayC<t.IntersectionC<[t.TypeC<{
            name: t.StringC;
            mac: t.StringC;
            ifIndex: t.NumberC;
        }>, t.PartialC<{
            ipv4: t.StringC;
        }>]>>;
        nextIfIndex: t.NumberC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"NetworkCreated">;
    data: t.IntersectionC<[t.TypeC<{
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
    }>, t.PartialC<{
        poolCursor: t.NumberC;
    }>]>;
}>, t.TypeC<{
    type: t.LiteralC<"NetworkRemoved">;
    data: t.TypeC<{
        networkId: t.StringC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"ContainerCreated">;
    data: t.TypeC<{
        container: t.TypeC<{
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
        dnsNames: t.RecordC<t.StringC, t.ArrayC<t.StringC>>;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"ContainerStarted">;
    data: t.TypeC<{
        containerId: t.StringC;
        pid: t.NumberC;
        sandbox: t.TypeC<{
            id: t.StringC;
            key: t.StringC;
        }>;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"EndpointJoined">;
    data: t.TypeC<{
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
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"EndpointLeft">;
    data: t.TypeC<{
        containerId: t.StringC;
        networkId: t.StringC;
        endpointId: t.StringC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"PortsPublished">;
    data: t.TypeC<{
        containerId: t.StringC;
        ports: t.ArrayC<t.IntersectionC<[t.TypeC<{
            containerPort: t.NumberC;
            proto: t.UnionC<[t.LiteralC<"tcp">, t.LiteralC<"udp">, t.LiteralC<"sctp">]>;
            hostIp: t.StringC;
            hostPort: t.NumberC;
        }>, t.PartialC<{
            ephemeral: t.BooleanC;
            portRange: t.StringC;
        }>]>>;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"PortsReleased">;
    data: t.TypeC<{
        containerId: t.StringC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"ContainerStopped">;
    data: t.TypeC<{
        containerId: t.StringC;
        exitCode: t.NumberC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"ContainerPaused">;
    data: t.TypeC<{
        containerId: t.StringC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"ContainerUnpaused">;
    data: t.TypeC<{
        containerId: t.StringC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"ContainerRemoved">;
    data: t.TypeC<{
        containerId: t.StringC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"ContainerRenamed">;
    data: t.TypeC<{
        containerId: t.StringC;
        name: t.StringC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"NetworkConnected">;
    data: t.TypeC<{
        containerId: t.StringC;
        attachment: t.IntersectionC<[t.TypeC<{
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
        dnsNames: t.ArrayC<t.StringC>;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"NetworkDisconnected">;
    data: t.TypeC<{
        containerId: t.StringC;
        networkId: t.StringC;
    }>;
}>]>]>;
export type EventEnvelope = t.TypeOf<typeof EventEnvelopeC>;
/** A decided event addressed to a host, before the log gives it a seq and time. */
export type HostEvent = EventBody & {
    readonly host: string;
};
export declare const EVENT_TYPES: readonly EventType[];
//# sourceMappingURL=events.d.ts.map