import { describe, expect, it } from 'vitest';
import type { ContainerState, EngineState } from '@docknet/core';
import { NGINX, bootHost, createContainer, createNetwork, start } from '../daemon/testing/index.js';
import { resolveName, reverseName, nameserverOf } from './name-resolution.js';
import { pathVerdict } from './path-verdict.js';
import { tcpVerdict } from './tcp-verdict.js';
import { MANAGER, MANAGER_IP, WORKER, WORKER_IP, hostNamed, serviceNamed, swarmWorld, twoNodeSwarm } from './test-swarm.js';
import { HOST_VIEWER, containerViewer, type Viewer } from './viewer.js';

const listens = (c: ContainerState): readonly number[] => ((c.image === 'nginx' || c.image === 'nginx:latest') && c.status !== 'exited' ? [80] : []);

const containerOn = (state: EngineState, host: string, name: string): ContainerState => {
  const h = hostNamed(state, host);
  const c = h.containers.get(h.containerIdsByName.get(name) ?? '');
  if (c === undefined) throw new Error(`no ${name} on ${host}`);
  return c;
};

/** A container's address on a network, by network name. */
const ipOf = (state: EngineState, host: string, name: string, network: string): string => {
  const c = containerOn(state, host, name);
  return [...c.attachments.values()].find((a) => a.networkName === network)?.endpoint?.ipv4 ?? '';
};

describe('swarm overlays', () => {
  const world = twoNodeSwarm();
  world.exec(MANAGER, createNetwork({ name: 'ov2', driver: 'overlay', attachable: true }));
  world.exec(MANAGER, createContainer({ name: 'c2', networks: ['ov2'] }));
  world.exec(MANAGER, start('c2'));
  world.exec(WORKER, createContainer({ name: 'pub', image: NGINX, publish: ['9090:80', '127.0.0.1:9091:80'] }));
  world.exec(WORKER, start('pub'));
  const state = world.state;
  const manager = hostNamed(state, MANAGER);
  const worker = hostNamed(state, WORKER);
  const hostOf = (on: string) => (on === MANAGER ? manager : worker);
  const viewer = (on: string, name: string): Viewer => (name === 'host' ? HOST_VIEWER : containerViewer(containerOn(state, on, name)));
  const path = (on: string, from: string, ip: string) => pathVerdict(hostOf(on), viewer(on, from), ip, state);
  const kind = (on: string, from: string, ip: string) => path(on, from, ip).kind;
  const webTasks = [...serviceNamed(state, 'web').tasks.values()];
  const taskName = (slot: number) => containerOn(state, webTasks[slot - 1]?.hostName ?? '', `web.${slot}.${webTasks[slot - 1]?.id ?? ''}`).name;
  const vip = manager.networks.get(manager.networkIdsByName.get('ov') ?? '')?.swarm?.vips.get('web') ?? '';
  const a1 = ipOf(state, MANAGER, 'a1', 'ov');
  const b1 = ipOf(state, WORKER, 'b1', 'ov');

  it('reaches overlay peers on any node, the service VIP and the gateway, with TTL 64', () => {
    expect(path(MANAGER, 'a1', b1)).toEqual({ kind: 'reply', ttl: 64, outside: false });
    expect(kind(WORKER, 'b1', a1)).toBe('reply');
    expect(kind(WORKER, 'b1', vip)).toBe('reply');
    expect(kind(MANAGER, 'a1', '10.0.1.1')).toBe('reply');
    expect(kind(MANAGER, 'a1', '10.0.1.200')).toBe('host-unreachable');
  });

  it('goes out through docker_gwbridge, which keeps its sandboxes apart (icc off)', () => {
    const webGw = ipOf(state, webTasks[0]?.hostName ?? '', taskName(1), 'docker_gwbridge');
    expect(kind(MANAGER, 'a1', webGw)).toBe('filtered');
    expect(kind(MANAGER, 'a1', '172.18.0.1')).toBe('reply');
    expect(path(MANAGER, 'a1', '8.8.8.8')).toEqual({ kind: 'reply', ttl: 117, outside: true });
    expect(path(MANAGER, 'a1', WORKER_IP)).toEqual({ kind: 'reply', ttl: 63, outside: false });
    expect(kind(MANAGER, 'a1', MANAGER_IP)).toBe('reply');
    expect(kind(MANAGER, 'a1', ipOf(state, MANAGER, 'c2', 'ov2'))).toBe('filtered');
  });

  it('gives the host no route into overlays, but the other hosts of the scenario answer', () => {
    expect(kind(MANAGER, 'host', a1)).toBe('filtered');
    expect(kind(WORKER, 'host', a1)).toBe('filtered');
    expect(kind(WORKER, 'host', ipOf(state, MANAGER, 'c2', 'ov2'))).toBe('filtered');
    expect(path(MANAGER, 'host', WORKER_IP)).toEqual({ kind: 'reply', ttl: 64, outside: false });
    expect(pathVerdict(manager, HOST_VIEWER, WORKER_IP)).toEqual({ kind: 'reply', ttl: 117, outside: true });
  });

  it('resolves names on any node, service VIPs and tasks.<service> on swarm networks', () => {
    const lookup = (on: string, from: string, name: string) => resolveName(hostOf(on), viewer(on, from), name, 'none');
    const dns = (...addresses: string[]) => ({ kind: 'found', addresses, source: 'dns' });
    expect(nameserverOf(worker, viewer(WORKER, 'b1'))).toBe('127.0.0.11');
    expect(lookup(WORKER, 'b1', 'a1')).toEqual(dns(a1));
    expect(lookup(WORKER, 'b1', 'ALPHA')).toEqual(dns(a1));
    expect(lookup(WORKER, 'b1', 'a1.ov')).toEqual(dns(a1));
    expect(lookup(WORKER, 'b1', containerOn(state, MANAGER, 'a1').id.slice(0, 12))).toEqual(dns(a1));
    expect(lookup(WORKER, 'b1', 'web')).toEqual(dns(vip));
    const tasks = webTasks.map((t, i) => ipOf(state, t.hostName, taskName(i + 1), 'ov')).sort();
    expect(lookup(WORKER, 'b1', 'tasks.web')).toEqual(dns(...tasks));
    expect(lookup(MANAGER, 'a1', taskName(2))).toMatchObject({ kind: 'found', source: 'dns' });
    expect(lookup(MANAGER, 'a1', 'example.com')).toMatchObject({ kind: 'found', source: 'outside' });
    // docker_gwbridge is shared by every sandbox of the node, but serves no names.
    expect(lookup(MANAGER, 'a1', 'c2')).toEqual({ kind: 'not-found' });
    expect(lookup(MANAGER, 'c2', 'a1')).toEqual({ kind: 'not-found' });
  });

  it('reverse-resolves swarm peers and VIPs to name.network', () => {
    expect(reverseName(worker, viewer(WORKER, 'b1'), a1, 'none')).toBe('a1.ov');
    expect(reverseName(worker, viewer(WORKER, 'b1'), vip, 'none')).toBe('web.ov');
  });

  it('connects to peers and VIPs across nodes', () => {
    const tcp = (on: string, from: string, ip: string, port: number) => tcpVerdict(hostOf(on), viewer(on, from), ip, port, listens, state);
    expect(tcp(WORKER, 'b1', vip, 80)).toMatchObject({ kind: 'connected', server: { image: 'nginx:latest' } });
    expect(tcp(WORKER, 'b1', ipOf(state, MANAGER, taskName(1), 'ov'), 80)).toMatchObject({ kind: 'connected', server: { name: taskName(1) } });
    expect(tcp(WORKER, 'b1', a1, 80).kind).toBe('refused');
    expect(tcp(MANAGER, 'host', a1, 80).kind).toBe('timeout');
  });

  it('answers a service port on every node (routing mesh), from hosts and containers', () => {
    const tcp = (on: string, from: string, ip: string, port: number) => tcpVerdict(hostOf(on), viewer(on, from), ip, port, listens, state).kind;
    expect(tcp(MANAGER, 'host', '127.0.0.1', 8080)).toBe('connected');
    expect(tcp(WORKER, 'host', '127.0.0.1', 8080)).toBe('connected');
    expect(tcp(WORKER, 'host', WORKER_IP, 8080)).toBe('connected');
    expect(tcp(MANAGER, 'host', WORKER_IP, 8080)).toBe('connected');
    expect(tcp(WORKER, 'host', MANAGER_IP, 8080)).toBe('connected');
    expect(tcp(MANAGER, 'a1', WORKER_IP, 8080)).toBe('connected');
    expect(tcp(WORKER, 'b1', WORKER_IP, 8080)).toBe('connected');
    expect(tcp(WORKER, 'b1', '172.18.0.1', 8080)).toBe('connected');
    expect(tcp(MANAGER, 'host', WORKER_IP, 9999)).toBe('refused');
    // Another host's own published ports, as its port table says (loopback bindings stay local).
    expect(tcp(MANAGER, 'host', WORKER_IP, 9090)).toBe('connected');
    expect(tcp(MANAGER, 'a1', WORKER_IP, 9090)).toBe('connected');
    expect(tcp(MANAGER, 'host', WORKER_IP, 9091)).toBe('refused');
    expect(tcp(WORKER, 'host', '127.0.0.1', 9091)).toBe('connected');
    // Without the engine state the other host is the outside, which serves 80 and 443 only.
    expect(tcpVerdict(manager, HOST_VIEWER, WORKER_IP, 8080, listens).kind).toBe('timeout');
  });

  it('refuses a mesh port once the service has no task', () => {
    const scaled = twoNodeSwarm();
    scaled.exec(MANAGER, { type: 'ScaleService', ref: 'web', replicas: 0 });
    scaled.converge();
    const host = hostNamed(scaled.state, WORKER);
    expect(tcpVerdict(host, HOST_VIEWER, '127.0.0.1', 8080, listens, scaled.state).kind).toBe('refused');
  });
});

describe('a swarm pool that overlaps the hosts LAN', () => {
  it('keeps host-to-host traffic on the LAN', () => {
    const world = swarmWorld();
    world.exec('h1', bootHost([{ name: 'eth0', ipv4: '10.0.2.15/24' }]));
    world.exec('h2', bootHost([{ name: 'eth0', ipv4: '10.0.2.16/24' }]));
    world.exec('h1', { type: 'InitSwarm', defaultAddrPool: [], subnetSize: 24 });
    // ingress is 10.0.0.0/24; these two take 10.0.1.0/24 and 10.0.2.0/24, the hosts' own subnet.
    world.exec('h1', createNetwork({ name: 'x1', driver: 'overlay', attachable: true }));
    world.exec('h1', createNetwork({ name: 'x2', driver: 'overlay', attachable: true }));
    world.exec('h1', createContainer({ name: 'cx', networks: ['x1'] }));
    world.exec('h1', start('cx'));
    const h1 = hostNamed(world.state, 'h1');
    expect(pathVerdict(h1, HOST_VIEWER, '10.0.2.16', world.state)).toEqual({ kind: 'reply', ttl: 64, outside: false });
    expect(pathVerdict(h1, containerViewer(containerOn(world.state, 'h1', 'cx')), '10.0.2.16', world.state)).toEqual({ kind: 'reply', ttl: 63, outside: false });
  });
});
