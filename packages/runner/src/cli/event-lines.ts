/**
 * `docknet log`'s lines: one an event, `seq  type  entity  decided values`, with ids
 * resolved to the names a user typed (a container keeps the name it had when the event
 * happened; a rename shows old → new).
 */
import { EVENT_TYPES, type EventEnvelope, type EventType, type PublishedPort } from '@docknet/core';
import { formatTable } from '../tabwriter/index.js';

/** An event described for people: what it is about and what was decided. */
export interface EventLine {
  readonly seq: number;
  readonly type: EventType;
  /** `container c1`, `network n1`, `c1 on n1`, `host docker-host`. */
  readonly entity: string;
  /** Every name the event involves, for `--entity`. */
  readonly names: readonly string[];
  /** `ipv4=172.17.0.2/16 mac=… eth0 veth=…`. */
  readonly values: string;
}

const short = (id: string): string => id.slice(0, 12);

const portText = (p: PublishedPort): string =>
  `${p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp}:${p.hostPort}->${p.containerPort}/${p.proto}${p.ephemeral === true ? ' (ephemeral)' : ''}`;

const pairs = (entries: readonly (readonly [string, string | number | undefined])[]): string =>
  entries
    .filter((e): e is readonly [string, string | number] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');

/**
 * Describes events in order, tracking names as they are created and renamed, so later
 * events that carry only ids read as names.
 */
export const describeEvents = (events: readonly EventEnvelope[]): readonly EventLine[] => {
  const containers = new Map<string, string>();
  const networks = new Map<string, string>();
  const services = new Map<string, string>();
  const container = (id: string): string => containers.get(id) ?? short(id);
  const network = (id: string): string => networks.get(id) ?? short(id);
  const service = (id: string): string => services.get(id) ?? short(id);
  return events.map((e): EventLine => {
    const line = (entity: string, names: readonly string[], values = ''): EventLine => ({ seq: e.seq, type: e.type, entity, names, values });
    const ofContainer = (id: string, values = ''): EventLine => line(`container ${container(id)}`, [container(id)], values);
    switch (e.type) {
      case 'HostBooted':
        return line(`host ${e.host}`, [e.host], pairs([
          ['engine', e.data.engineId],
          ...e.data.interfaces.map((i): [string, string] => [i.name, [i.ipv4, i.mac].filter((v) => v !== undefined).join(' ')]),
        ]));
      case 'NetworkCreated': {
        const n = e.data.network;
        networks.set(n.id, n.name);
        const config = n.ipam.config ?? [];
        return line(`network ${n.name}`, [n.name], pairs([
          ['id', short(n.id)],
          ['driver', n.driver],
          ['subnet', config.map((c) => c.subnet).join(',')],
          ['gateway', config.map((c) => c.gateway ?? '').filter((g) => g !== '').join(',')],
          ['bridge', n.bridge?.name],
        ]));
      }
      case 'NetworkRemoved':
        return line(`network ${network(e.data.networkId)}`, [network(e.data.networkId)]);
      case 'ContainerCreated': {
        const c = e.data.container;
        containers.set(c.id, c.name);
        return line(`container ${c.name}`, [c.name], pairs([
          ['id', short(c.id)],
          ['image', c.image],
          ['hostname', c.hostname],
          ['network', c.networkMode],
        ]));
      }
      case 'ContainerStarted':
        return ofContainer(e.data.containerId, pairs([['pid', e.data.pid], ['sandbox', short(e.data.sandbox.id)]]));
      case 'EndpointJoined': {
        const ep = e.data.endpoint;
        const [c, n] = [ep.label ?? container(ep.containerId), network(ep.networkId)];
        return line(`${c} on ${n}`, [c, n], pairs([
          ['ipv4', ep.ipv4 === undefined ? undefined : `${ep.ipv4}/${ep.ipv4PrefixLen}`],
          ['ipv6', ep.ipv6 === undefined ? undefined : `${ep.ipv6}/${ep.ipv6PrefixLen}`],
          ['gateway', ep.gateway],
          ['mac', ep.mac],
          ['if', ep.ifName],
          ['veth', ep.veth?.name],
        ]));
      }
      case 'EndpointLeft': {
        const [c, n] = [container(e.data.containerId), network(e.data.networkId)];
        return line(`${c} on ${n}`, [c, n]);
      }
      case 'NetworkConnected': {
        const a = e.data.attachment;
        const [c, n] = [container(e.data.containerId), network(a.networkId)];
        networks.set(a.networkId, a.networkName);
        return line(`${c} on ${a.networkName}`, [c, a.networkName, n], pairs([
          ['ip', a.ipv4],
          ['ip6', a.ipv6],
          ['aliases', a.aliases.join(',')],
          ['dns', e.data.dnsNames.join(',')],
        ]));
      }
      case 'NetworkDisconnected': {
        const [c, n] = [container(e.data.containerId), network(e.data.networkId)];
        return line(`${c} on ${n}`, [c, n]);
      }
      case 'PortsPublished':
        return ofContainer(e.data.containerId, e.data.ports.map(portText).join(' '));
      case 'ContainerStopped':
        return ofContainer(e.data.containerId, pairs([['exit', e.data.exitCode]]));
      case 'ContainerRenamed': {
        const old = container(e.data.containerId);
        containers.set(e.data.containerId, e.data.name);
        return line(`container ${old}`, [old, e.data.name], `name=${e.data.name}`);
      }
      case 'SwarmInitialized':
        return line(`swarm ${short(e.data.cluster.id)}`, [e.host], pairs([['node', e.data.node.id], ['role', e.data.node.role], ['addr', e.data.node.addr]]));
      case 'NodeJoined':
        return line(`swarm ${short(e.data.clusterId)}`, [e.host], pairs([['node', e.data.node.id], ['role', e.data.node.role], ['addr', e.data.node.addr]]));
      case 'NodeLeft':
      case 'NodeRemoved':
        return line(`swarm ${short(e.data.clusterId)}`, [e.host], pairs([['node', e.data.nodeId]]));
      case 'SwarmNetworkCreated': {
        const n = e.data.network;
        networks.set(n.id, n.name);
        return line(`network ${n.name}`, [n.name], pairs([
          ['id', short(n.id)],
          ['driver', n.driver],
          ['subnet', (n.ipam.config ?? []).map((c) => c.subnet).join(',')],
          ['scope', n.scope],
        ]));
      }
      case 'SwarmNetworkRemoved':
        return line(`network ${network(e.data.networkId)}`, [network(e.data.networkId)]);
      case 'ServiceCreated': {
        const s = e.data.service;
        services.set(s.id, s.name);
        return line(`service ${s.name}`, [s.name], pairs([
          ['id', short(s.id)],
          ['replicas', s.mode === 'global' ? 'global' : s.replicas],
          ['vips', s.vips.map((v) => `${network(v.networkId)}:${v.vip}`).join(',')],
        ]));
      }
      case 'ServiceScaled':
        return line(`service ${service(e.data.serviceId)}`, [service(e.data.serviceId)], pairs([['replicas', e.data.replicas]]));
      case 'ServiceRemoved':
        return line(`service ${service(e.data.serviceId)}`, [service(e.data.serviceId)]);
      case 'TaskCreated': {
        const t = e.data.task;
        return line(`service ${service(t.serviceId)}`, [service(t.serviceId), t.hostName], pairs([['task', t.id], ['slot', t.slot], ['node', t.hostName]]));
      }
      case 'TaskRemoved':
        return line(`service ${service(e.data.serviceId)}`, [service(e.data.serviceId)], pairs([['task', e.data.taskId]]));
      case 'PortsReleased':
      case 'ContainerPaused':
      case 'ContainerUnpaused':
      case 'ContainerRemoved':
        return ofContainer(e.data.containerId);
    }
  });
};

/** Which events `docknet log --type T --entity NAME` keeps. */
export interface EventFilter {
  readonly types?: ReadonlySet<EventType>;
  readonly entity?: string;
}

export const keepsEvent = (filter: EventFilter, line: EventLine): boolean =>
  (filter.types === undefined || filter.types.has(line.type)) && (filter.entity === undefined || line.names.includes(filter.entity));

/**
 * `--type` values (repeatable, comma lists allowed; any case) as event types, or the
 * unknown one.
 */
export const parseEventTypes = (values: readonly string[]): { readonly types: ReadonlySet<EventType> } | { readonly unknown: string } => {
  const byLower = new Map(EVENT_TYPES.map((t) => [t.toLowerCase(), t]));
  const types = new Set<EventType>();
  for (const v of values.flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '')) {
    const type = byLower.get(v.toLowerCase());
    if (type === undefined) return { unknown: v };
    types.add(type);
  }
  return { types };
};

/** Event lines laid out in columns, each line indented by `indent` and ended by a newline. */
export const formatEventLines = (lines: readonly EventLine[], indent = ''): string =>
  formatTable(
    lines.map((l) => [`${indent}${l.seq}`, l.type, l.entity, l.values]),
    { minwidth: 0, tabwidth: 1, padding: 2, padchar: ' ', flags: 0, widthMode: 'terminal' },
  )
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n');
