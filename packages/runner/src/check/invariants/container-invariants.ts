/**
 * What must hold of containers and host ports after every command (docker-facts.md §6, §8):
 * ports unique and really bound, nothing held while not running, `container:` sharers
 * living in their donor's namespace.
 */
import type { ContainerState, HostState } from '@docknet/core';
import type { Violation } from './invariant.js';

/** Statuses with a sandbox: the process exists (a paused one is frozen, still `Running`). */
const holdsSandbox = (c: ContainerState): boolean => c.status === 'running' || c.status === 'paused';

/** Published ports are unique per (protocol, host IP, port) and bound in the host's table; the table holds nothing else. */
export const portViolations = (host: HostState): Violation[] => {
  const out: Violation[] = [];
  const owners = new Map<string, string>();
  for (const c of host.containers.values()) {
    for (const p of c.published) {
      const key = `${p.proto}/${p.hostIp}:${p.hostPort}`;
      const owner = owners.get(key);
      if (owner !== undefined) out.push({ invariant: 'host-ports-unique', message: `${key} is published by both ${owner} and ${c.name}` });
      owners.set(key, c.name);
      if (!host.ports.isBound(p.proto, p.hostIp, p.hostPort)) {
        out.push({ invariant: 'host-ports-unique', message: `${c.name} publishes ${key}, but the host's port table does not hold it` });
      }
    }
  }
  // The table's JSON is `{ "tcp/0.0.0.0": { bound: [80, …] } }`; read defensively, it is the driver's format.
  const table = host.ports.toJSON();
  if (typeof table === 'object' && table !== null) {
    for (const [slot, value] of Object.entries(table)) {
      const bound: unknown = typeof value === 'object' && value !== null ? (value as { bound?: unknown }).bound : undefined;
      if (!Array.isArray(bound)) continue;
      for (const port of bound) {
        if (!owners.has(`${slot}:${String(port)}`)) {
          out.push({ invariant: 'host-ports-unique', message: `the host's port table holds ${slot}:${String(port)}, which no container publishes` });
        }
      }
    }
  }
  return out;
};

/** A container without a sandbox holds no endpoint, no address and no host port; every endpoint belongs to a live container. */
export const stoppedViolations = (host: HostState): Violation[] => {
  const out: Violation[] = [];
  for (const c of host.containers.values()) {
    if (holdsSandbox(c)) continue;
    for (const a of c.attachments.values()) {
      if (a.endpoint !== undefined) {
        out.push({ invariant: 'stopped-hold-nothing', message: `${c.name} is ${c.status} but still has ${a.endpoint.ipv4 ?? 'an endpoint'} on ${a.networkName}` });
      }
    }
    if (c.published.length > 0) out.push({ invariant: 'stopped-hold-nothing', message: `${c.name} is ${c.status} but still publishes ${c.published.length} port(s)` });
  }
  for (const network of host.networks.values()) {
    for (const ep of network.endpoints.values()) {
      const c = host.containers.get(ep.containerId);
      // The daemon's own endpoints (a node's ingress sandbox) belong to no container.
      if (c === undefined && ep.label !== undefined) continue;
      if (c === undefined) out.push({ invariant: 'stopped-hold-nothing', message: `network ${network.name} has an endpoint (${ep.ipv4 ?? ep.id.slice(0, 12)}) of a removed container` });
      else if (!holdsSandbox(c)) out.push({ invariant: 'stopped-hold-nothing', message: `network ${network.name} still lists ${c.name} (${c.status}) at ${ep.ipv4 ?? 'no address'}` });
      else if (c.attachments.get(network.id)?.endpoint?.id !== ep.id) {
        out.push({ invariant: 'stopped-hold-nothing', message: `network ${network.name} lists an endpoint of ${c.name} that the container does not hold` });
      }
    }
  }
  return out;
};

/** `--network container:<donor>`: no attachments or ports of its own, the donor's hostname and domain name. */
export const sharerViolations = (host: HostState): Violation[] => {
  const out: Violation[] = [];
  for (const c of host.containers.values()) {
    if (!c.networkMode.startsWith('container:')) continue;
    const donorId = c.networkMode.slice('container:'.length);
    if (c.attachments.size > 0) out.push({ invariant: 'sharers-match-donor', message: `${c.name} shares a namespace but is attached to ${[...c.attachments.values()].map((a) => a.networkName).join(', ')}` });
    if (c.published.length > 0) out.push({ invariant: 'sharers-match-donor', message: `${c.name} shares a namespace but publishes ports itself` });
    const donor = host.containers.get(donorId);
    if (donor !== undefined && (donor.hostname !== c.hostname || donor.domainname !== c.domainname)) {
      out.push({ invariant: 'sharers-match-donor', message: `${c.name} has hostname ${c.hostname}, its donor ${donor.name} ${donor.hostname}` });
    }
  }
  return out;
};
