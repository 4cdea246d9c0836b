/**
 * The `docker ps` PORTS column (`cli/command/formatter/container.go DisplayablePorts`,
 * docker-facts.md §6.6).
 */
import type { EngineProfile } from '@docknet/core';
import type { ContainerPortMap } from '../port/container-ports.js';

/** One entry of the API's `Ports` list in `docker ps` (`container.PortSummary`). */
export interface PortSummary {
  /** Host address; empty for a port that is exposed but not published. */
  readonly ip: string;
  readonly privatePort: number;
  /** 0 when not published. */
  readonly publicPort: number;
  readonly type: string;
}

/** The daemon's `Ports` list for `docker ps`, from a container's port map. */
export function portSummaries(map: ContainerPortMap): PortSummary[] {
  const out: PortSummary[] = [];
  for (const [key, bindings] of map) {
    const [port = '0', type = 'tcp'] = key.split('/');
    const privatePort = Number(port);
    if (bindings === null || bindings.length === 0) {
      out.push({ ip: '', privatePort, publicPort: 0, type });
      continue;
    }
    for (const b of bindings) out.push({ ip: b.hostIp, privatePort, publicPort: Number(b.hostPort), type });
  }
  return out;
}

// ≤v28 CLIs compare the IP as a string; "0.0.0.0" < "::" either way for the usual pair.
function comparePorts(a: PortSummary, b: PortSummary): number {
  if (a.privatePort !== b.privatePort) return a.privatePort - b.privatePort;
  if (a.ip !== b.ip) return a.ip < b.ip ? -1 : 1;
  if (a.publicPort !== b.publicPort) return a.publicPort - b.publicPort;
  return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
}

/** Go's `net.JoinHostPort`: brackets around an address with a colon. */
export function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/**
 * The PORTS text: same-port mappings and exposed ports grouped into ranges per (IP, proto),
 * then the remapped ones, joined with `, `. How IPv6 hosts print depends on the CLI release
 * (`psIPv6`): `:::80` (≤v26), bracketed only for remapped ports (v27.2+), `[::]:80` (v28+).
 *
 * @example
 * displayablePorts(ports, profileFor('28')) // '0.0.0.0:8080->80/tcp, [::]:8080->80/tcp'
 */
export function displayablePorts(ports: readonly PortSummary[], profile: EngineProfile): string {
  const bracketGroups = profile.psIPv6 === 'brackets';
  const bracketMappings = profile.psIPv6 !== 'colons';
  const hostPort = (ip: string, port: string, bracket: boolean): string => (bracket ? joinHostPort(ip, port) : `${ip}:${port}`);

  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const hostMappings: string[] = [];

  const formGroup = (key: string, first: number, last: number): string => {
    const slash = key.lastIndexOf('/');
    const ip = slash < 0 ? '' : key.slice(0, slash);
    const type = slash < 0 ? key : key.slice(slash + 1);
    let group = first === last ? String(first) : `${first}-${last}`;
    if (ip !== '') group = `${hostPort(ip, group, bracketGroups)}->${group}`;
    return `${group}/${type}`;
  };

  for (const port of [...ports].sort(comparePorts)) {
    const current = port.privatePort;
    let key = port.type;
    if (port.ip !== '') {
      if (port.publicPort !== current) {
        hostMappings.push(`${hostPort(port.ip, String(port.publicPort), bracketMappings)}->${current}/${port.type}`);
        continue;
      }
      key = `${port.ip}/${port.type}`;
    }
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { first: current, last: current });
      continue;
    }
    if (current === group.last + 1) {
      group.last = current;
      continue;
    }
    result.push(formGroup(key, group.first, group.last));
    groups.set(key, { first: current, last: current });
  }
  // Map insertion order is Go's recorded key-creation order; re-setting a key keeps its slot.
  for (const [key, g] of groups) result.push(formGroup(key, g.first, g.last));
  return [...result, ...hostMappings].join(', ');
}
