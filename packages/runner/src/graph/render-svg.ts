/**
 * A topology drawn as standalone SVG at the positions a layout gave. Boxes and routes come
 * from the layout engine; this module only paints them. Every string is escaped.
 */
import { escapeMarkup } from './escape-markup.js';
import { FONT_SIZE, isCompound, LINE_HEIGHT, PAD_X, PAD_Y } from './label-metrics.js';
import type { Box, Point, TopologyLayout } from './topology-layout.js';
import type { Topology, TopologyEdge, TopologyNode } from './topology.js';

export interface SvgOptions {
  /** Nodes and edges to mark as changed by the step (class `changed`). */
  readonly changed?: ReadonlySet<string>;
  /** Leave out the `<style>` element (a page that styles every drawing at once). */
  readonly omitStyle?: boolean;
}

/** The drawing's stylesheet; also used by the report, which leaves it out of each SVG. */
export const TOPOLOGY_CSS = `
.dn-topology{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:${FONT_SIZE}px}
.dn-topology rect{stroke-width:1.2}
.dn-topology .host>rect{fill:#f6f8fa;stroke:#57606a}
.dn-topology .nic>rect{fill:#ddf4ff;stroke:#0969da}
.dn-topology .bridge>rect{fill:#fff8c5;stroke:#9a6700}
.dn-topology .network>rect{fill:#fbefff;stroke:#8250df}
.dn-topology .container>rect{fill:#dafbe1;stroke:#1a7f37}
.dn-topology .container.inactive>rect{fill:#eaeef2;stroke:#8c959f;stroke-dasharray:4 3}
.dn-topology .iface>rect{fill:#ffffff;stroke:#1a7f37}
.dn-topology .veth>rect{fill:#ffffff;stroke:#9a6700}
.dn-topology .port>rect{fill:#ffebe9;stroke:#cf222e}
.dn-topology text{fill:#1f2328}
.dn-topology .title{font-weight:bold}
.dn-topology .changed>rect{stroke:#d4a72c;stroke-width:3}
.dn-topology .edge path{fill:none;stroke:#57606a;stroke-width:1.4}
.dn-topology .edge.nat path,.dn-topology .edge.attach path{stroke-dasharray:5 3}
.dn-topology .edge.publish path{stroke:#cf222e}
.dn-topology .edge.netns path{stroke:#8250df;stroke-dasharray:2 3}
.dn-topology .edge.overlay path{stroke:#0969da;stroke-width:2.5}
.dn-topology .edge.changed path{stroke:#d4a72c;stroke-width:3}
.dn-topology .edge polygon{fill:#57606a}
.dn-topology .edge.publish polygon{fill:#cf222e}
.dn-topology .edge-label rect{fill:#ffffff;stroke:none;opacity:.85}
.dn-topology .edge-label text{fill:#57606a;font-size:${FONT_SIZE - 1}px}
`;

const num = (n: number): string => String(Math.round(n * 10) / 10);

const classes = (base: string, kind: string, id: string, extra: { inactive?: boolean }, changed: ReadonlySet<string> | undefined): string =>
  [base, kind, extra.inactive === true ? 'inactive' : '', changed?.has(id) === true ? 'changed' : ''].filter((c) => c !== '').join(' ');

const textLines = (lines: readonly string[], x: number, y: number, anchor: 'start' | 'middle'): string =>
  lines
    .map(
      (line, i) =>
        `<text x="${num(x)}" y="${num(y + PAD_Y + (i + 1) * LINE_HEIGHT - 3.5)}" text-anchor="${anchor}"${i === 0 ? ' class="title"' : ''}>${escapeMarkup(line)}</text>`,
    )
    .join('');

const nodeSvg = (node: TopologyNode, box: Box, changed: ReadonlySet<string> | undefined): string => {
  const rect = `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="${isCompound(node) ? 6 : 3}"/>`;
  const text = isCompound(node)
    ? textLines(node.label, box.x + PAD_X, box.y, 'start')
    : textLines(node.label, box.x + box.width / 2, box.y, 'middle');
  return `<g class="${classes('node', node.kind, node.id, node, changed)}" data-id="${escapeMarkup(node.id)}"><title>${escapeMarkup(node.label.join('\n'))}</title>${rect}${text}</g>`;
};

/** A filled triangle at `tip`, pointing along the segment from `from`. */
const arrowHead = (from: Point, tip: Point): string => {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const back = { x: tip.x - ux * 8, y: tip.y - uy * 8 };
  const left = { x: back.x - uy * 4, y: back.y + ux * 4 };
  const right = { x: back.x + uy * 4, y: back.y - ux * 4 };
  return `<polygon points="${[tip, left, right].map((p) => `${num(p.x)},${num(p.y)}`).join(' ')}"/>`;
};

/** Publishing and namespace sharing have a direction; links (veth, NAT) do not. */
const directed = (edge: TopologyEdge): boolean => edge.kind === 'publish' || edge.kind === 'netns';

const edgeSvg = (edge: TopologyEdge, layout: TopologyLayout, changed: ReadonlySet<string> | undefined): string => {
  const route = layout.edges.get(edge.id);
  if (route === undefined || route.points.length < 2) return '';
  const d = route.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join(' ');
  const last = route.points[route.points.length - 1];
  const beforeLast = route.points[route.points.length - 2];
  const head = directed(edge) && last !== undefined && beforeLast !== undefined ? arrowHead(beforeLast, last) : '';
  return `<g class="${classes('edge', edge.kind, edge.id, {}, changed)}" data-id="${escapeMarkup(edge.id)}"><path d="${d}"/>${head}</g>`;
};

const edgeLabelSvg = (edge: TopologyEdge, layout: TopologyLayout): string => {
  const box = layout.edges.get(edge.id)?.label;
  if (box === undefined || edge.label === undefined) return '';
  return `<g class="edge-label"><rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="2"/><text x="${num(box.x + box.width / 2)}" y="${num(box.y + box.height - 4.5)}" text-anchor="middle">${escapeMarkup(edge.label)}</text></g>`;
};

/**
 * `topology` as an SVG document. Nodes the layout does not know are left out; the canvas
 * is the layout's, so drawings of different steps line up.
 *
 * @example
 * renderSvg(topologyOf(state), await layoutTopologies([topologyOf(state)]))
 */
export const renderSvg = (topology: Topology, layout: TopologyLayout, options: SvgOptions = {}): string => {
  // Containers and hosts first, so the boxes they hold are drawn on top of them.
  const depth = new Map<string, number>();
  for (const node of topology.nodes) depth.set(node.id, node.parent === undefined ? 0 : (depth.get(node.parent) ?? 0) + 1);
  const nodes = [...topology.nodes].sort((a, b) => (depth.get(a.id) ?? 0) - (depth.get(b.id) ?? 0));
  const width = num(layout.width);
  const height = num(layout.height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="dn-topology" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="network topology">`,
    options.omitStyle === true ? '' : `<style>${TOPOLOGY_CSS}</style>`,
    ...nodes.map((n) => {
      const box = layout.nodes.get(n.id);
      return box === undefined ? '' : nodeSvg(n, box, options.changed);
    }),
    ...topology.edges.map((e) => edgeSvg(e, layout, options.changed)),
    ...topology.edges.map((e) => edgeLabelSvg(e, layout)),
    '</svg>',
    '',
  ].join('\n');
};
