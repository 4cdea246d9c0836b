/**
 * `docknet state`'s human form: per host, its interfaces, a table of networks (driver,
 * subnets, gateways, endpoints) and a table of containers (status, image, addresses,
 * published ports). Read from the canonical state JSON, so a state file summarises the
 * same way as a replayed scenario.
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

const hostSummary = (name: string, host: JsonObject): string => {
  const interfaces = listAt(host['interfaces'])
    .map(objectAt)
    .map((i) => `${textAt(i['name'])} ${textAt(i['ipv4'])}`.trimEnd());
  const networks = objectAt(host['networks']);
  const containers = objectAt(host['containers']);
  const parts = [`host ${name}${interfaces.length > 0 ? ` (${interfaces.join(', ')})` : ''}`];
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
  const hosts = Object.entries(objectAt(root['hosts'])).map(([name, host]) => hostSummary(name, objectAt(host)));
  return `${[header, ...hosts].join('\n')}\n`;
};
