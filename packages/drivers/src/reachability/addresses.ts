/**
 * Who owns which IPv4 address on a Docker host: the host's NICs, the bridge devices
 * (a network's gateway address lives on its bridge) and the containers' live endpoints.
 */
import type { ContainerState, Endpoint, HostState, NetworkState } from '@docknet/core';
import { contains } from '../ipam/cidr.js';

/** An address configured in the host's namespace. */
export interface HostAddress {
  readonly ip: string;
  readonly prefixLength: number;
  /** The device it is on: a NIC name, `docker0` or `br-<id12>`. */
  readonly device: string;
}

/** A container's address on one network. */
export interface ContainerAddress {
  readonly ip: string;
  readonly container: ContainerState;
  readonly network: NetworkState;
  readonly endpoint: Endpoint;
}

const isIpv4Subnet = (subnet: string): boolean => !subnet.includes(':');

/** The IPv4 subnet of a network, if it has one. */
export const ipv4Subnet = (network: NetworkState): { readonly subnet: string; readonly gateway?: string } | undefined => {
  const entry = (network.ipam.config ?? []).find((c) => isIpv4Subnet(c.subnet));
  if (entry === undefined) return undefined;
  return entry.gateway === undefined ? { subnet: entry.subnet } : { subnet: entry.subnet, gateway: entry.gateway };
};

const prefixOf = (cidr: string): number => Number(cidr.slice(cidr.indexOf('/') + 1));

/** Bridge networks of the host, in creation order. */
export const bridgeNetworks = (host: HostState): NetworkState[] =>
  [...host.networks.values()].filter((n) => n.driver === 'bridge' && n.bridge !== undefined);

/** Every IPv4 address in the host namespace: NICs first, then bridges in creation order. */
export const hostAddresses = (host: HostState): HostAddress[] => {
  const nics = host.interfaces.flatMap((i): HostAddress[] => {
    if (i.ipv4 === undefined) return [];
    const slash = i.ipv4.indexOf('/');
    return [{ ip: slash === -1 ? i.ipv4 : i.ipv4.slice(0, slash), prefixLength: slash === -1 ? 32 : prefixOf(i.ipv4), device: i.name }];
  });
  const bridges = bridgeNetworks(host).flatMap((n): HostAddress[] => {
    const v4 = ipv4Subnet(n);
    if (v4?.gateway === undefined || n.bridge === undefined) return [];
    return [{ ip: v4.gateway, prefixLength: prefixOf(v4.subnet), device: n.bridge.name }];
  });
  return [...nics, ...bridges];
};

/** Every live container endpoint with an IPv4 address. */
export const containerAddresses = (host: HostState): ContainerAddress[] => {
  const out: ContainerAddress[] = [];
  for (const container of host.containers.values()) {
    for (const attachment of container.attachments.values()) {
      const endpoint = attachment.endpoint;
      const network = host.networks.get(attachment.networkId);
      if (endpoint?.ipv4 === undefined || network === undefined) continue;
      out.push({ ip: endpoint.ipv4, container, network, endpoint });
    }
  }
  return out;
};

export const findContainerAddress = (host: HostState, ip: string): ContainerAddress | undefined =>
  containerAddresses(host).find((a) => a.ip === ip);

export const isHostAddress = (host: HostState, ip: string): boolean => hostAddresses(host).some((a) => a.ip === ip);

export const isLoopback = (ip: string): boolean => contains('127.0.0.0/8', ip);

/** The network whose IPv4 subnet holds `ip` (Docker subnets never overlap on one host). */
export const networkContaining = (host: HostState, ip: string): NetworkState | undefined =>
  [...host.networks.values()].find((n) => {
    const v4 = ipv4Subnet(n);
    return v4 !== undefined && contains(v4.subnet, ip);
  });

/** A bridge option read as Go's strconv.ParseBool would (absent = default). */
export const bridgeFlag = (network: NetworkState, option: string, fallback: boolean): boolean => {
  const value = network.options[option];
  if (value === undefined) return fallback;
  return ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value);
};

export const iccEnabled = (network: NetworkState): boolean => bridgeFlag(network, 'com.docker.network.bridge.enable_icc', true);

export const masqueradeEnabled = (network: NetworkState): boolean =>
  bridgeFlag(network, 'com.docker.network.bridge.enable_ip_masquerade', true);
