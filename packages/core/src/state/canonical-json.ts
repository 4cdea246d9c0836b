/**
 * The canonical state JSON: plain data with sorted object keys, so that folding the same
 * log always gives byte-identical output (SPEC §4) and diffs are keyed by entity.
 * Hosts, networks and containers are keyed by name (what a user diffs by), endpoints by
 * network name inside their container.
 */
import type { EngineState } from './engine-state.js';
import type { HostState } from './host.js';
import type { ClusterState } from './swarm.js';

export type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };

/** Recursively sorts object keys; arrays keep their order (their order means something). */
export const sortKeys = (value: unknown): Json => {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Map) return sortKeys(Object.fromEntries(value));
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof (obj as { toJSON?: unknown }).toJSON === 'function') {
      return sortKeys((obj as { toJSON: () => unknown }).toJSON());
    }
    const entries: [string, Json][] = [];
    for (const k of Object.keys(obj).sort()) {
      const v = obj[k];
      if (v !== undefined) entries.push([k, sortKeys(v)]);
    }
    // fromEntries defines own properties: a user-chosen key like `__proto__` stays data.
    return Object.fromEntries(entries);
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
};

const hostJson = (host: HostState): Record<string, unknown> => {
  const networkName = (id: string): string => host.networks.get(id)?.name ?? id;
  const networks: Record<string, unknown> = {};
  for (const n of host.networks.values()) {
    const { endpoints, pools, swarm: _swarm, ...record } = n;
    const members: Record<string, unknown> = {};
    for (const ep of endpoints.values()) {
      const c = host.containers.get(ep.containerId);
      members[c?.name ?? ep.containerId] = ep.ipv4 ?? ep.ipv6 ?? '';
    }
    networks[n.name] = { ...record, endpoints: members, allocations: pools.toJSON() };
  }
  const containers: Record<string, unknown> = {};
  for (const c of host.containers.values()) {
    const attachments: Record<string, unknown> = {};
    for (const [id, a] of c.attachments) attachments[networkName(id)] = a;
    containers[c.name] = { ...c, attachments };
  }
  return {
    name: host.name,
    engineId: host.engineId,
    interfaces: host.interfaces,
    networks,
    containers,
    ports: host.ports.toJSON(),
    nextIfIndex: host.nextIfIndex,
    poolCursor: host.poolCursor,
    swarm: host.swarm,
  };
};

/** A swarm keyed as users name things: nodes by hostname, networks and services by name. */
const clusterJson = (cluster: ClusterState): Record<string, unknown> => {
  const { nodes, networks, networkIdsByName: _n, services, serviceIdsByName: _s, ...rest } = cluster;
  const nodeHost = (id: string): string => nodes.get(id)?.hostName ?? id;
  return {
    ...rest,
    nodes: Object.fromEntries([...nodes.values()].map((n) => [n.hostName, n])),
    networks: Object.fromEntries(
      [...networks.values()].map((n) => [
        n.record.name,
        {
          ...n.record,
          allocations: n.pools.toJSON(),
          vips: n.vips,
          endpoints: Object.fromEntries(
            [...n.endpoints.values()].map((e) => [e.endpoint.id, { host: e.host, ipv4: e.endpoint.ipv4 ?? '', names: e.names }]),
          ),
        },
      ]),
    ),
    services: Object.fromEntries(
      [...services.values()].map(({ tasks, ...s }) => [
        s.name,
        { ...s, tasks: Object.fromEntries([...tasks.values()].map((t) => [`${s.name}.${t.slot}`, { ...t, node: nodeHost(t.nodeId) }])) },
      ]),
    ),
  };
};

/** The state as canonical JSON data (sorted keys). */
export const stateToJson = (state: EngineState): Json =>
  sortKeys({
    profile: state.profile,
    seed: state.seed,
    seq: state.seq,
    at: state.at,
    hosts: Object.fromEntries([...state.hosts.values()].map((h) => [h.name, hostJson(h)])),
    ...(state.swarms.size === 0 ? {} : { swarms: Object.fromEntries([...state.swarms.values()].map((c) => [c.id, clusterJson(c)])) }),
  });

/** The canonical state JSON text, 2-space indented, with a final newline. */
export const stateToJsonText = (state: EngineState): string => `${JSON.stringify(stateToJson(state), null, 2)}\n`;
