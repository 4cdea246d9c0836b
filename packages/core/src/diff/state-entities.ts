/**
 * The entities of the canonical state JSON (state/canonical-json.ts): hosts, their
 * networks and containers, and a container's membership of each network. The diff tree
 * shows these as headings, so a reader sees `container c1` rather than a JSON path.
 */
import type { PathSegment } from './change.js';

/**
 * The heading for an entity of the state JSON at `path`, or undefined for a plain field.
 *
 * @example
 * stateEntityLabel(['hosts', 'docker-host', 'containers', 'web']) // 'container web'
 * stateEntityLabel(['hosts', 'docker-host', 'containers', 'web', 'attachments', 'bridge']) // 'on network bridge'
 */
export const stateEntityLabel = (path: readonly PathSegment[]): string | undefined => {
  if (!path.every((s): s is string => typeof s === 'string') || path[0] !== 'hosts') return undefined;
  const [, host, family, name, sub, network] = path;
  if (path.length === 2) return `host ${host ?? ''}`;
  if (path.length === 4 && family === 'networks') return `network ${name ?? ''}`;
  if (path.length === 4 && family === 'containers') return `container ${name ?? ''}`;
  if (path.length === 6 && family === 'containers' && sub === 'attachments') return `on network ${network ?? ''}`;
  return undefined;
};
