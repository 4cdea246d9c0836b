/**
 * Reachability and name resolution: pure rules over the engine state that answer "can A
 * reach B", "what does this name resolve to" and "what is in /etc/hosts", from the host or
 * from inside a container. Views (ping, curl, nslookup…) render their answers.
 */
export { HOST_VIEWER, containerViewer, type Viewer } from './viewer.js';
export {
  hostModeContainers,
  liveEndpoints,
  namespaceMembers,
  namespaceOf,
  sandboxOwner,
  type NetworkNamespace,
} from './network-namespace.js';
export {
  bridgeNetworks,
  containerAddresses,
  findContainerAddress,
  hostAddresses,
  iccEnabled,
  ipv4Subnet,
  isHostAddress,
  isLoopback,
  masqueradeEnabled,
  networkContaining,
  type ContainerAddress,
  type HostAddress,
} from './addresses.js';
export { gatewayEndpoint, hostDefaultRoute, type DefaultRoute } from './default-route.js';
export { LOCAL_TTL, OUTSIDE_TTL, isOutside, pathVerdict, type PathVerdict } from './path-verdict.js';
export { LAN_TTL, ROUTED_LAN_TTL, peerHostAt } from './lan.js';
export { clusterOf, inOverlaySubnet, isOverlay, overlayAnswers, overlayEndpointAt, serviceAtVip, swarmEndpoints, vipOf } from './overlay.js';
export { OUTSIDE_PORTS, tcpVerdict, type ListeningPorts, type TcpVerdict } from './tcp-verdict.js';
export { etcHostsOf, hostEtcHosts, sandboxEtcHosts, type HostsRecord, type Ipv6HostsLines } from './etc-hosts.js';
export { EMBEDDED_DNS, HOST_NAMESERVER, outsideAddress } from './outside-names.js';
export { embeddedDnsNames, nameserverOf, resolveName, reverseName, type NameLookup } from './name-resolution.js';
