/**
 * What must hold of a host's addresses after every command (docker-facts.md §1, §2):
 * uniqueness, subnet and ip-range membership, reserved addresses, the allocator's
 * accounting, and subnets that never overlap.
 */
import type { EngineProfile, HostState, IpamConfigEntry, NetworkState } from '@docknet/core';
import { contains, overlaps } from '@docknet/drivers';
import type { Violation } from './invariant.js';
import { blockContains, ipv4Block, ipv4Number, ipv4Text, lowestFreeIpv4, reservedIpv4 } from './ipv4-block.js';

const isIpv4 = (cidr: string): boolean => !cidr.includes(':');

/** The addresses of a subnet that are taken while nothing runs: the gateway and aux addresses inside it. */
export const standingAddresses = (entry: IpamConfigEntry): number[] => {
  const out: number[] = [];
  const subnet = ipv4Block(entry.subnet);
  if (subnet === undefined) return out;
  for (const ip of [entry.gateway, ...Object.values(entry.auxAddresses ?? {})]) {
    const n = ip === undefined ? undefined : ipv4Number(ip);
    if (n !== undefined && blockContains(subnet, n)) out.push(n);
  }
  return out;
};

/** The live IPv4 addresses of a network inside one subnet. */
const liveIpv4 = (network: NetworkState, entry: IpamConfigEntry): number[] => {
  const subnet = ipv4Block(entry.subnet);
  const out: number[] = [];
  if (subnet === undefined) return out;
  for (const ep of network.endpoints.values()) {
    const n = ep.ipv4 === undefined ? undefined : ipv4Number(ep.ipv4);
    if (n !== undefined && blockContains(subnet, n)) out.push(n);
  }
  return out;
};

/** The lowest free dynamic address of an IPv4 config entry, given the addresses in use. */
export const expectedDynamic = (entry: IpamConfigEntry, reserve: EngineProfile['reservedAddresses'], used: readonly number[]): string | undefined => {
  const subnet = ipv4Block(entry.subnet);
  const range = entry.ipRange === undefined ? subnet : ipv4Block(entry.ipRange);
  if (subnet === undefined || range === undefined) return undefined;
  const free = lowestFreeIpv4(subnet, range, reserve, new Set([...standingAddresses(entry), ...used]));
  return free === undefined ? undefined : ipv4Text(free);
};

/** Swarm-scope pools hand out addresses serially (§1.1), so "lowest free" is a local-scope rule. */
const lowestFreeApplies = (network: NetworkState): boolean => network.scope === 'local' && network.enableIPv4;

export const ipv4Entries = (network: NetworkState): IpamConfigEntry[] => (network.ipam.config ?? []).filter((e) => isIpv4(e.subnet));

/** Per network: unique, in-subnet, not reserved; dynamic ones in the ip-range. */
export const addressViolations = (host: HostState, profile: EngineProfile): Violation[] => {
  const out: Violation[] = [];
  for (const network of host.networks.values()) {
    const seen = new Map<string, string>();
    const config = network.ipam.config ?? [];
    for (const ep of network.endpoints.values()) {
      const c = host.containers.get(ep.containerId);
      const who = c?.name ?? ep.containerId.slice(0, 12);
      const requested = c?.attachments.get(network.id);
      for (const [ip, asked] of [
        [ep.ipv4, requested?.ipv4],
        [ep.ipv6, requested?.ipv6],
      ] as const) {
        if (ip === undefined) continue;
        const where = `network ${network.name}: ${who} has ${ip}`;
        const holder = seen.get(ip);
        if (holder !== undefined) out.push({ invariant: 'address-unique', message: `${where}, which ${holder} holds too` });
        seen.set(ip, who);
        const entry = config.find((e) => contains(e.subnet, ip));
        if (entry === undefined) {
          out.push({ invariant: 'address-in-subnet', message: `${where}, outside every subnet (${config.map((e) => e.subnet).join(', ') || 'none'})` });
          continue;
        }
        if (asked === undefined && entry.ipRange !== undefined && !contains(entry.ipRange, ip)) {
          out.push({ invariant: 'address-in-subnet', message: `${where}, a dynamic address outside ip-range ${entry.ipRange}` });
        }
        if (asked !== undefined && asked !== ip) {
          out.push({ invariant: 'address-in-subnet', message: `${where}, but asked for ${asked}` });
        }
        if (!isIpv4(entry.subnet)) continue;
        const subnet = ipv4Block(entry.subnet);
        const n = ipv4Number(ip);
        if (subnet === undefined || n === undefined) continue;
        if (reservedIpv4(subnet, profile.reservedAddresses).includes(n)) {
          out.push({ invariant: 'address-not-reserved', message: `${where}, a reserved address of ${entry.subnet} (profile ${profile.id})` });
        }
        if (entry.gateway === ip) out.push({ invariant: 'address-not-reserved', message: `${where}, the gateway` });
        const range = ipv4Block(entry.ipRange ?? entry.subnet);
        for (const [aux, auxIp] of Object.entries(entry.auxAddresses ?? {})) {
          const a = ipv4Number(auxIp);
          if (auxIp === ip && a !== undefined && range !== undefined && blockContains(range, a)) {
            out.push({ invariant: 'address-not-reserved', message: `${where}, the aux address ${aux}` });
          }
        }
      }
    }
  }
  return out;
};

/** The allocator's next dynamic address is the lowest free one given the live endpoints: nothing leaked, nothing lost. */
export const poolAccountingViolations = (host: HostState, profile: EngineProfile): Violation[] => {
  const out: Violation[] = [];
  for (const network of host.networks.values()) {
    if (!lowestFreeApplies(network)) continue;
    let expected: string | undefined;
    for (const entry of ipv4Entries(network)) {
      expected = expectedDynamic(entry, profile.reservedAddresses, liveIpv4(network, entry));
      if (expected !== undefined) break;
    }
    const actual = network.pools.nextDynamic(4);
    if (actual !== expected) {
      const live = [...network.endpoints.values()].flatMap((ep) => (ep.ipv4 === undefined ? [] : [ep.ipv4]));
      out.push({
        invariant: 'pool-accounting',
        message: `network ${network.name}: the pool would hand out ${actual ?? 'nothing'}, but the lowest free address is ${expected ?? 'none'} (live: ${live.join(', ') || 'none'})`,
      });
    }
  }
  return out;
};

/** No two networks of one address space (scope) on a host share an address. */
export const poolOverlapViolations = (host: HostState): Violation[] => {
  const out: Violation[] = [];
  const networks = [...host.networks.values()];
  for (const [i, a] of networks.entries()) {
    for (const b of networks.slice(i + 1)) {
      if (a.scope !== b.scope) continue;
      for (const ea of a.ipam.config ?? []) {
        for (const eb of b.ipam.config ?? []) {
          if (overlaps(ea.subnet, eb.subnet)) {
            out.push({ invariant: 'pools-disjoint', message: `networks ${a.name} (${ea.subnet}) and ${b.name} (${eb.subnet}) overlap` });
          }
        }
      }
    }
  }
  return out;
};
