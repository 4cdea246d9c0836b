import { describe, expect, it } from 'vitest';
import { replayScenarioText, topologyAfter } from './testing/replay-steps.js';
import { topologyOf } from './topology-of-state.js';
import type { Topology, TopologyNode } from './topology.js';

const byTitle = (t: Topology, kind: TopologyNode['kind'], title: string): TopologyNode => {
  const node = t.nodes.find((n) => n.kind === kind && n.label[0] === title);
  if (node === undefined) throw new Error(`no ${kind} ${title} in ${t.nodes.map((n) => n.label[0]).join(', ')}`);
  return node;
};

describe('topologyOf', () => {
  it('draws a fresh host: its NIC, docker0 with the default subnet, host and none, and NAT out of docker0', () => {
    const t = topologyAfter();
    expect(t.nodes.map((n) => [n.kind, n.label[0]])).toEqual([
      ['host', 'docker-host'],
      ['nic', 'eth0'],
      ['bridge', 'docker0'],
      ['network', 'network host'],
      ['network', 'network none'],
    ]);
    expect(byTitle(t, 'bridge', 'docker0').label).toEqual(['docker0', 'network bridge', '172.17.0.0/16 gw 172.17.0.1']);
    expect(t.edges.map((e) => [e.kind, e.label])).toEqual([['nat', 'NAT']]);
  });

  it('gives a running container eth0 with its address, and a veth pair whose host end is enslaved to the bridge', () => {
    const t = topologyAfter('docker run -d --name web nginx');
    const web = byTitle(t, 'container', 'web');
    expect(web.label).toEqual(['web', 'nginx · running']);
    const eth0 = t.nodes.find((n) => n.kind === 'iface' && n.parent === web.id);
    expect(eth0?.label[1]).toBe('172.17.0.2/16');
    // eth0@ifN names the host end's index; the host end vethX@ifM names eth0's.
    const [, hostIndex] = /^eth0@if(\d+)$/.exec(eth0?.label[0] ?? '') ?? [];
    const veth = t.nodes.find((n) => n.kind === 'veth');
    expect(veth?.label[0]).toMatch(/^veth[0-9a-f]{7}@if\d+$/);
    const pair = t.edges.find((e) => e.kind === 'veth');
    const master = t.edges.find((e) => e.kind === 'master');
    expect([pair?.from, pair?.to]).toEqual([eth0?.id, veth?.id]);
    expect([master?.from, master?.to]).toEqual([veth?.id, byTitle(t, 'bridge', 'docker0').id]);
    expect(hostIndex).toBeDefined();
  });

  it('shows a published port once for 0.0.0.0 and [::], pointing at its container', () => {
    const t = topologyAfter('docker run -d --name web -p 8080:80 nginx');
    const port = byTitle(t, 'port', 'port 8080/tcp');
    expect(port.label).toEqual(['port 8080/tcp', '0.0.0.0:8080', '[::]:8080']);
    const publish = t.edges.find((e) => e.kind === 'publish');
    expect(publish).toMatchObject({ from: port.id, to: byTitle(t, 'container', 'web').id, label: '→ 80/tcp' });
  });

  it('draws shared namespaces, the host network, and a stopped container without interfaces', () => {
    const t = topologyAfter(
      'docker run -d --name db redis',
      'docker run -d --name side --network container:db busybox sleep 1d',
      'docker run -d --name agent --network host busybox sleep 1d',
      'docker run -d --name old nginx',
      'docker stop old',
    );
    const netns = t.edges.find((e) => e.kind === 'netns');
    expect(netns).toMatchObject({ from: byTitle(t, 'container', 'side').id, to: byTitle(t, 'container', 'db').id });
    expect(t.edges.find((e) => e.kind === 'attach')).toMatchObject({ from: byTitle(t, 'container', 'agent').id, label: "host's netns" });
    const old = byTitle(t, 'container', 'old');
    expect(old).toMatchObject({ inactive: true, label: ['old', 'nginx · exited (0)'] });
    expect(t.nodes.filter((n) => n.parent === old.id)).toEqual([]);
    expect(t.nodes.filter((n) => n.kind === 'veth')).toHaveLength(1);
  });

  it('gives a container one interface per network and an internal network no way out', () => {
    const t = topologyAfter(
      'docker network create --internal --subnet 10.9.0.0/24 --ip-range 10.9.0.128/25 secret',
      'docker run -d --name web nginx',
      'docker network connect secret web',
    );
    const secret = t.nodes.find((n) => n.kind === 'bridge' && n.label[1] === 'network secret');
    expect(secret?.label.slice(2)).toEqual(['internal', '10.9.0.0/24 range 10.9.0.128/25 gw 10.9.0.128']);
    expect(t.edges.filter((e) => e.kind === 'nat' && e.from === secret?.id)).toEqual([]);
    const web = byTitle(t, 'container', 'web');
    expect(t.nodes.filter((n) => n.parent === web.id).map((n) => n.label[1])).toEqual(['172.17.0.2/16', '10.9.0.129/24']);
  });

  it('sends NAT out through the first interface that has an address', () => {
    const outcome = replayScenarioText(
      'name: t\nhosts:\n  - name: nasa\n    interfaces:\n      - { name: eno1 }\n      - { name: wlp3s0, ipv4: 192.168.100.9/24 }\nsteps: []\n',
    );
    const t = topologyOf(outcome.state);
    expect(t.edges.find((e) => e.kind === 'nat')?.to).toBe('nic:nasa/wlp3s0');
  });

  it('keeps node ids stable when labels change (a rename, a restart)', () => {
    const before = topologyAfter('docker run -d --name web nginx');
    const after = topologyAfter('docker run -d --name web nginx', 'docker rename web site');
    expect(after.nodes.map((n) => n.id)).toEqual(before.nodes.map((n) => n.id));
    expect(after.nodes.find((n) => n.kind === 'container')?.label[0]).toBe('site');
  });
});
