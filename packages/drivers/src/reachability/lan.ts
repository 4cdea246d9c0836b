/**
 * The other Docker hosts of a scenario: one LAN. A host reaches another host's NIC address
 * directly (TTL 64); a container reaches it through its own host (masqueraded, one hop:
 * TTL 63). Without the engine state, other hosts are unknown and count as the outside.
 */
import type { EngineState, HostState } from '@docknet/core';
import { contains } from '../ipam/cidr.js';

const nicIp = (cidr: string): string => (cidr.includes('/') ? cidr.slice(0, cidr.indexOf('/')) : cidr);

/** The other host of the scenario that owns the NIC address `ip`. */
export const peerHostAt = (state: EngineState | undefined, host: HostState, ip: string): HostState | undefined => {
  for (const other of state?.hosts.values() ?? []) {
    if (other.name === host.name) continue;
    if (other.interfaces.some((i) => i.ipv4 !== undefined && nicIp(i.ipv4) === ip)) return other;
  }
  return undefined;
};

/** TTL of a reply from another host of the scenario to the host itself. */
export const LAN_TTL = 64;
/** TTL of that reply as a container sees it (its host routed it once). */
export const ROUTED_LAN_TTL = 63;

/** Whether `ip` is on the subnet of one of the host's NICs (a connected route wins over anything routed). */
export const onHostLan = (host: HostState, ip: string): boolean =>
  host.interfaces.some((i) => i.ipv4 !== undefined && i.ipv4.includes('/') && contains(i.ipv4, ip));
