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
export type IpamConfigEntry = t.TypeOf<typeof IpamConfigEntryC>;

export const NetworkIpamC = t.type({
  driver: t.string,
  options: t.union([t.record(t.string, t.string), t.null]),
  config: t.union([t.array(IpamConfigEntryC), t.null]),
});
export type NetworkIpam = t.TypeOf<typeof NetworkIpamC>;

/** The Linux bridge device behind a bridge network (docker0, br-<id12>). */
export const BridgeDeviceC = t.type({ name: t.string, mac: t.string, ifIndex: t.number, mtu: t.number });
export type BridgeDevice = t.TypeOf<typeof BridgeDeviceC>;

export const NetworkScopeC = t.union([t.literal('local'), t.literal('swarm')]);
export type NetworkScope = t.TypeOf<typeof NetworkScopeC>;

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
export type NetworkRecord = t.TypeOf<typeof NetworkRecordC>;

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
    /**
     * The name `docker network inspect` shows for an endpoint the daemon made for itself
     * rather than for a container's settings: `ingress-endpoint` (the node's ingress
     * sandbox), `gateway_<id12>` on docker_gwbridge, `<net>-endpoint` (load balancer).
     */
    label: t.string,
  }),
]);
export type Endpoint = t.TypeOf<typeof EndpointC>;

export const PortBindingRequestC = t.type({ hostIp: t.string, hostPort: t.string });
export type PortBindingRequest = t.TypeOf<typeof PortBindingRequestC>;

export const ProtoC = t.union([t.literal('tcp'), t.literal('udp'), t.literal('sctp')]);
export type Proto = t.TypeOf<typeof ProtoC>;

/** A host port bound for a container while it runs. */
export const PublishedPortC = t.intersection([
  t.type({ containerPort: t.number, proto: ProtoC, hostIp: t.string, hostPort: t.number }),
  /** Chosen by the ephemeral allocator (moves its cursor); `portRange` (`lo-hi`) when not the default range. */
  t.partial({ ephemeral: t.boolean, portRange: t.string }),
]);
export type PublishedPort = t.TypeOf<typeof PublishedPortC>;

/** What the user asked for on one network (`EndpointSettings`, config side). */
export const AttachmentConfigC = t.intersection([
  t.type({ networkId: t.string, networkName: t.string, aliases: t.array(t.string), links: t.array(t.string) }),
  t.partial({
    ipv4: t.string,
    ipv6: t.string,
    mac: t.string,
    gwPriority: t.number,
    /**
     * Joined by the daemon itself, not asked for: docker_gwbridge for a container whose
     * only networks are overlays (libnetwork's default-gateway endpoint). It lives in the
     * sandbox (`ip a` shows it) but not in the container's NetworkSettings.
     */
    sandboxOnly: t.boolean,
  }),
]);
export type AttachmentConfig = t.TypeOf<typeof AttachmentConfigC>;

export const LegacyLinkC = t.type({ containerId: t.string, alias: t.string });
export type LegacyLink = t.TypeOf<typeof LegacyLinkC>;

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
  /** `Config.Labels` (swarm puts the service and task on its task containers). */
  labels: t.record(t.string, t.string),
  /** Attachments requested at create time, in order. */
  attachments: t.array(AttachmentConfigC),
});
export type ContainerRecord = t.TypeOf<typeof ContainerRecordC>;

export const HostInterfaceC = t.intersection([
  t.type({ name: t.string, mac: t.string, ifIndex: t.number }),
  t.partial({ ipv4: t.string }),
]);
export type HostInterface = t.TypeOf<typeof HostInterfaceC>;


export const SwarmRoleC = t.union([t.literal('manager'), t.literal('worker')]);
export type SwarmRole = t.TypeOf<typeof SwarmRoleC>;

/** A swarm node: one Docker host that joined (or initialised) a swarm. */
export const SwarmNodeC = t.type({
  /** 25-character swarmkit id. */
  id: t.string,
  hostName: t.string,
  role: SwarmRoleC,
  /** The advertised address (`--advertise-addr`, or the host's only address). */
  addr: t.string,
  /** networkdb's name for the node in overlay `Peers`: hostname + `-` + 12 hex. */
  peerName: t.string,
  created: t.string,
});
export type SwarmNode = t.TypeOf<typeof SwarmNodeC>;

/** Everything decided when a swarm is initialised. */
export const SwarmClusterC = t.type({
  id: t.string,
  created: t.string,
  /** `--default-addr-pool` CIDRs (empty: the global default 10.0.0.0/8). */
  defaultAddrPool: t.array(t.string),
  /** `--default-addr-pool-mask-length` (default 24). */
  subnetSize: t.number,
  tokens: t.type({ worker: t.string, manager: t.string }),
});
export type SwarmCluster = t.TypeOf<typeof SwarmClusterC>;

/** A port a service publishes (`-p 8080:80`): on every node through the routing mesh. */
export const ServicePortC = t.type({
  protocol: ProtoC,
  targetPort: t.number,
  publishedPort: t.number,
  publishMode: t.union([t.literal('ingress'), t.literal('host')]),
});
export type ServicePort = t.TypeOf<typeof ServicePortC>;

/** A service's virtual IP on one network (ingress first when it publishes ports). */
export const ServiceVipC = t.type({ networkId: t.string, vip: t.string, prefixLen: t.number });
export type ServiceVip = t.TypeOf<typeof ServiceVipC>;

/** Everything decided when a service is created. */
export const ServiceRecordC = t.type({
  id: t.string,
  name: t.string,
  image: t.string,
  cmd: t.array(t.string),
  env: t.array(t.string),
  mode: t.union([t.literal('replicated'), t.literal('global')]),
  replicas: t.number,
  created: t.string,
  ports: t.array(ServicePortC),
  vips: t.array(ServiceVipC),
});
export type ServiceRecord = t.TypeOf<typeof ServiceRecordC>;

/** A task: one slot of a service, placed on a node, run as a container there. */
export const TaskRecordC = t.type({
  id: t.string,
  serviceId: t.string,
  slot: t.number,
  nodeId: t.string,
  hostName: t.string,
  containerId: t.string,
  created: t.string,
});
export type TaskRecord = t.TypeOf<typeof TaskRecordC>;
