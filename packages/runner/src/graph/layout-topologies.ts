/**
 * Lays out topologies with ELK's layered algorithm (elkjs). Given every step of a run, it
 * lays out their union once, each node sized for its largest label, so every step draws
 * at the same positions and a step-through never jumps.
 */
import ElkBundle from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { isCompound, LINE_HEIGHT, PAD_X, PAD_Y, textSize, type Size } from './label-metrics.js';
import type { Box, EdgeRoute, Point, TopologyLayout } from './topology-layout.js';
import type { Topology, TopologyEdge, TopologyNode } from './topology.js';

const LAYOUT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.json.shapeCoords': 'ROOT',
  'elk.json.edgeCoords': 'ROOT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '24',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.spacing.edgeLabel': '4',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.edgeLabels.inline': 'true',
  // Keep the state's order (hosts, networks, containers as created) where the layering allows.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.randomSeed': '1',
};

// The bundle is CommonJS; its typings name the constructor `default` (the bundle sets both).
const ELK = ElkBundle.default;

const EDGE_LABEL_HEIGHT = LINE_HEIGHT + 2;

interface Union {
  readonly nodes: Map<string, TopologyNode>;
  readonly sizes: Map<string, Size>;
  readonly edges: Map<string, { edge: TopologyEdge; label: Size | undefined }>;
}

const larger = (a: Size | undefined, b: Size): Size =>
  a === undefined ? b : { width: Math.max(a.width, b.width), height: Math.max(a.height, b.height) };

/** Every node and edge seen in any frame, in first-seen order, with its largest label. */
const unionOf = (frames: readonly Topology[]): Union => {
  const union: Union = { nodes: new Map(), sizes: new Map(), edges: new Map() };
  for (const frame of frames) {
    for (const node of frame.nodes) {
      if (!union.nodes.has(node.id)) union.nodes.set(node.id, node);
      union.sizes.set(node.id, larger(union.sizes.get(node.id), textSize(node.label)));
    }
    for (const edge of frame.edges) {
      const label = edge.label === undefined ? undefined : { ...textSize([edge.label]), height: EDGE_LABEL_HEIGHT };
      const seen = union.edges.get(edge.id);
      const merged = label === undefined ? seen?.label : larger(seen?.label, label);
      union.edges.set(edge.id, { edge: seen?.edge ?? edge, label: merged });
    }
  }
  return union;
};

const elkNode = (node: TopologyNode, union: Union, children: ReadonlyMap<string, readonly TopologyNode[]>): ElkNode => {
  const size = union.sizes.get(node.id) ?? { width: 0, height: 0 };
  const kids = children.get(node.id) ?? [];
  // A container with no interface in any step (host mode, container mode) is a plain box.
  if (!isCompound(node) || kids.length === 0) return { id: node.id, width: size.width, height: size.height };
  const title = size.height - 2 * PAD_Y;
  return {
    id: node.id,
    layoutOptions: {
      'elk.padding': `[top=${title + 2 * PAD_Y},left=${PAD_X + 4},bottom=${PAD_Y + 6},right=${PAD_X + 4}]`,
      'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      // elkjs 0.12 swaps a compound node's minimum width and height when the layered
      // direction is DOWN (it lays out rotated and forgets to rotate the minimum back);
      // writing it swapped gives the size meant. layout-topologies.test.ts guards this.
      'elk.nodeSize.minimum': `(${size.height}, ${size.width})`,
    },
    children: kids.map((c) => elkNode(c, union, children)),
  };
};

const elkEdges = (union: Union): ElkExtendedEdge[] =>
  [...union.edges.values()]
    .filter(({ edge }) => union.nodes.has(edge.from) && union.nodes.has(edge.to))
    .map(({ edge, label }) => ({
      id: edge.id,
      sources: [edge.from],
      targets: [edge.to],
      ...(label === undefined || edge.label === undefined ? {} : { labels: [{ text: edge.label, width: label.width, height: label.height }] }),
    }));

const round = (n: number | undefined): number => Math.round((n ?? 0) * 10) / 10;

const boxOf = (shape: { x?: number; y?: number; width?: number; height?: number }): Box => ({
  x: round(shape.x),
  y: round(shape.y),
  width: round(shape.width),
  height: round(shape.height),
});

const collectBoxes = (node: ElkNode, into: Map<string, Box>): void => {
  for (const child of node.children ?? []) {
    into.set(child.id, boxOf(child));
    collectBoxes(child, into);
  }
};

const routeOf = (edge: ElkExtendedEdge): EdgeRoute => {
  const points: Point[] = [];
  for (const section of edge.sections ?? []) {
    for (const p of [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]) points.push({ x: round(p.x), y: round(p.y) });
  }
  const [label] = edge.labels ?? [];
  return { points, ...(label === undefined ? {} : { label: boxOf(label) }) };
};

/**
 * One layout for all `frames` (the topology after each step). Nodes absent from a frame
 * keep their place empty in it.
 *
 * @example
 * const layout = await layoutTopologies(frames);
 * frames.map((t) => renderSvg(t, layout));
 */
export const layoutTopologies = async (frames: readonly Topology[]): Promise<TopologyLayout> => {
  const union = unionOf(frames);
  const children = new Map<string, TopologyNode[]>();
  const roots: TopologyNode[] = [];
  for (const node of union.nodes.values()) {
    if (node.parent === undefined || !union.nodes.has(node.parent)) roots.push(node);
    else if (children.has(node.parent)) children.get(node.parent)?.push(node); // in place: a copy per child is quadratic
    else children.set(node.parent, [node]);
  }
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: LAYOUT_OPTIONS,
    children: roots.map((n) => elkNode(n, union, children)),
    edges: elkEdges(union),
  };
  const laidOut = await new ELK().layout(graph);
  const nodes = new Map<string, Box>();
  collectBoxes(laidOut, nodes);
  const edges = new Map<string, EdgeRoute>();
  for (const edge of laidOut.edges ?? []) edges.set(edge.id, routeOf(edge));
  return { width: round(laidOut.width), height: round(laidOut.height), nodes, edges };
};
