/**
 * Invariants of one decision, read from the state before it and the events it decided:
 * every dynamic address handed out is the lowest free one at that moment (§1.1).
 */
import type { EngineProfile, EngineState, EventEnvelope } from '@docknet/core';
import { expectedDynamic, ipv4Entries } from './address-invariants.js';
import type { Violation } from './invariant.js';
import { blockContains, ipv4Block, ipv4Number } from './ipv4-block.js';

export const decisionViolations = (state: EngineState, profile: EngineProfile, events: readonly EventEnvelope[]): Violation[] => {
  const out: Violation[] = [];
  // Addresses joined or left earlier in the same decision, per network (a start joins several).
  const joined = new Map<string, Set<string>>();
  const left = new Map<string, Set<string>>();
  const staticAsked = new Map<string, string | undefined>();
  for (const event of events) {
    const host = state.hosts.get(event.host);
    if (host === undefined) continue;
    if (event.type === 'NetworkConnected') {
      staticAsked.set(`${event.data.containerId}/${event.data.attachment.networkId}`, event.data.attachment.ipv4);
      continue;
    }
    if (event.type === 'EndpointLeft') {
      const ep = host.networks.get(event.data.networkId)?.endpoints.get(event.data.endpointId);
      if (ep?.ipv4 !== undefined) {
        const freed = left.get(event.data.networkId) ?? new Set<string>();
        left.set(event.data.networkId, freed.add(ep.ipv4));
      }
      continue;
    }
    if (event.type !== 'EndpointJoined') continue;
    const ep = event.data.endpoint;
    const network = host.networks.get(ep.networkId);
    if (network === undefined || network.scope !== 'local' || !network.enableIPv4) continue;
    const key = `${ep.containerId}/${ep.networkId}`;
    const asked = staticAsked.has(key) ? staticAsked.get(key) : host.containers.get(ep.containerId)?.attachments.get(ep.networkId)?.ipv4;
    const already = joined.get(ep.networkId) ?? new Set<string>();
    joined.set(ep.networkId, already);
    if (asked !== undefined) {
      if (ep.ipv4 !== undefined) already.add(ep.ipv4);
      continue;
    }
    const gone = left.get(ep.networkId) ?? new Set<string>();
    const live = [...network.endpoints.values()].flatMap((e) => (e.ipv4 === undefined || gone.has(e.ipv4) ? [] : [e.ipv4]));
    let expected: string | undefined;
    for (const entry of ipv4Entries(network)) {
      const subnet = ipv4Block(entry.subnet);
      if (subnet === undefined) continue;
      const used = [...live, ...already].flatMap((ip) => {
        const n = ipv4Number(ip);
        return n !== undefined && blockContains(subnet, n) ? [n] : [];
      });
      expected = expectedDynamic(entry, profile.reservedAddresses, used);
      if (expected !== undefined) break;
    }
    if (ep.ipv4 !== undefined) already.add(ep.ipv4);
    if (ep.ipv4 !== expected) {
      const who = host.containers.get(ep.containerId)?.name ?? ep.containerId.slice(0, 12);
      out.push({
        invariant: 'lowest-free-choice',
        message: `${who} joined ${network.name} with ${ep.ipv4 ?? 'no address'}, but the lowest free address was ${expected ?? 'none'}`,
      });
    }
  }
  return out;
};
