/**
 * `NetworkSettings.Networks.<name>` — one `EndpointSettings` of `docker inspect <ctr>`
 * (docker-facts.md §7, §8, §9.3). The field order is the profile's release's struct order.
 */
import type { Attachment, ContainerState, EngineProfile, NetworkState } from '@docknet/core';
import type { GoJson, GoJsonStruct } from '../go-json/go-json-value.js';
import { isZeroTime } from '../time/docker-time.js';

type Layout = EngineProfile['endpointSettingsLayout'];

/** Field order per layout; every key is filled from the same values below. */
const FIELD_ORDER: Readonly<Record<Layout, readonly string[]>> = {
  v24: ['IPAMConfig', 'Links', 'Aliases', 'NetworkID', 'EndpointID', 'Gateway', 'IPAddress', 'IPPrefixLen', 'IPv6Gateway', 'GlobalIPv6Address', 'GlobalIPv6PrefixLen', 'MacAddress', 'DriverOpts'],
  v25: ['IPAMConfig', 'Links', 'Aliases', 'MacAddress', 'NetworkID', 'EndpointID', 'Gateway', 'IPAddress', 'IPPrefixLen', 'IPv6Gateway', 'GlobalIPv6Address', 'GlobalIPv6PrefixLen', 'DriverOpts', 'DNSNames'],
  v27: ['IPAMConfig', 'Links', 'Aliases', 'MacAddress', 'DriverOpts', 'NetworkID', 'EndpointID', 'Gateway', 'IPAddress', 'IPPrefixLen', 'IPv6Gateway', 'GlobalIPv6Address', 'GlobalIPv6PrefixLen', 'DNSNames'],
  v28: ['IPAMConfig', 'Links', 'Aliases', 'MacAddress', 'DriverOpts', 'GwPriority', 'NetworkID', 'EndpointID', 'Gateway', 'IPAddress', 'IPPrefixLen', 'IPv6Gateway', 'GlobalIPv6Address', 'GlobalIPv6PrefixLen', 'DNSNames'],
  v29: ['IPAMConfig', 'Links', 'Aliases', 'DriverOpts', 'GwPriority', 'NetworkID', 'EndpointID', 'Gateway', 'IPAddress', 'MacAddress', 'IPPrefixLen', 'IPv6Gateway', 'GlobalIPv6Address', 'GlobalIPv6PrefixLen', 'DNSNames'],
};

const listOrNull = (xs: readonly string[]): GoJson => (xs.length === 0 ? null : [...xs]);

/**
 * `IPAMConfig`: `null` unless an address was asked for; its members are `omitempty` in
 * every release. On a swarm network the swarm allocator picks the address and the daemon
 * asks IPAM for exactly that one, so it shows here (swarm-facts.md §9).
 */
function ipamConfig(attachment: Attachment, network: NetworkState | undefined): GoJson {
  const allocated = network?.scope === 'swarm' ? attachment.endpoint?.ipv4 : undefined;
  const ipv4 = attachment.ipv4 ?? allocated;
  if (ipv4 === undefined && attachment.ipv6 === undefined) return null;
  const out: Record<string, GoJson> = {};
  if (ipv4 !== undefined && ipv4 !== '') out['IPv4Address'] = ipv4;
  if (attachment.ipv6 !== undefined && attachment.ipv6 !== '') out['IPv6Address'] = attachment.ipv6;
  return out;
}

/** Whether the container has been through a start (the daemon fills `NetworkID` then). */
function hasStarted(container: ContainerState): boolean {
  return !isZeroTime(container.startedAt) || container.sandbox !== undefined;
}

/**
 * `Aliases`: since API 1.45 only the user's aliases (`null` when none). Older daemons
 * appended the short container ID, then the hostname, on user-defined networks when
 * connecting the endpoint (`updateNetworkConfig`, each only if not already there), and kept
 * them across stops. The default hostname is the short ID, so it usually adds nothing.
 */
function aliases(container: ContainerState, attachment: Attachment, network: NetworkState | undefined, profile: EngineProfile): GoJson {
  const userDefined = network !== undefined && !network.predefined;
  if (profile.dnsNames || !userDefined || !hasStarted(container)) return listOrNull(attachment.aliases);
  const out = [...attachment.aliases];
  for (const extra of [container.id.slice(0, 12), container.hostname]) if (extra !== '' && !out.includes(extra)) out.push(extra);
  return out;
}

/**
 * One network's `EndpointSettings`. Operational fields (endpoint, addresses, MAC) are empty
 * while the container has no live endpoint; `NetworkID`, `Aliases` and `DNSNames` stay (§8).
 */
export function endpointSettingsJson(
  container: ContainerState,
  attachment: Attachment,
  network: NetworkState | undefined,
  profile: EngineProfile,
): GoJsonStruct {
  const ep = attachment.endpoint;
  const hostMode = network?.driver === 'host';
  const ipv4 = hostMode ? undefined : ep?.ipv4;
  const ipv6 = hostMode ? undefined : ep?.ipv6;
  const values: Readonly<Record<string, GoJson>> = {
    IPAMConfig: ipamConfig(attachment, network),
    Links: listOrNull(attachment.links),
    Aliases: aliases(container, attachment, network, profile),
    MacAddress: ep === undefined || hostMode ? '' : ep.mac,
    DriverOpts: null,
    GwPriority: attachment.gwPriority ?? 0,
    NetworkID: ep !== undefined || hasStarted(container) ? attachment.networkId : '',
    EndpointID: ep?.id ?? '',
    // The overlay driver sets no gateway: the way out is docker_gwbridge (§10).
    Gateway: ipv4 === undefined || network?.scope === 'swarm' ? '' : (ep?.gateway ?? ''),
    IPAddress: ipv4 ?? '',
    IPPrefixLen: ipv4 === undefined ? 0 : (ep?.ipv4PrefixLen ?? 0),
    IPv6Gateway: ipv6 === undefined ? '' : (ep?.ipv6Gateway ?? ''),
    GlobalIPv6Address: ipv6 ?? '',
    GlobalIPv6PrefixLen: ipv6 === undefined ? 0 : (ep?.ipv6PrefixLen ?? 0),
    // Empty on networks without the embedded DNS (the default bridge, host, none).
    DNSNames: listOrNull(attachment.dnsNames),
  };
  const out: Record<string, GoJson> = {};
  for (const key of FIELD_ORDER[profile.endpointSettingsLayout]) out[key] = values[key] ?? null;
  return out;
}
