/**
 * Commands: what a user asked the daemon, already parsed from a docker CLI line and
 * validated client-side. One docker CLI invocation can issue several (`docker run` is
 * create + start, as the real CLI does it).
 */
import type { Proto } from '../state/records.js';

/** Image facts the daemon needs (from the image catalogue). */
export interface ImageConfig {
  readonly name: string;
  readonly cmd: readonly string[];
  readonly exposedPorts: readonly string[];
  readonly env: readonly string[];
}

/** One `-p` mapping after client-side parsing: container port(s) to host port(s). */
export interface PortSpec {
  readonly proto: Proto;
  readonly containerPort: number;
  readonly containerPortEnd: number;
  readonly hostIp: string;
  /** 0 = ephemeral. */
  readonly hostPort: number;
  readonly hostPortEnd: number;
}

/** One `--network` (or the default) at create time, with its per-network options. */
export interface NetworkRequest {
  /** Name, id, id prefix, or a mode: default/bridge/host/none/container:<ref>. */
  readonly ref: string;
  readonly aliases: readonly string[];
  readonly ipv4?: string;
  readonly ipv6?: string;
  readonly mac?: string;
  readonly links: readonly string[];
}

export interface BootHost {
  readonly type: 'BootHost';
  readonly interfaces: readonly { readonly name: string; readonly ipv4?: string; readonly mac?: string }[];
}

export interface CreateNetwork {
  readonly type: 'CreateNetwork';
  readonly name: string;
  readonly driver: string;
  readonly subnets: readonly string[];
  readonly ipRanges: readonly string[];
  readonly gateways: readonly string[];
  readonly auxAddresses: readonly string[];
  readonly ipv6: boolean;
  readonly ipv4: boolean;
  readonly internal: boolean;
  readonly attachable: boolean;
  readonly ingress: boolean;
  readonly options: Readonly<Record<string, string>>;
  readonly labels: Readonly<Record<string, string>>;
  readonly ipamDriver: string;
  readonly ipamOptions: Readonly<Record<string, string>>;
}

export interface RemoveNetwork {
  readonly type: 'RemoveNetwork';
  readonly ref: string;
}

export interface CreateContainer {
  readonly type: 'CreateContainer';
  readonly name?: string;
  readonly image: ImageConfig;
  /** Command given after the image; empty = image default. */
  readonly cmd: readonly string[];
  readonly hostname?: string;
  readonly domainname?: string;
  /** `--network` flags in order; empty = the default bridge. */
  readonly networks: readonly NetworkRequest[];
  readonly publish: readonly PortSpec[];
  readonly publishAll: boolean;
  readonly expose: readonly string[];
  /** `--link name[:alias]`. */
  readonly links: readonly { readonly ref: string; readonly alias: string }[];
  readonly env: readonly string[];
  readonly tty: boolean;
  readonly openStdin: boolean;
  readonly dns: readonly string[];
  readonly extraHosts: readonly string[];
  readonly autoRemove: boolean;
  readonly restartPolicy: string;
}

export interface ContainerRef<T extends string> {
  readonly type: T;
  readonly ref: string;
}

export type StartContainer = ContainerRef<'StartContainer'>;
export type StopContainer = ContainerRef<'StopContainer'>;
export type KillContainer = ContainerRef<'KillContainer'>;
export type PauseContainer = ContainerRef<'PauseContainer'>;
export type UnpauseContainer = ContainerRef<'UnpauseContainer'>;
export interface RemoveContainer extends ContainerRef<'RemoveContainer'> {
  readonly force: boolean;
}
/** The container's main process ended on its own with `exitCode` (lifecycle `die`), e.g. a tool run as its command. */
export interface ExitContainer extends ContainerRef<'ExitContainer'> {
  readonly exitCode: number;
}
export interface RenameContainer extends ContainerRef<'RenameContainer'> {
  readonly name: string;
}

export interface ConnectNetwork {
  readonly type: 'ConnectNetwork';
  readonly network: string;
  readonly container: string;
  readonly aliases: readonly string[];
  readonly ipv4?: string;
  readonly ipv6?: string;
  readonly links: readonly string[];
}

export interface DisconnectNetwork {
  readonly type: 'DisconnectNetwork';
  readonly network: string;
  readonly container: string;
  readonly force: boolean;
}

/** `docker swarm init`. */
export interface InitSwarm {
  readonly type: 'InitSwarm';
  readonly advertiseAddr?: string;
  /** `--default-addr-pool` (repeatable). */
  readonly defaultAddrPool: readonly string[];
  /** `--default-addr-pool-mask-length` (default 24). */
  readonly subnetSize: number;
}

/** `docker swarm join --token T ADDR[:PORT]`. */
export interface JoinSwarm {
  readonly type: 'JoinSwarm';
  readonly token: string;
  readonly remoteAddr: string;
  readonly advertiseAddr?: string;
}

/** `docker swarm leave [--force]`. */
export interface LeaveSwarm {
  readonly type: 'LeaveSwarm';
  readonly force: boolean;
}

/** `docker node rm [--force] NODE`. */
export interface RemoveNode {
  readonly type: 'RemoveNode';
  readonly ref: string;
  readonly force: boolean;
}

/** One `-p`/`--publish` of a service. */
export interface ServicePortSpec {
  readonly protocol: Proto;
  readonly targetPort: number;
  /** 0 = assigned from the swarm range (30000+). */
  readonly publishedPort: number;
  readonly publishMode: 'ingress' | 'host';
}

/** `docker service create`. */
export interface CreateService {
  readonly type: 'CreateService';
  readonly name?: string;
  readonly image: ImageConfig;
  readonly cmd: readonly string[];
  readonly env: readonly string[];
  readonly mode: 'replicated' | 'global';
  readonly replicas: number;
  readonly networks: readonly string[];
  readonly ports: readonly ServicePortSpec[];
}

/** `docker service scale S=N`. */
export interface ScaleService {
  readonly type: 'ScaleService';
  readonly ref: string;
  readonly replicas: number;
}

/** `docker service rm S`. */
export interface RemoveService {
  readonly type: 'RemoveService';
  readonly ref: string;
}

/**
 * One step of the swarm orchestrator on the host's cluster: place one missing task, or
 * remove one task too many. The CLI repeats it until it decides nothing (converged).
 */
export interface ConvergeSwarm {
  readonly type: 'ConvergeSwarm';
}

export type Command =
  | BootHost
  | CreateNetwork
  | RemoveNetwork
  | CreateContainer
  | StartContainer
  | StopContainer
  | KillContainer
  | PauseContainer
  | UnpauseContainer
  | RemoveContainer
  | RenameContainer
  | ExitContainer
  | ConnectNetwork
  | DisconnectNetwork
  | InitSwarm
  | JoinSwarm
  | LeaveSwarm
  | RemoveNode
  | CreateService
  | ScaleService
  | RemoveService
  | ConvergeSwarm;

export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** A command addressed to a host at a logical instant. */
export interface CommandEnvelope {
  readonly host: string;
  readonly at: string;
  readonly command: Command;
}
