/**
 * `docknet state`'s human form: per host, its interfaces, its swarm role, a table of
 * networks (driver, subnets, gateways, endpoints) and a table of containers (status, image,
 * addresses, published ports); then per swarm, its nodes and services with their tasks.
 * Read from the canonical state JSON, so a state file summarises the same way as a
 * replayed scenario.
 */
import { isJsonArray, isJsonObject, type Json, type JsonObject } from '@docknet/core';
import { formatTable } from '../tabwriter/index.js';

const EMPTY: JsonObject = {};

const objectAt = (value: Json | undefined): JsonObject => (value !== undefined && isJsonObject(value) ? value : EMPTY);
const listAt = (value: Json | undefined): readonly Json[] => (value !== undefined && isJsonArray(value) ? value : []);
const textAt = (value: Json | undefined): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

const TABLE = { minwidth: 0, tabwidth: 1, padding: 2, padchar: ' ', flags: 0, widthMode: 'terminal' } as const;

const indent = (text: string, by: string): string =>
  text
    .split('\n')
    .map((line) => (line === '' ? line : `${by}${line}`))
    .join('\n');

const networkRows = (networks: JsonObject): string[][] =>
  Object.entries(networks).map(([name, value]) => {
    const network = objectAt(value);
    const config = listAt(objectAt(network['ipam'])['config']).map(objectAt);
    const endpoints = Object.entries(objectAt(network['endpoints'])).map(([c, ip]) => `${c} ${textAt(ip)}`.trimEnd());
    return [
      name,
      textAt(network['driver']),
      config.map((c) => textAt(c['subnet'])).join(', ') || '-',
      config.map((c) => textAt(c['gateway'])).filter((g) => g !== '').join(', ') || '-',
      endpoints.join(', ') || '-',
    ];
  });

const statusText = (container: JsonObject): string => {
  const status = textAt(container['status']);
  return status === 'exited' ? `exited (${textAt(container['exitCode'])})` : status;
};

/** `bridge 172.17.0.2`, or the network alone when the container has no endpoint on it. */
const addressesText = (container: JsonObject): string => {
  const mode = textAt(container['networkMode']);
  const attachments = Object.entries(objectAt(container['attachments'])).map(([network, value]) => {
    const endpoint = objectAt(objectAt(value)['endpoint']);
    const ips = [textAt(endpoint['ipv4']), textAt(endpoint['ipv6'])].filter((ip) => ip !== '');
    return [network, ...ips].join(' ');
  });
  if (attachments.length === 0) return mode === '' ? '-' : mode;
  return attachments.join(', ');
};

const portsText = (container: JsonObject): string =>
  listAt(container['published'])
    .map(objectAt)
    .map((p) => {
      const hostIp = textAt(p['hostIp']);
      const host = hostIp.includes(':') ? `[${hostIp}]` : hostIp;
      return `${host}:${textAt(p['hostPort'])}->${textAt(p['containerPort'])}/${textAt(p['proto'])}`;
    })
    .join(', ') || '-';

const containerRows = (containers: JsonObject): string[][] =>
  Object.entries(containers).map(([name, value]) => {
    const container = objectAt(value);
    return [name, statusText(container), textAt(container['image']), addressesText(container), portsText(container)];
  });

/** `, swarm manager (node 1a2b3c4d5e6f)` for a swarm node, else nothing. */
const swarmRoleText = (name: string, host: JsonObject, swarms: JsonObject): string => {
  const membership = objectAt(host['swarm']);
  const clusterId = textAt(membership['clusterId']);
  if (clusterId === '') return '';
  const node = objectAt(objectAt(objectAt(swarms[clusterId])['nodes'])[name]);
  const role = textAt(node['role']) || 'node';
  return `, swarm ${role} (node ${textAt(membership['nodeId']).slice(0, 12)})`;
};

const hostSummary = (name: string, host: JsonObject, swarms: JsonObject): string => {
  const interfaces = listAt(host['interfaces'])
    .map(objectAt)
    .map((i) => `${textAt(i['name'])} ${textAt(i['ipv4'])}`.trimEnd());
  const networks = objectAt(host['networks']);
  const containers = objectAt(host['containers']);
  const parts = [`host ${name}${interfaces.length > 0 ? ` (${interfaces.join(', ')})` : ''}${swarmRoleText(name, host, swarms)}`];
  parts.push(`  networks (${Object.keys(networks).length}):`);
  parts.push(indent(formatTable([['NAME', 'DRIVER', 'SUBNET', 'GATEWAY', 'ENDPOINTS'], ...networkRows(networks)], TABLE), '    ').trimEnd());
  if (Object.keys(containers).length === 0) parts.push('  containers: none');
  else {
    parts.push(`  containers (${Object.keys(containers).length}):`);
    parts.push(
      indent(formatTable([['NAME', 'STATUS', 'IMAGE', 'NETWORKS', 'PORTS'], ...containerRows(containers)], TABLE), '    ').trimEnd(),
    );
  }
  return parts.join('\n');
};

const nodeRows = (nodes: JsonObject): string[][] =>
  Object.entries(nodes).map(([hostName, value]) => {
    const node = objectAt(value);
    return [hostName, textAt(node['role']), textAt(node['status']), textAt(node['addr']), textAt(node['id']).slice(0, 12)];
  });

/** `*:8080->80/tcp` per published port (host-mode ports without the `*`). */
const servicePortsText = (service: JsonObject): string =>
  listAt(service['ports'])
    .map(objectAt)
    .map((p) => `${textAt(p['publishMode']) === 'host' ? '' : '*'}:${textAt(p['publishedPort'])}->${textAt(p['targetPort'])}/${textAt(p['protocol'])}`)
    .join(', ') || '-';

/** `web.1 node1, web.2 node2`: each task and the node it runs on. */
const tasksText = (service: JsonObject): string =>
  Object.entries(objectAt(service['tasks']))
    .map(([task, value]) => `${task} ${textAt(objectAt(value)['node'])}`.trimEnd())
    .join(', ') || '-';

const serviceRows = (services: JsonObject): string[][] =>
  Object.entries(services).map(([name, value]) => {
    const service = objectAt(value);
    const mode = textAt(service['mode']);
    return [name, mode, mode === 'global' ? '-' : textAt(service['replicas']), textAt(service['image']), servicePortsText(service), tasksText(service)];
  });

const swarmSummary = (id: string, cluster: JsonObject): string => {
  const nodes = objectAt(cluster['nodes']);
  const services = objectAt(cluster['services']);
  const networks = Object.keys(objectAt(cluster['networks']));
  const parts = [`swarm ${id.slice(0, 12)} (networks: ${networks.join(', ') || 'none'})`, `  nodes (${Object.keys(nodes).length}):`];
  parts.push(indent(formatTable([['NODE', 'ROLE', 'STATUS', 'ADDR', 'ID'], ...nodeRows(nodes)], TABLE), '    ').trimEnd());
  if (Object.keys(services).length === 0) parts.push('  services: none');
  else {
    parts.push(`  services (${Object.keys(services).length}):`);
    parts.push(
      indent(formatTable([['NAME', 'MODE', 'REPLICAS', 'IMAGE', 'PORTS', 'TASKS'], ...serviceRows(services)], TABLE), '    ').trimEnd(),
    );
  }
  return parts.join('\n');
};

/**
 * The state summary, ending in a newline.
 *
 * @example
 * summariseState(stateToJson(state))
 * // engine 28, seed 0, after event 5 (2020-01-01T00:00:02Z)
 * // host docker-host (eth0 10.0.2.15/24)
 * //   networks (3):
 * //     NAME    DRIVER  SUBNET         GATEWAY     ENDPOINTS
 * //     bridge  bridge  172.17.0.0/16  172.17.0.1  c1 172.17.0.2
 * // …
 */
export const summariseState = (state: Json): string => {
  const root = objectAt(state);
  const header = `engine ${textAt(root['profile'])}, seed ${textAt(root['seed'])}, after event ${textAt(root['seq'])} (${textAt(root['at'])})`;
  const swarms = objectAt(root['swarms']);
  const hosts = Object.entries(objectAt(root['hosts'])).map(([name, host]) => hostSummary(name, objectAt(host), swarms));
  const clusters = Object.entries(swarms).map(([id, cluster]) => swarmSummary(id, objectAt(cluster)));
  return `${[header, ...hosts, ...clusters].join('\n')}\n`;
};
