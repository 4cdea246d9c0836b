/** Topology: the model, its layout (elkjs) and its renderings (SVG, Mermaid, DOT). */
export type { Topology, TopologyEdge, TopologyEdgeKind, TopologyNode, TopologyNodeKind } from './topology.js';
export type { Box, EdgeRoute, Point, TopologyLayout } from './topology-layout.js';
export { nodeId, topologyOf } from './topology-of-state.js';
export { layoutTopologies } from './layout-topologies.js';
export { renderSvg, TOPOLOGY_CSS, type SvgOptions } from './render-svg.js';
export { toMermaid } from './render-mermaid.js';
export { toDot } from './render-dot.js';
export { escapeMarkup } from './escape-markup.js';
export { foldFrames, groupsByInstant, type EventSteps } from './frames.js';
export { loadRun, outcomeRun, type LoadedRun } from './load-run.js';
