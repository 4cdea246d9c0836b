/**
 * Command builders with the defaults the docker CLI sends, so a spec names only what it
 * is about: `createContainer({ name: 'web', networks: ['mynet'], publish: ['8080:80'] })`.
 */
import type {
  BootHost,
  Command,
  ConnectNetwork,
  CreateContainer,
  CreateNetwork,
  DisconnectNetwork,
  ImageConfig,
  NetworkRequest,
  PortSpec,
  RemoveContainer,
  InitSwarm,
  JoinSwarm,
  LeaveSwarm,
  CreateService,
  ScaleService,
  RemoveService,
  ConvergeSwarm,
} from '@docknet/core';
import { portSpec } from './port-spec.js';

/** A busybox image whose shell stays up under `-it` (the builders' default). */
export const BUSYBOX: ImageConfig = { name: 'busybox', cmd: ['sh'], exposedPorts: [], env: [] };
/** An nginx-like image exposing 80/tcp, for `-P`. */
export const NGINX: ImageConfig = { name: 'nginx', cmd: ['nginx', '-g', 'daemon off;'], exposedPorts: ['80/tcp'], env: [] };

/** `docker` host boot; default one interface `eth0` 10.0.2.15/24 (a VirtualBox NAT guest). */
export const bootHost = (interfaces: BootHost['interfaces'] = [{ name: 'eth0', ipv4: '10.0.2.15/24' }]): BootHost => ({
  type: 'BootHost',
  interfaces,
});

/** `docker network create` with the CLI's defaults (bridge driver, IPv4 on, empty maps). */
export const createNetwork = (over: Partial<Omit<CreateNetwork, 'type'>> & { readonly name: string }): CreateNetwork => ({
  type: 'CreateNetwork',
  driver: 'bridge',
  subnets: [],
  ipRanges: [],
  gateways: [],
  auxAddresses: [],
  ipv6: false,
  ipv4: true,
  internal: false,
  attachable: false,
  ingress: false,
  options: {},
  labels: {},
  ipamDriver: 'default',
  ipamOptions: {},
  ...over,
});

export const removeNetwork = (ref: string): Command => ({ type: 'RemoveNetwork', ref });

/** A `--network` value: a bare ref, or a ref with per-network options (`--ip`, `--alias`…). */
export type NetworkInput = string | (Partial<NetworkRequest> & { readonly ref: string });

const networkRequest = (input: NetworkInput): NetworkRequest =>
  typeof input === 'string' ? { ref: input, aliases: [], links: [] } : { aliases: [], links: [], ...input };

export type CreateContainerInput = Partial<Omit<CreateContainer, 'type' | 'networks' | 'publish'>> & {
  readonly networks?: readonly NetworkInput[];
  /** `-p` values as typed (`'8080:80'`, `'127.0.0.1::80/udp'`) or parsed specs. */
  readonly publish?: readonly (string | PortSpec)[];
};

/** `docker create -it busybox` plus the given options (`-it` keeps the shell running). */
export const createContainer = (over: CreateContainerInput = {}): CreateContainer => {
  const { networks = [], publish = [], ...rest } = over;
  return {
    type: 'CreateContainer',
    image: BUSYBOX,
    cmd: [],
    networks: networks.map(networkRequest),
    publish: publish.map((p) => (typeof p === 'string' ? portSpec(p) : p)),
    publishAll: false,
    expose: [],
    links: [],
    env: [],
    tty: true,
    openStdin: true,
    dns: [],
    extraHosts: [],
    autoRemove: false,
    restartPolicy: 'no',
    ...rest,
  };
};

export const start = (ref: string): Command => ({ type: 'StartContainer', ref });
export const stop = (ref: string): Command => ({ type: 'StopContainer', ref });
export const kill = (ref: string): Command => ({ type: 'KillContainer', ref });
export const pause = (ref: string): Command => ({ type: 'PauseContainer', ref });
export const unpause = (ref: string): Command => ({ type: 'UnpauseContainer', ref });
export const removeContainer = (ref: string, force = false): RemoveContainer => ({ type: 'RemoveContainer', ref, force });
export const rename = (ref: string, name: string): Command => ({ type: 'RenameContainer', ref, name });

/** `docker run -itd …`: create then start, as the CLI does it. Needs a name to start by. */
export const run = (over: CreateContainerInput & { readonly name: string }): readonly Command[] => [
  createContainer(over),
  start(over.name),
];

export const connect = (
  network: string,
  container: string,
  over: Partial<Omit<ConnectNetwork, 'type' | 'network' | 'container'>> = {},
): ConnectNetwork => ({ type: 'ConnectNetwork', network, container, aliases: [], links: [], ...over });

export const disconnect = (network: string, container: string, force = false): DisconnectNetwork => ({
  type: 'DisconnectNetwork',
  network,
  container,
  force,
});

/** `docker swarm init` with the CLI's defaults (global pool, /24). */
export const initSwarm = (over: Partial<Omit<InitSwarm, 'type'>> = {}): InitSwarm => ({
  type: 'InitSwarm',
  defaultAddrPool: [],
  subnetSize: 24,
  ...over,
});

export const joinSwarm = (token: string, remoteAddr: string): JoinSwarm => ({ type: 'JoinSwarm', token, remoteAddr });

export const leaveSwarm = (force = false): LeaveSwarm => ({ type: 'LeaveSwarm', force });

/** `docker service create --name NAME [--replicas N] [--network …] [-p …] nginx`. */
export const createService = (
  over: Partial<Omit<CreateService, 'type' | 'ports'>> & { readonly name: string; readonly publish?: readonly string[] },
): CreateService => {
  const { publish = [], ...rest } = over;
  return {
    type: 'CreateService',
    image: NGINX,
    cmd: [],
    env: [],
    mode: 'replicated',
    replicas: 1,
    networks: [],
    ports: publish.map((p) => {
      const [published = '0', target = '80'] = p.split(':');
      return { protocol: 'tcp' as const, targetPort: Number(target), publishedPort: Number(published), publishMode: 'ingress' as const };
    }),
    ...rest,
  };
};

export const scaleService = (ref: string, replicas: number): ScaleService => ({ type: 'ScaleService', ref, replicas });
export const removeService = (ref: string): RemoveService => ({ type: 'RemoveService', ref });
export const convergeSwarm: ConvergeSwarm = { type: 'ConvergeSwarm' };
