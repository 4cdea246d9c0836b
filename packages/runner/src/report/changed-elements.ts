/** Which nodes and edges a step added or relabelled: the report outlines them. */
import type { Topology } from '../graph/index.js';

const signature = (label: readonly string[], inactive: boolean | undefined): string => `${label.join('\n')}${inactive === true ? '\u0000' : ''}`;

/**
 * Ids of the nodes and edges in `after` that are new or drawn differently than in `before`.
 *
 * @example
 * changedElements(beforeRun, afterRun) // Set { 'ctr:docker-host/9f…', 'if:docker-host/9f…/b6…', … }
 */
export const changedElements = (before: Topology | undefined, after: Topology): ReadonlySet<string> => {
  const nodes = new Map((before?.nodes ?? []).map((n) => [n.id, signature(n.label, n.inactive)] as const));
  const edges = new Map((before?.edges ?? []).map((e) => [e.id, e.label ?? ''] as const));
  const changed = new Set<string>();
  for (const n of after.nodes) if (nodes.get(n.id) !== signature(n.label, n.inactive)) changed.add(n.id);
  for (const e of after.edges) if (edges.get(e.id) !== (e.label ?? '')) changed.add(e.id);
  return changed;
};
