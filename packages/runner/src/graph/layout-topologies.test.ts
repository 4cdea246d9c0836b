import { describe, expect, it } from 'vitest';
import { foldFrames } from './frames.js';
import { outcomeRun } from './load-run.js';
import { layoutTopologies } from './layout-topologies.js';
import { replaySteps } from './testing/replay-steps.js';
import { topologyOf } from './topology-of-state.js';
import type { Box } from './topology-layout.js';
import type { Topology } from './topology.js';

const STEPS = [
  'docker network create --subnet 10.10.0.0/24 backend',
  'docker run -d --name web -p 8080:80 nginx',
  'docker run -d --name db --network backend redis',
  'docker network connect backend web',
  'docker run -d --name side --network container:db busybox sleep 1d',
  'docker stop web',
];

const framesOf = (...steps: string[]): Topology[] => foldFrames(outcomeRun(replaySteps(...steps)).steps, topologyOf);

const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutTopologies', () => {
  it('places every node of every step, each inside its host or container, siblings apart', async () => {
    const frames = framesOf(...STEPS);
    const layout = await layoutTopologies(frames);
    const nodes = new Map(frames.flatMap((f) => f.nodes).map((n) => [n.id, n] as const));
    for (const node of nodes.values()) {
      const box = layout.nodes.get(node.id);
      expect(box, node.id).toBeDefined();
      if (box === undefined) continue;
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
      const parent = node.parent === undefined ? undefined : layout.nodes.get(node.parent);
      if (parent !== undefined) expect(inside(box, parent), `${node.id} inside ${node.parent ?? ''}`).toBe(true);
    }
    const siblings = [...nodes.values()].filter((n) => n.parent !== undefined);
    for (const a of siblings) {
      for (const b of siblings) {
        if (a.id >= b.id || a.parent !== b.parent) continue;
        expect(overlap(layout.nodes.get(a.id) as Box, layout.nodes.get(b.id) as Box), `${a.id} / ${b.id}`).toBe(false);
      }
    }
  });

  it('gives a box without children the size of its label, not a rotated one', async () => {
    const frames = framesOf('docker run -d --name agent --network host busybox sleep 1d');
    const layout = await layoutTopologies(frames);
    const agent = frames[1]?.nodes.find((n) => n.kind === 'container');
    const box = layout.nodes.get(agent?.id ?? '');
    expect(box?.width).toBeGreaterThan(box?.height ?? Infinity);
    expect(box?.width).toBeGreaterThanOrEqual('busybox · running'.length * 7);
  });

  it('routes every edge it was given from one end to the other', async () => {
    const frames = framesOf(...STEPS);
    const layout = await layoutTopologies(frames);
    for (const edge of frames.flatMap((f) => f.edges)) expect(layout.edges.get(edge.id)?.points.length ?? 0, edge.id).toBeGreaterThanOrEqual(2);
  });

  it('is deterministic: the same frames give the same layout', async () => {
    const a = await layoutTopologies(framesOf(...STEPS));
    const b = await layoutTopologies(framesOf(...STEPS));
    expect([...a.nodes]).toEqual([...b.nodes]);
    expect([...a.edges]).toEqual([...b.edges]);
  });

  it('sizes a node for its largest label across the steps', async () => {
    const frames = framesOf('docker run -d --name web nginx', 'docker rename web a-much-longer-container-name');
    const layout = await layoutTopologies(frames);
    const web = frames[1]?.nodes.find((n) => n.kind === 'container');
    const alone = await layoutTopologies(frames.slice(0, 2));
    expect(layout.nodes.get(web?.id ?? '')?.width).toBeGreaterThanOrEqual(26 * 7);
    expect(alone.nodes.get(web?.id ?? '')?.width).toBeLessThan(layout.nodes.get(web?.id ?? '')?.width ?? 0);
  });
});
