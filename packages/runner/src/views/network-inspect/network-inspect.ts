/**
 * `docker network inspect NET` — one network as the daemon serialises it (docker-facts.md
 * §9.2). Field order follows the daemon's struct for the profile's release.
 */
import type { ClusterState, EngineProfile, HostState, IpamConfigEntry, NetworkState } from '@docknet/core';
import { goMapOf, type GoJson, type GoJsonStruct } from '../go-json/go-json-value.js';
import { formatCreated } from '../time/docker-time.js';
import { peersJson } from './swarm-peers.js';

/**
 * The JSON object `docker network inspect` prints for one network. `swarms` (the engine
 * state's) names the nodes of a swarm-scope network's `Peers`; without it a swarm network
 * shows no peers.
 *
 * @example
 * renderInspectArray([networkInspectJson(host, bridge, profileFor('28'))])
 * networkInspectJson(host, ingress, profile, state.swarms).Peers // [{ Name: 'node1-…', IP: '10.0.0.5' }, …]
 */
export function networkInspectJson(
  host: HostState,
  network: NetworkState,
  profile: EngineProfile,
  swarms: ReadonlyMap<string, ClusterState> = new Map(),
): GoJsonStruct {
  const head: Record<string, GoJson> = {
    Name: network.name,
    Id: network.id,
    Created: formatCreated(network.created),
    Scope: network.scope,
    Driver: network.driver,
  };
  if (profile.networkInspectEnableIPv4) head['EnableIPv4'] = network.enableIPv4;
  const body: Record<string, GoJson> = {
    ...head,
    EnableIPv6: network.enableIPv6,
    IPAM: ipamJson(network, profile),
    Internal: network.internal,
    Attachable: network.attachable,
    Ingress: network.ingress,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
  };
  const containers = containersJson(host, network);
  const options = goMapOf(network.options);
  const labels = goMapOf(network.labels);
  const peers = peersJson(host, network, swarms);
  const withPeers = peers === undefined ? {} : { Peers: peers };
  if (!profile.networkInspectV29Layout) {
    return { ...body, Containers: containers, Options: options, Labels: labels, ...withPeers };
  }
  const status = statusJson(network);
  return {
    ...body,
    Options: options,
    Labels: labels,
    ...withPeers,
    Containers: containers,
    ...(status === undefined ? {} : { Status: status }),
  };
}

function ipamJson(network: NetworkState, profile: EngineProfile): GoJsonStruct {
  const { ipam } = network;
  return {
    Driver: ipam.driver,
    Options: ipam.options === null ? null : goMapOf(ipam.options),
    Config: ipam.config === null ? null : ipam.config.map((entry) => ipamConfigJson(entry, profile)),
  };
}

/** One `IPAM.Config` entry; empty members are omitted (`json:",omitempty"`). */
function ipamConfigJson(entry: IpamConfigEntry, profile: EngineProfile): GoJsonStruct {
  const out: Record<string, GoJson> = { Subnet: entry.subnet };
  if (entry.ipRange !== undefined && entry.ipRange !== '') out['IPRange'] = entry.ipRange;
  // ≤v28 reports the gateway only when the daemon chose the subnet or the user gave one;
  // v29 fills in the allocated gateway for a user subnet too (§9.2).
  const hideGateway = entry.userSubnet && !entry.userGateway && !profile.showGatewayForUserSubnet;
  if (entry.gateway !== undefined && entry.gateway !== '' && !hideGateway) out['Gateway'] = entry.gateway;
  if (entry.auxAddresses !== undefined && Object.keys(entry.auxAddresses).length > 0) {
    out['AuxiliaryAddresses'] = goMapOf(entry.auxAddresses);
  }
  return out;
}

/**
 * `Containers`: the network's live local endpoints keyed by container ID (a Go map, so
 * sorted). A swarm network the node has no endpoint on is not instantiated locally: the
 * daemon answers from the cluster's record, whose `Containers` is `null` (swarm-facts §10).
 */
function containersJson(host: HostState, network: NetworkState): ReadonlyMap<string, GoJson> | null {
  if (network.scope === 'swarm' && network.endpoints.size === 0) return null;
  const hostMode = network.driver === 'host';
  const entries: [string, GoJson][] = [];
  for (const ep of network.endpoints.values()) {
    const container = host.containers.get(ep.containerId);
    // A daemon-made endpoint (ingress-sbox) is keyed by its sandbox; an endpoint without a
    // sandbox is listed under its endpoint ID (§9.2).
    const key = container !== undefined ? container.id : ep.label !== undefined ? ep.containerId : `ep-${ep.id}`;
    entries.push([
      key,
      {
        // The daemon's own endpoints show their endpoint name (ingress-endpoint, gateway_<id12>).
        Name: ep.label ?? container?.name ?? ep.id,
        EndpointID: ep.id,
        MacAddress: hostMode ? '' : ep.mac,
        IPv4Address: hostMode || ep.ipv4 === undefined ? '' : `${ep.ipv4}/${ep.ipv4PrefixLen}`,
        IPv6Address: hostMode || ep.ipv6 === undefined ? '' : `${ep.ipv6}/${ep.ipv6PrefixLen}`,
      },
    ]);
  }
  return goMapOf(entries);
}

/** v29's `Status`: per-subnet address usage; absent for networks without address pools. */
function statusJson(network: NetworkState): GoJsonStruct | undefined {
  const usage = network.pools.usage();
  if (usage.length === 0) return undefined;
  const subnets = goMapOf(
    usage.map((u): [string, GoJson] => [u.subnet, { IPsInUse: u.ipsInUse, DynamicIPsAvailable: u.dynamicIpsAvailable }]),
  );
  return { IPAM: { Subnets: subnets } };
}
