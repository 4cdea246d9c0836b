/**
 * Docker's user-visible strings for `docker swarm`, `docker node` and `docker service`
 * (docker/cli `cli/command/swarm`, `node`, `service`, `service/progress`; swarm-facts.md),
 * together so they can be compared with Docker's in one place.
 */
import type { DockerError, EngineProfile } from '@docknet/core';

/** `docker node ls` default format (cli `node/formatter.go`). */
export const NODE_LS_DEFAULT_FORMAT =
  'table {{.ID}} {{if .Self}}*{{else}} {{ end }}\t{{.Hostname}}\t{{.Status}}\t{{.Availability}}\t{{.ManagerStatus}}\t{{.EngineVersion}}';

/** Header labels per placeholder of `docker node ls` (`Self` is empty, so the header reads `ID  `). */
export const NODE_HEADERS: Readonly<Record<string, string>> = {
  ID: 'ID',
  Self: '',
  Hostname: 'HOSTNAME',
  Status: 'STATUS',
  Availability: 'AVAILABILITY',
  ManagerStatus: 'MANAGER STATUS',
  EngineVersion: 'ENGINE VERSION',
  TLSStatus: 'TLS STATUS',
};

/** `docker service ls` default format (cli `service/formatter.go`). */
export const SERVICE_LS_DEFAULT_FORMAT = 'table {{.ID}}\t{{.Name}}\t{{.Mode}}\t{{.Replicas}}\t{{.Image}}\t{{.Ports}}';

export const SERVICE_HEADERS: Readonly<Record<string, string>> = {
  ID: 'ID',
  Name: 'NAME',
  Mode: 'MODE',
  Replicas: 'REPLICAS',
  Image: 'IMAGE',
  Ports: 'PORTS',
};

/** `docker service ps` default format (cli `task/formatter.go`). */
export const SERVICE_PS_DEFAULT_FORMAT =
  'table {{.ID}}\t{{.Name}}\t{{.Image}}\t{{.Node}}\t{{.DesiredState}}\t{{.CurrentState}}\t{{.Error}}\t{{.Ports}}';

export const TASK_HEADERS: Readonly<Record<string, string>> = {
  ID: 'ID',
  Name: 'NAME',
  Image: 'IMAGE',
  Node: 'NODE',
  DesiredState: 'DESIRED STATE',
  CurrentState: 'CURRENT STATE',
  Error: 'ERROR',
  Ports: 'PORTS',
};

/** The port a manager listens on; printed after the advertise address (`defaultAddr` 0.0.0.0:2377). */
const managerAddr = (addr: string, port: number): string => `${addr}:${port}`;

/** The worker/manager paragraph of `printJoinCommand` (cli `swarm/join_token.go`). */
const joinParagraph = (role: 'worker' | 'manager', token: string, addr: string): string =>
  `To add a ${role} to this swarm, run the following command:\n\n    docker swarm join --token ${token} ${addr}\n\n`;

export const swarmStrings = {
  /** `docker swarm init` (cli `swarm/init.go`): no blank line after the last sentence. */
  initialized: (nodeId: string, workerToken: string, addr: string, port: number): string =>
    `Swarm initialized: current node (${nodeId}) is now a manager.\n\n` +
    joinParagraph('worker', workerToken, managerAddr(addr, port)) +
    "To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.\n",
  /** `docker swarm join-token ROLE`: ends with a blank line. */
  joinToken: (role: 'worker' | 'manager', token: string, addr: string, port: number): string =>
    joinParagraph(role, token, managerAddr(addr, port)),
  /** CLI side, checked before any API call. */
  unknownRole: (role: string): string => `unknown role ${role}`,
  joined: (role: 'worker' | 'manager'): string => `This node joined a swarm as a ${role}.\n`,
  left: 'Node left the swarm.\n',
  /** cli `service/opts.go` `ToServiceMode`. */
  unknownMode: (mode: string): string => `Unknown mode: ${mode}, only replicated and global supported`,
  replicasWithGlobal: 'replicas can only be used with replicated or replicated-job mode',
  /** cli `service/scale.go`, after inspecting the service. */
  globalScale: 'scale can only be used with replicated or replicated-job mode',
  /** cli `service/ps.go` `createFilter`: no "Error:" prefix. */
  psNoSuchService: (ref: string): string => `no such service: ${ref}`,
  scaled: (ref: string, replicas: number | bigint): string => `${ref} scaled to ${replicas}\n`,
  scaleSpecifier: (arg: string): string =>
    `invalid scale specifier '${arg}'.\nSee 'docker service scale --help'.\n\nUsage:  docker service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]\n\nScale one or multiple replicated services`,
  /** `reason` is Go's `strconv.ParseUint` error. */
  scaleValue: (ref: string, value: string, reason: string): string => `${ref}: invalid replicas value ${value}: ${reason}`,
  parseUint: (value: string): string =>
    `strconv.ParseUint: parsing "${value}": ${/^\d+$/.test(value) ? 'value out of range' : 'invalid syntax'}`,
} as const;

/** Texts of the progress display (cli `service/progress/progress.go`). */
export const progressStrings = {
  overall: (running: number, total: number): string => `overall progress: ${running} out of ${total} tasks`,
  /** Task lines only up to this many tasks (`maxProgressBars`). */
  maxBars: 20,
  /** Width of a full bar (jsonmessage `JSONProgress.String`). */
  barWidth: 50,
} as const;

/**
 * Which docker CLI generation's swarm wording a profile prints. CLI 20.10 says
 * `verify: Service converged` and wraps 404s as `Error: No such service: x`; newer ones
 * say `verify: Service <id> converged` and print the daemon's `service x not found`.
 * The choice is the profile's `swarmCliWording`.
 */
export const swarmCliWording = (profile: EngineProfile): 'legacy' | 'current' => profile.swarmCliWording;

/** The progress display's last line: `verify: Service <subject> converged`. */
export const verifyLine = (profile: EngineProfile, subject: string): string =>
  swarmCliWording(profile) === 'legacy' ? 'verify: Service converged' : `verify: Service ${subject} converged`;

/** A daemon error about a service (`service rm`, `service scale`) as the CLI prints it. */
export const serviceErrorText = (profile: EngineProfile, err: DockerError, ref: string): string => {
  if (err.source === 'cli') return err.message;
  if (err.kind === 'not-found' && swarmCliWording(profile) === 'legacy') return `Error: No such service: ${ref}`;
  return `Error response from daemon: ${err.message}`;
};
