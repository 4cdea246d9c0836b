/**
 * A topology in Graphviz DOT: hosts and containers as clusters (a container's first node
 * carries its name, so edges can point at it), links undirected, publishing directed.
 * Nodes are named n0, n1, … in topology order.
 */
import type { Topology, TopologyEdge, TopologyNode } from './topology.js';

/** A DOT double-quoted string; `\n` in labels is Graphviz's centred line break. */
const quoted = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;

const FILL: Readonly<Record<TopologyNode['kind'], string>> = {
  host: '#f6f8fa',
  nic: '#ddf4ff',
  bridge: '#fff8c5',
  network: '#fbefff',
  container: '#dafbe1',
  iface: '#ffffff',
  veth: '#ffffff',
  port: '#ffebe9',
};

const EDGE_STYLE: Readonly<Record<TopologyEdge['kind'], string>> = {
  veth: 'dir=none',
  master: 'dir=none',
  nat: 'dir=none, style=dashed',
  attach: 'dir=none, style=dashed',
  publish: 'color="#cf222e"',
  netns: 'style=dotted, color="#8250df"',
  overlay: 'dir=none, penwidth=2.5, color="#0969da"',
};

const labelOf = (lines: readonly string[]): string => quoted(lines.join('\n'));

/**
 * `topology` as a DOT digraph; `dot -Tsvg` draws it.
 *
 * @example
 * toDot(topologyOf(state)).startsWith('digraph docknet {') // true
 */
export const toDot = (topology: Topology): string => {
  const children = new Map<string, TopologyNode[]>();
  const known = new Set(topology.nodes.map((n) => n.id));
  for (const n of topology.nodes) {
    if (n.parent === undefined) continue;
    // Appended in place: copying the list per child made a host of 100,000 containers quadratic.
    const siblings = children.get(n.parent);
    if (siblings === undefined) children.set(n.parent, [n]);
    else siblings.push(n);
  }
  // Short node names (n0, n1, …) keep the text readable; the label carries the meaning.
  const names = new Map(topology.nodes.map((n, i) => [n.id, `n${i}`] as const));
  const anchor = (id: string): string => names.get(id) ?? quoted(id);
  const out: string[] = [
    'digraph docknet {',
    '  graph [rankdir=TB, compound=true, fontname="monospace", fontsize=11];',
    '  node [shape=box, style="rounded,filled", fontname="monospace", fontsize=10];',
    '  edge [fontname="monospace", fontsize=9];',
  ];
  const write = (node: TopologyNode, indent: string): void => {
    const fill = node.inactive === true ? '#eaeef2' : FILL[node.kind];
    if (node.kind === 'host') {
      out.push(`${indent}subgraph cluster_${anchor(node.id)} {`, `${indent}  label=${labelOf(node.label)}; style="rounded,filled"; fillcolor="${fill}";`);
      for (const k of children.get(node.id) ?? []) write(k, `${indent}  `);
      out.push(`${indent}}`);
      return;
    }
    if (node.kind === 'container') {
      out.push(`${indent}subgraph cluster_${anchor(node.id)} {`, `${indent}  label=""; style="rounded,filled${node.inactive === true ? ',dashed' : ''}"; fillcolor="${fill}";`);
      out.push(`${indent}  ${anchor(node.id)} [label=${labelOf(node.label)}, shape=plain, style=""];`);
      for (const k of children.get(node.id) ?? []) write(k, `${indent}  `);
      out.push(`${indent}}`);
      return;
    }
    out.push(`${indent}${anchor(node.id)} [label=${labelOf(node.label)}, fillcolor="${fill}"];`);
  };
  for (const n of topology.nodes) if (n.parent === undefined || !known.has(n.parent)) write(n, '  ');
  for (const e of topology.edges) {
    if (!known.has(e.from) || !known.has(e.to)) continue;
    const label = e.label === undefined ? '' : `label=${quoted(e.label)}, `;
    out.push(`  ${anchor(e.from)} -> ${anchor(e.to)} [${label}${EDGE_STYLE[e.kind]}];`);
  }
  out.push('}', '');
  return out.join('\n');
};
