/**
 * Docker's daemon-side wording, in one place so it can be compared with Docker's source
 * (docker-facts.md §3, §4, §8). Profile-dependent texts take the profile.
 */
import type { EngineProfile } from '@docknet/core';

export const msg = {
  predefinedNetwork: (name: string) => `operation is not permitted on predefined ${name} network `,
  predefinedRemove: (name: string) => `${name} is a pre-defined network and cannot be removed`,
  networkExists: (name: string) => `network with name ${name} already exists`,
  networkNotFound: (ref: string) => `network ${ref} not found`,
  onlyOneInstance: (driver: string) => `only one instance of "${driver}" network is allowed`,
  pluginNotFound: (driver: string) => `plugin "${driver}" not found`,
  notSwarmManager:
    'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.',
  multipleSubnets: "bridge driver doesn't support multiple subnets",
  poolOverlap: (p: EngineProfile) =>
    `${p.poolRequestPrefix ? 'invalid pool request: ' : ''}Pool overlaps with other one on this address space`,
  bridgeNameConflict: (id: string, name: string, otherId: string) =>
    `cannot create network ${id} (${name}): conflicts with network ${otherId} (${name}): networks have same bridge name`,
  parseBool: (key: string, value: string) =>
    `failed to parse ${key} value: ${value} (strconv.ParseBool: parsing "${value}": invalid syntax)`,
  activeEndpoints: (p: EngineProfile, network: { name: string; id: string }, eps: readonly { name: string; id: string }[]) =>
    p.activeEndpointsError === 'endpoint-names'
      ? `error while removing network: network ${network.name} has active endpoints (${eps
          .map((e) => `name:${JSON.stringify(e.name)} id:${JSON.stringify(e.id.slice(0, 12))}`)
          .join(', ')})`
      : `error while removing network: network ${network.name} id ${network.id} has active endpoints`,
  nameConflict: (name: string, id: string) =>
    `Conflict. The container name "/${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`,
  renameSameName: 'Renaming a container with the same name as its current name',
  invalidName: (name: string) => `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
  userIpOnPredefined: (p: EngineProfile) =>
    p.hyphenatedWording
      ? 'user-specified IP address is supported on user-defined networks only'
      : 'user specified IP address is supported on user defined networks only',
  userIpNoSubnet: 'user specified IP address is supported only when connecting to networks with user configured subnets',
  ipOutsideSubnets: (p: EngineProfile, ip: string) =>
    p.ipWithoutUserSubnet
      ? `no configured subnet contains IP address ${ip}`
      : `no configured subnet or ip-range contain the IP address ${ip}`,
  /** ≤v24: a static address outside the network's subnets, found when the endpoint is created (libnetwork `assignAddressVersion`). */
  ipNotInNetworkSubnets: (ip: string) => `Invalid address ${ip}: It does not belong to any of this network's subnets`,
  invalidIp: (family: 4 | 6, ip: string) => `invalid IPv${family} address: ${ip}`,
  endpointSettings: (network: string, reason: string) =>
    `invalid config for network ${network}: invalid endpoint settings:\n${reason}`,
  noAddresses: (family: 4 | 6, name: string, id: string) =>
    `no available IPv${family} addresses on this network's address pools: ${name} (${id})`,
  linkTargetMissing: (ref: string) => `could not get container for ${ref}: No such container: ${ref}`,
  linkNotRunning: (target: string, child: string, alias: string) =>
    `Cannot link to a non running container: /${target} AS /${child}/${alias}`,
  linkNotDefaultNetwork: (target: string) => `Cannot link to /${target}, as it does not belong to the default network`,
  hostWithLinks: "conflicting options: host type networking can't be used with links. This would result in undefined behavior",
  containerModeConflict: {
    hostname: 'conflicting options: hostname and the network mode',
    links: "conflicting options: container type network can't be used with links. This would result in undefined behavior",
    dns: 'conflicting options: dns and the network mode',
    extraHosts: 'conflicting options: custom host-to-IP mapping and the network mode',
    publish: 'conflicting options: port publishing and the container type network mode',
    expose: 'conflicting options: port exposing and the container type network mode',
    mac: 'conflicting options: mac-address and the network mode',
  },
  /** The donor of `--network container:<x>` is not running at start (`getNetworkedContainer`). */
  donorNotRunning: (p: EngineProfile, donor: { readonly ref: string; readonly name: string; readonly status: string }) =>
    p.donorErrorWording === 'v28'
      ? `cannot join network namespace of a non running container: container ${donor.name} is ${donor.status}`
      : `cannot join network of a non running container: ${donor.ref}`,
  /** The donor of `--network container:<x>` does not exist at start (create does not check it). */
  donorMissing: (p: EngineProfile, ref: string) =>
    p.donorErrorWording === 'v28' ? `joining network namespace of container: No such container: ${ref}` : `No such container: ${ref}`,
  donorIsSelf: (p: EngineProfile) => (p.donorErrorWording === 'v28' ? 'cannot join own network namespace' : 'cannot join own network'),
  portInUse: (endpointName: string, endpointId: string, hostIp: string, port: number) =>
    // Go's `%s:%d`, not JoinHostPort: an IPv6 address is not bracketed (`Bind for :::8080`, §6.4).
    `driver failed programming external connectivity on endpoint ${endpointName} (${endpointId}): Bind for ${hostIp}:${port} failed: port is already allocated`,
  startPrefix: (p: EngineProfile, message: string) =>
    p.startErrorPrefix ? `failed to set up container networking: ${message}` : message,
  endpointExists: (container: string, network: string) => `endpoint with name ${container} already exists in network ${network}`,
  connectHost: (p: EngineProfile) =>
    p.hostNetworkNewWording
      ? 'cannot connect container to host network - container must be created in host network mode'
      : 'container cannot be disconnected from host network or connected to host network',
  disconnectHost: (p: EngineProfile) =>
    p.hostNetworkNewWording
      ? 'cannot disconnect container from host network - container was created in host network mode'
      : 'container cannot be disconnected from host network or connected to host network',
  sharedNamespaceConnect:
    'container sharing network namespace with another container or host cannot be connected to any other network',
  noneWithOthers: 'container cannot be connected to multiple networks with one of the networks in private (none) mode',
  notConnected: (containerId: string, network: string, running: boolean) =>
    running
      ? `container ${containerId} is not connected to network ${network}`
      : `container ${containerId} is not connected to the network ${network}`,
  aliasOnPredefined: (p: EngineProfile) =>
    p.hyphenatedWording
      ? 'network-scoped aliases are only supported for user-defined networks'
      : 'network-scoped alias is supported only for containers in user defined networks',
} as const;
