/**
 * A topology as a Mermaid flowchart: hosts and containers as subgraphs, one class per
 * node kind. Labels are written with Mermaid's `#code;` entities for anything but plain
 * characters, so no scenario string can break out of its quotes.
 */
import type { Topology, TopologyEdge, TopologyNode } from './topology.js';

/** Mermaid label text: plain characters kept, the rest as `#<code point>;`. */
const mermaidText = (text: string): string => [...text].map((c) => (/^[A-Za-z0-9 .:/@,_=+()-]$/.test(c) ? c : `#${c.codePointAt(0) ?? 0};`)).join('');

const label = (lines: readonly string[]): string => `"${lines.map(mermaidText).join('<br/>')}"`;

const SHAPES: Readonly<Record<TopologyNode['kind'], readonly [string, string]>> = {
  host: ['[', ']'],
  nic: ['[/', '/]'],
  bridge: ['[[', ']]'],
  network: ['{{', '}}'],
  container: ['(', ')'],
  iface: ['([', '])'],
  veth: ['([', '])'],
  port: ['>', ']'],
};

const CLASS_DEFS = [
  'classDef host fill:#f6f8fa,stroke:#57606a',
  'classDef nic fill:#ddf4ff,stroke:#0969da',
  'classDef bridge fill:#fff8c5,stroke:#9a6700',
  'classDef network fill:#fbefff,stroke:#8250df',
  'classDef container fill:#dafbe1,stroke:#1a7f37',
  'classDef inactive fill:#eaeef2,stroke:#8c959f,stroke-dasharray:4 3',
  'classDef iface fill:#ffffff,stroke:#1a7f37',
  'classDef veth fill:#ffffff,stroke:#9a6700',
  'classDef port fill:#ffebe9,stroke:#cf222e',
];

const ARROWS: Readonly<Record<TopologyEdge['kind'], string>> = {
  veth: '---',
  master: '---',
  nat: '-.-',
  attach: '-.-',
  publish: '-->',
  netns: '-.->',
  overlay: '===',
};

/**
 * `topology` as Mermaid `flowchart TB` text.
 *
 * @example
 * toMermaid(topologyOf(state)).split('\n')[0] // 'flowchart TB'
 */
export const toMermaid = (topology: Topology): string => {
  const ids = new Map(topology.nodes.map((n, i) => [n.id, `n${i}`] as const));
  const children = new Map<string, TopologyNode[]>();
  for (const n of topology.nodes) {
    if (n.parent === undefined) continue;
    // Appended in place: copying the list per child made a host of 100,000 containers quadratic.
    const siblings = children.get(n.parent);
    if (siblings === undefined) children.set(n.parent, [n]);
    else siblings.push(n);
  }
  const out: string[] = ['flowchart TB'];
  const write = (node: TopologyNode, indent: string): void => {
    const id = ids.get(node.id) ?? '';
    const kids = children.get(node.id) ?? [];
    const cls = node.inactive === true ? 'inactive' : node.kind;
    if (kids.length > 0) {
      out.push(`${indent}subgraph ${id}[${label(node.label)}]`);
      for (const k of kids) write(k, `${indent}  `);
      out.push(`${indent}end`, `${indent}class ${id} ${cls}`);
      return;
    }
    const [open, close] = SHAPES[node.kind];
    out.push(`${indent}${id}${open}${label(node.label)}${close}`, `${indent}class ${id} ${cls}`);
  };
  for (const n of topology.nodes) if (n.parent === undefined || !ids.has(n.parent)) write(n, '  ');
  for (const e of topology.edges) {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    if (from === undefined || to === undefined) continue;
    out.push(`  ${from} ${ARROWS[e.kind]}${e.label === undefined ? '' : `|${label([e.label])}|`} ${to}`);
  }
  out.push(...CLASS_DEFS.map((c) => `  ${c}`), '');
  return out.join('\n');
};
