/** `docknet graph` of a two-node swarm: one shared node per swarm network, VXLAN to each peer. */
import { describe, expect, it } from 'vitest';
import { layoutTopologies } from './layout-topologies.js';
import { toDot } from './render-dot.js';
import { toMermaid } from './render-mermaid.js';
import { renderSvg } from './render-svg.js';
import { createService, MANAGER, runContainer, twoNodeSwarm, WORKER } from './testing/swarm-session.js';
import { nodeId, topologyOf } from './topology-of-state.js';
import type { Topology, TopologyNode } from './topology.js';

const swarmTopology = (): { t: Topology; ovId: string; ingressId: string } => {
  const s = twoNodeSwarm();
  runContainer(s, WORKER, 'c1', 'ov');
  createService(s, 'web', 2, 'ov', true);
  const [cluster] = s.state.swarms.values();
  const idOf = (name: string): string => cluster?.networkIdsByName.get(name) ?? '';
  return { t: topologyOf(s.state), ovId: idOf('ov'), ingressId: idOf('ingress') };
};

const titled = (t: Topology, title: string): TopologyNode[] => t.nodes.filter((n) => n.label[0] === title);

/** The host a node sits in, following parents. */
const hostOf = (t: Topology, id: string): string | undefined => {
  const byId = new Map(t.nodes.map((n) => [n.id, n]));
  let node = byId.get(id);
  while (node?.parent !== undefined) node = byId.get(node.parent);
  return node?.kind === 'host' ? node.label[0] : undefined;
};

describe('topologyOf a swarm', () => {
  it('draws each swarm network once, outside the hosts, keyed by its id', () => {
    const { t, ovId, ingressId } = swarmTopology();
    const ov = titled(t, 'network ov');
    expect(ov.map((n) => [n.id, n.kind, n.parent])).toEqual([[nodeId.swarmNetwork(ovId), 'network', undefined]]);
    expect(ov[0]?.label).toEqual(['network ov', 'driver overlay · scope swarm · attachable', '10.0.1.0/24 gw 10.0.1.1', 'VXLAN 4097']);
    expect(titled(t, 'network ingress').map((n) => n.id)).toEqual([nodeId.swarmNetwork(ingressId)]);
    expect(t.nodes.some((n) => n.id === nodeId.network(MANAGER, ovId) || n.id === nodeId.network(WORKER, ovId))).toBe(false);
    // docker_gwbridge is local: one per host.
    expect(titled(t, 'docker_gwbridge').map((n) => n.parent)).toEqual([nodeId.host(MANAGER), nodeId.host(WORKER)]);
  });

  it('links containers on both hosts to the one overlay node', () => {
    const { t, ovId } = swarmTopology();
    const net = nodeId.swarmNetwork(ovId);
    const linked = t.edges.filter((e) => e.to === net && (e.kind === 'master' || e.kind === 'veth')).map((e) => hostOf(t, e.from));
    expect(new Set(linked)).toEqual(new Set([MANAGER, WORKER]));
    expect(linked.length).toBe(3); // c1 and two tasks
  });

  it('joins the overlay to the NIC each peer advertises (VXLAN), and marks the nodes’ roles', () => {
    const { t, ovId } = swarmTopology();
    const net = nodeId.swarmNetwork(ovId);
    const vxlan = t.edges.filter((e) => e.kind === 'overlay' && e.from === net);
    expect(vxlan.map((e) => [e.to, e.label])).toEqual([
      [nodeId.nic(MANAGER, 'eth0'), 'VXLAN'],
      [nodeId.nic(WORKER, 'eth0'), 'VXLAN'],
    ]);
    expect(t.nodes.find((n) => n.id === nodeId.host(MANAGER))?.label).toEqual([MANAGER, 'swarm manager']);
    expect(t.nodes.find((n) => n.id === nodeId.host(WORKER))?.label).toEqual([WORKER, 'swarm worker']);
  });

  it('gives no VXLAN link to a node without an endpoint on the network', () => {
    const s = twoNodeSwarm();
    runContainer(s, WORKER, 'c1', 'ov');
    const [cluster] = s.state.swarms.values();
    const net = nodeId.swarmNetwork(cluster?.networkIdsByName.get('ov') ?? '');
    expect(topologyOf(s.state).edges.filter((e) => e.kind === 'overlay' && e.from === net).map((e) => e.to)).toEqual([nodeId.nic(WORKER, 'eth0')]);
  });

  it('every renderer draws the shared overlay once, outside both host boxes', async () => {
    const { t } = swarmTopology();
    const mermaid = toMermaid(t);
    expect(mermaid.match(/network ov<br\/>/g)?.length).toBe(1);
    expect(mermaid).toMatch(/n\d+ ===\|"VXLAN"\| n\d+/);
    const dot = toDot(t);
    expect(dot.match(/"network ov\\n/g)?.length).toBe(1);
    expect(dot).toContain('penwidth=2.5');
    const layout = await layoutTopologies([t]);
    const svg = renderSvg(t, layout);
    expect(svg.match(/data-id="net:swarm\//g)?.length).toBe(2); // ingress and ov
    const box = (id: string) => layout.nodes.get(id);
    const ov = box(t.nodes.find((n) => n.label[0] === 'network ov')?.id ?? '');
    for (const h of [MANAGER, WORKER]) {
      const hostBox = box(nodeId.host(h));
      if (ov === undefined || hostBox === undefined) throw new Error('missing layout');
      const inside = ov.x >= hostBox.x && ov.x + ov.width <= hostBox.x + hostBox.width && ov.y >= hostBox.y && ov.y + ov.height <= hostBox.y + hostBox.height;
      expect(inside).toBe(false);
    }
  });
});
