/**
 * The entities of the canonical state JSON (state/canonical-json.ts): hosts, their
 * networks and containers, and a container's membership of each network; swarms, their
 * nodes, swarm networks, services and tasks. The diff tree shows these as headings, so a
 * reader sees `container c1` rather than a JSON path.
 */
import type { PathSegment } from './change.js';

const hostEntityLabel = (path: readonly string[]): string | undefined => {
  const [, host, family, name, sub, network] = path;
  if (path.length === 2) return `host ${host ?? ''}`;
  if (path.length === 4 && family === 'networks') return `network ${name ?? ''}`;
  if (path.length === 4 && family === 'containers') return `container ${name ?? ''}`;
  if (path.length === 6 && family === 'containers' && sub === 'attachments') return `on network ${network ?? ''}`;
  return undefined;
};

/** Swarm families keyed as users name them: nodes by hostname, networks and services by name. */
const SWARM_FAMILIES: Readonly<Record<string, string>> = { nodes: 'node', networks: 'swarm network', services: 'service' };

const swarmEntityLabel = (path: readonly string[]): string | undefined => {
  const [, cluster, family, name, sub, task] = path;
  if (path.length === 2) return `swarm ${(cluster ?? '').slice(0, 12)}`;
  const kind = family === undefined ? undefined : SWARM_FAMILIES[family];
  if (path.length === 4 && kind !== undefined) return `${kind} ${name ?? ''}`;
  if (path.length === 6 && family === 'services' && sub === 'tasks') return `task ${task ?? ''}`;
  return undefined;
};

/**
 * The heading for an entity of the state JSON at `path`, or undefined for a plain field.
 *
 * @example
 * stateEntityLabel(['hosts', 'docker-host', 'containers', 'web']) // 'container web'
 * stateEntityLabel(['hosts', 'docker-host', 'containers', 'web', 'attachments', 'bridge']) // 'on network bridge'
 * stateEntityLabel(['swarms', 'k3x…', 'services', 'web', 'tasks', 'web.1']) // 'task web.1'
 */
export const stateEntityLabel = (path: readonly PathSegment[]): string | undefined => {
  if (!path.every((s): s is string => typeof s === 'string')) return undefined;
  if (path[0] === 'hosts') return hostEntityLabel(path);
  if (path[0] === 'swarms') return swarmEntityLabel(path);
  return undefined;
};
