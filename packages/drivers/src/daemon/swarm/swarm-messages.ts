/**
 * The swarm's wording (moby `daemon/cluster`, swarmkit, docker/cli), in one place so it
 * can be compared with the sources.
 */
export const swarmMsg = {
  alreadyInSwarm: 'This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.',
  notInSwarm: 'This node is not part of a swarm',
  notManager:
    'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.',
  workerNode:
    "This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.",
  workerNetwork: 'Cannot create a multi-host network from a worker node. Please create the network from a manager node.',
  // The CLI appends ` - specify one with --advertise-addr` to these two (cli/command/swarm/init.go).
  noAdvertiseAddress: "could not find the system's IP address - specify one with --advertise-addr",
  multipleAddresses: (a: { ip: string; name: string }, b: { ip: string; name: string }) =>
    a.name === b.name
      ? `could not choose an IP address to advertise since this system has multiple addresses on interface ${a.name} (${a.ip} and ${b.ip}) - specify one with --advertise-addr`
      : `could not choose an IP address to advertise since this system has multiple addresses on different interfaces (${a.ip} on ${a.name} and ${b.ip} on ${b.name}) - specify one with --advertise-addr`,
  noUsableAddress: (nic: string) => `interface ${nic} has no usable IPv4 or IPv6 address`,
  badAdvertiseAddress: 'advertise address must be a non-zero IP address or network interface (with optional port number)',
  invalidJoinToken: 'invalid join token',
  wrongJoinToken: 'rpc error: code = InvalidArgument desc = A valid join token is necessary to join this cluster',
  joinTimeout:
    'Timeout was reached before node joined. The attempt to join the swarm will continue in the background. Use the "docker info" command to see the current swarm status of your node.',
  leaveLastManager:
    'You are attempting to leave the swarm on a node that is participating as a manager. Removing the last manager erases all current state of the swarm. Use `--force` to ignore this message. ',
  /** moby daemon/cluster/swarm.go Leave: quorum text only when leaving loses it (reachable-2 <= unreachable). */
  leaveManager: (reachable: number, unreachable: number) =>
    'You are attempting to leave the swarm on a node that is participating as a manager. ' +
    (reachable - 2 <= unreachable
      ? `Removing this node leaves ${reachable - 1} managers out of ${reachable + unreachable}. Without a Raft quorum your swarm will be inaccessible. `
      : '') +
    'The only way to restore a swarm that has lost consensus is to reinitialize it with `--force-new-cluster`. Use `--force` to suppress this message.',
  notAttachable: (name: string) => `Could not attach to network ${name}: rpc error: code = PermissionDenied desc = network ${name} not manually attachable`,
  serviceNameConflict: (name: string) => `rpc error: code = AlreadyExists desc = name conflicts with an existing object: service ${name} already exists`,
  noSuchService: (ref: string) => `service ${ref} not found`,
  noSuchNetwork: (ref: string) => `network ${ref} not found`,
  noSuchNode: (ref: string) => `node ${ref} not found`,
  nodeNotDown: (id: string) =>
    `rpc error: code = FailedPrecondition desc = node ${id} is not down and can't be removed`,
  removeManager: (id: string) =>
    `rpc error: code = FailedPrecondition desc = node ${id} is a cluster manager and is a member of the raft cluster. It must be demoted to worker before removal`,
  portInUse: (port: number, service: string, id: string) =>
    `rpc error: code = InvalidArgument desc = port '${port}' is already in use by service '${service}' (${id}) as an ingress port`,
  /** Both values are ids (swarmkit manager/controlapi/network.go). */
  networkInUseByService: (networkId: string, serviceId: string) =>
    `rpc error: code = FailedPrecondition desc = network ${networkId} is in use by service ${serviceId}`,
  localNetworkForService: (name: string) =>
    `The network ${name} cannot be used with services. Only networks scoped to the swarm can be used, such as those created with the overlay driver.`,
  globalScale: 'scale can only be used with replicated or replicated-job mode',
  poolOverlap: 'invalid pool request: Pool overlaps with other one on this address space',
} as const;
