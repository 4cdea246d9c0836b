import { describe, expect, it } from 'vitest';
import { foldFrames } from './frames.js';
import { layoutTopologies } from './layout-topologies.js';
import { outcomeRun } from './load-run.js';
import { toDot } from './render-dot.js';
import { toMermaid } from './render-mermaid.js';
import { renderSvg } from './render-svg.js';
import { replaySteps, topologyAfter } from './testing/replay-steps.js';
import { topologyOf } from './topology-of-state.js';
import type { Topology } from './topology.js';

const HOSTILE: Topology = {
  nodes: [
    { id: 'host:h', kind: 'host', label: ['h'] },
    { id: 'net:h/1', kind: 'bridge', parent: 'host:h', label: ['br-1', 'network <script>alert("x")</script>'] },
    { id: 'ctr:h/2', kind: 'container', parent: 'host:h', label: ['a"b\\c', "it's & <b>"] },
  ],
  edges: [{ id: 'netns:ctr:h/2->net:h/1', kind: 'netns', from: 'ctr:h/2', to: 'net:h/1', label: '<img src=x onerror=alert(1)>' }],
};

describe('toMermaid', () => {
  it('writes a flowchart with hosts and containers as subgraphs and one class per kind', () => {
    const text = toMermaid(topologyAfter('docker run -d --name web -p 8080:80 nginx'));
    expect(text.split('\n')[0]).toBe('flowchart TB');
    expect(text).toContain('subgraph n0["docker-host"]');
    expect(text).toMatch(/subgraph n\d+\["web<br\/>nginx #183; running"\]/);
    expect(text).toMatch(/n\d+\(\["eth0@if\d+<br\/>172\.17\.0\.2\/16"\]\)/);
    expect(text).toMatch(/n\d+ -->\|"#8594; 80\/tcp"\| n\d+/);
    expect(text).toContain('classDef bridge');
  });

  it('encodes every character that could end a label or start markup', () => {
    const text = toMermaid(HOSTILE);
    expect(text).not.toMatch(/<script|<b>|<img|a"b/);
    expect(text).toContain('network #60;script#62;alert(#34;x#34;)#60;/script#62;');
    expect(text).toContain('|"#60;img src=x onerror=alert(1)#62;"|');
  });
});

describe('toDot', () => {
  it('writes a digraph with host and container clusters, links undirected and publishing directed', () => {
    const text = toDot(topologyAfter('docker run -d --name web -p 8080:80 nginx'));
    expect(text.startsWith('digraph docknet {\n')).toBe(true);
    expect(text).toContain('subgraph cluster_n0 {');
    expect(text).toContain('label="docker-host";');
    expect(text).toMatch(/n\d+ \[label="web\\nnginx · running", shape=plain, style=""\];/);
    expect(text).toMatch(/n\d+ -> n\d+ \[label="→ 80\/tcp", color="#cf222e"\];/);
    expect(text).toMatch(/n\d+ -> n\d+ \[dir=none\];/);
    expect(text.trimEnd().endsWith('}')).toBe(true);
  });

  it('escapes quotes and backslashes in labels', () => {
    expect(toDot(HOSTILE)).toContain('[label="a\\"b\\\\c\\nit\'s & <b>", shape=plain, style=""]');
  });
});

describe('renderSvg', () => {
  it('draws every node and edge of the step, text escaped', async () => {
    const svg = renderSvg(HOSTILE, await layoutTopologies([HOSTILE]));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/<script|<b>|<img/);
    expect(svg).toContain('network &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg.match(/<g class="node /g)).toHaveLength(3);
    expect(svg.match(/<g class="edge /g)).toHaveLength(1);
    expect(svg).toContain('<polygon'); // netns has a direction
  });

  it('draws two steps of a run at the same positions, on the same canvas', async () => {
    const outcome = replaySteps('docker run -d --name web nginx', 'docker run -d --name db redis', 'docker stop web');
    const frames = foldFrames(outcomeRun(outcome).steps, topologyOf);
    const layout = await layoutTopologies(frames);
    const boxOf = (svg: string, id: string): string | undefined => new RegExp(`data-id="${id}"><title>[^<]*</title>(<rect [^>]*>)`).exec(svg)?.[1];
    const first = renderSvg(frames[1] as Topology, layout);
    const last = renderSvg(frames[3] as Topology, layout);
    const web = frames[1]?.nodes.find((n) => n.kind === 'container')?.id ?? '';
    expect(boxOf(first, web)).toBeDefined();
    expect(boxOf(first, web)).toBe(boxOf(last, web));
    expect(/viewBox="[^"]*"/.exec(first)?.[0]).toBe(/viewBox="[^"]*"/.exec(last)?.[0]);
    // The stopped container keeps its place, faded, and its interface is gone.
    expect(last).toMatch(new RegExp(`class="node container inactive" data-id="${web}"`));
    expect(last).not.toContain(`data-id="if:docker-host/${web.slice('ctr:docker-host/'.length)}`);
  });

  it('marks the elements a step changed', async () => {
    const t = topologyAfter('docker run -d --name web nginx');
    const web = t.nodes.find((n) => n.kind === 'container')?.id ?? '';
    const svg = renderSvg(t, await layoutTopologies([t]), { changed: new Set([web]), omitStyle: true });
    expect(svg).toContain(`class="node container changed" data-id="${web}"`);
    expect(svg).not.toContain('<style>');
  });
});
