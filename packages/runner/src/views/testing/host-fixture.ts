/**
 * Hand-built engine state for the views' tests: networks, containers and a host, with a
 * stub for the IPAM pools. Plain data; no engine, no events.
 */
import type {
  AddressPools,
  Attachment,
  ContainerState,
  Endpoint,
  HostState,
  NetworkState,
  PortTable,
} from '@docknet/core';

type Usage = ReturnType<AddressPools['usage']>;

/** Address pools that report a fixed usage and ignore allocation. */
export function stubPools(usage: Usage = []): AddressPools {
  return {
    nextDynamic: () => undefined,
    refuseStatic: () => undefined,
    usage: () => usage,
    allocate: () => undefined,
    release: () => undefined,
    toJSON: () => ({}),
  };
}

const stubPorts: PortTable = {
  isBound: () => false,
  nextEphemeral: () => undefined,
  bind: () => undefined,
  release: () => undefined,
  toJSON: () => ({}),
};

/** A network with Docker's defaults for a user bridge; override any field. */
export function network(fields: Partial<NetworkState> & { id: string; name: string }): NetworkState {
  return {
    driver: 'bridge',
    scope: 'local',
    created: '2020-08-14T14:31:29.774610308+09:00',
    enableIPv4: true,
    enableIPv6: false,
    internal: false,
    attachable: false,
    ingress: false,
    ipam: { driver: 'default', options: {}, config: [] },
    options: {},
    labels: {},
    predefined: false,
    endpoints: new Map(),
    pools: stubPools(),
    ...fields,
  };
}

/** A running container's endpoint. */
export function endpoint(fields: Partial<Endpoint> & { id: string; networkId: string; containerId: string }): Endpoint {
  return { ipv4PrefixLen: 16, ipv6PrefixLen: 0, mac: '', ...fields };
}

/** An attachment (what `--network` asked for), optionally with its live endpoint. */
export function attachment(fields: Partial<Attachment> & { networkId: string; networkName: string }): Attachment {
  return { aliases: [], links: [], dnsNames: [], ...fields };
}

/** A container with `docker run -d` defaults; override any field. */
export function container(fields: Partial<ContainerState> & { id: string; name: string }): ContainerState {
  return {
    image: 'centos:latest',
    cmd: ['/bin/bash'],
    created: '2020-08-14T14:31:29+09:00',
    hostname: fields.id.slice(0, 12),
    domainname: '',
    networkMode: 'bridge',
    tty: true,
    openStdin: true,
    env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    exposedPorts: [],
    portBindings: {},
    publishAllPorts: false,
    links: [],
    dns: [],
    extraHosts: [],
    autoRemove: false,
    restartPolicy: 'no',
    labels: {},
    status: 'running',
    pid: 1000,
    exitCode: 0,
    startedAt: '2020-08-14T14:31:30+09:00',
    finishedAt: '0001-01-01T00:00:00Z',
    restartCount: 0,
    attachments: new Map(),
    ifaceCounter: 1,
    published: [],
    ...fields,
  };
}

/** A host holding the given networks and containers, indexed by name. */
export function host(networks: readonly NetworkState[], containers: readonly ContainerState[] = [], name = 'docker-host'): HostState {
  return {
    name,
    engineId: 'ENGINE',
    interfaces: [],
    networks: new Map(networks.map((n) => [n.id, n])),
    networkIdsByName: new Map(networks.map((n) => [n.name, n.id])),
    containers: new Map(containers.map((c) => [c.id, c])),
    containerIdsByName: new Map(containers.map((c) => [c.name, c.id])),
    ports: stubPorts,
    nextIfIndex: 10,
    poolCursor: 0,
    swarm: undefined,
  };
}

/** The default bridge exactly as the daemon creates it (docker-facts.md §9.2). */
export function defaultBridge(id: string, fields: Partial<NetworkState> = {}): NetworkState {
  return network({
    id,
    name: 'bridge',
    predefined: true,
    ipam: {
      driver: 'default',
      options: null,
      config: [{ subnet: '172.17.0.0/16', gateway: '172.17.0.1', userSubnet: false, userGateway: false }],
    },
    options: {
      'com.docker.network.bridge.default_bridge': 'true',
      'com.docker.network.bridge.enable_icc': 'true',
      'com.docker.network.bridge.enable_ip_masquerade': 'true',
      'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
      'com.docker.network.bridge.name': 'docker0',
      'com.docker.network.driver.mtu': '1500',
    },
    ...fields,
  });
}
