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
export declare const stateEntityLabel: (path: readonly PathSegment[]) => string | undefined;
//# sourceMappingURL=state-entities.d.ts.map