/**
 * The swarm handlers' rules and Docker's refusals (docker-facts.md §3.2, §10; the
 * wording from moby daemon/cluster, swarmkit and docker/cli).
 */
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { makeEngine, type Command, type EngineState } from '@docknet/core';
import { daemonRegistry } from '../registry.js';
import {
  BUSYBOX,
  bootHost,
  convergeSwarm,
  createContainer,
  createNetwork,
  createService,
  initSwarm,
  joinSwarm,
  leaveSwarm,
  removeNetwork,
  scaleService,
  start,
} from '../testing/command-builders.js';
import { SPEC_AT, SPEC_EPOCH } from '../testing/decider-spec.js';
import { swarmMsg } from './swarm-messages.js';

const engine = makeEngine(daemonRegistry);

/** A world of hosts m1 (192.168.1.10), w1 (.11), w2 (.12); commands applied in order. */
class World {
  state: EngineState = engine.initialState({ profile: '28', seed: 3, at: SPEC_EPOCH });
  constructor() {
    ['m1', 'w1', 'w2'].forEach((h, i) => this.ok(h, bootHost([{ name: 'eth0', ipv4: `192.168.1.${10 + i}/24` }])));
  }
  run(host: string, command: Command): E.Either<string, readonly string[]> {
    const decided = engine.decide(this.state, { host, at: SPEC_AT, command });
    if (E.isLeft(decided)) return E.left(decided.left.message);
    this.state = engine.fold(this.state, decided.right);
    return E.right(decided.right.map((e) => `${e.type}@${e.host}`));
  }
  ok(host: string, command: Command): readonly string[] {
    const r = this.run(host, command);
    if (E.isLeft(r)) throw new Error(`${command.type} on ${host}: ${r.left}`);
    return r.right;
  }
  error(host: string, command: Command): string {
    const r = this.run(host, command);
    if (E.isRight(r)) throw new Error(`${command.type} on ${host} succeeded`);
    return r.left;
  }
  get cluster() {
    const c = [...this.state.swarms.values()][0];
    if (c === undefined) throw new Error('no swarm');
    return c;
  }
  converge(): void {
    for (let i = 0; i < 100 && this.ok('m1', convergeSwarm).length > 0; i++);
  }
  swarm(): this {
    this.ok('m1', initSwarm());
    this.ok('w1', joinSwarm(this.cluster.tokens.worker, '192.168.1.10:2377'));
    this.ok('w2', joinSwarm(this.cluster.tokens.worker, '192.168.1.10'));
    return this;
  }
}

describe('swarm init', () => {
  it('creates ingress 10.0.0.0/24 (VXLAN 4096) and docker_gwbridge on the next local pool', () => {
    const w = new World();
    w.ok('m1', initSwarm());
    const m1 = w.state.hosts.get('m1');
    const byName = new Map([...(m1?.networks.values() ?? [])].map((n) => [n.name, n]));
    const ingress = byName.get('ingress');
    expect(ingress?.scope).toBe('swarm');
    expect(ingress?.id).toHaveLength(25);
    expect(ingress?.ipam.config).toEqual([{ subnet: '10.0.0.0/24', gateway: '10.0.0.1', userSubnet: false, userGateway: false }]);
    expect(ingress?.options).toEqual({ 'com.docker.network.driver.overlay.vxlanid_list': '4096' });
    expect([...(ingress?.endpoints.values() ?? [])].map((e) => [e.containerId, e.label, e.ipv4])).toEqual([['ingress-sbox', 'ingress-endpoint', '10.0.0.2']]);
    const gw = byName.get('docker_gwbridge');
    expect(gw?.ipam.config?.[0]?.subnet).toBe('172.18.0.0/16');
    expect(gw?.options).toEqual({
      'com.docker.network.bridge.enable_icc': 'false',
      'com.docker.network.bridge.enable_ip_masquerade': 'true',
      'com.docker.network.bridge.name': 'docker_gwbridge',
    });
    expect(w.cluster.tokens.worker).toMatch(/^SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25}$/);
    expect(w.cluster.tokens.worker.slice(0, 60)).toBe(w.cluster.tokens.manager.slice(0, 60));
  });

  it('takes --default-addr-pool and its mask length for ingress', () => {
    const w = new World();
    w.ok('m1', initSwarm({ defaultAddrPool: ['10.20.0.0/16'], subnetSize: 26 }));
    expect(w.state.hosts.get('m1')?.networks.get(w.cluster.networkIdsByName.get('ingress') ?? '')?.ipam.config?.[0]?.subnet).toBe('10.20.0.0/26');
  });

  it('refuses a node already in a swarm, and a host with two addresses and no --advertise-addr', () => {
    const w = new World();
    w.ok('m1', initSwarm());
    expect(w.error('m1', initSwarm())).toBe(swarmMsg.alreadyInSwarm);
    const two = new World();
    two.ok('h', bootHost([{ name: 'eno1', ipv4: '192.168.100.9/24' }, { name: 'wlp3s0', ipv4: '192.168.0.5/24' }]));
    expect(two.error('h', initSwarm())).toBe(
      'could not choose an IP address to advertise since this system has multiple addresses on different interfaces (192.168.100.9 on eno1 and 192.168.0.5 on wlp3s0) - specify one with --advertise-addr',
    );
    two.ok('h', initSwarm({ advertiseAddr: 'wlp3s0' }));
    expect([...two.state.swarms.values()][0]?.nodes.values().next().value?.addr).toBe('192.168.0.5');
  });
});

describe('swarm join and leave', () => {
  it('checks the token and the manager address', () => {
    const w = new World();
    w.ok('m1', initSwarm());
    expect(w.error('w1', joinSwarm('SWMTKN-1-abc', '192.168.1.10:2377'))).toBe('invalid join token');
    const forged = `${w.cluster.tokens.worker.slice(0, 60)}${'0'.repeat(25)}`;
    expect(w.error('w1', joinSwarm(forged, '192.168.1.10:2377'))).toBe(swarmMsg.wrongJoinToken);
    expect(w.error('w1', joinSwarm(w.cluster.tokens.worker, '192.168.1.99:2377'))).toBe(swarmMsg.joinTimeout);
  });

  it('gives every joining node its ingress sandbox address, serially', () => {
    const w = new World().swarm();
    const ingressId = w.cluster.networkIdsByName.get('ingress') ?? '';
    const sbox = (h: string) => [...(w.state.hosts.get(h)?.networks.get(ingressId)?.endpoints.values() ?? [])][0]?.ipv4;
    expect(['m1', 'w1', 'w2'].map(sbox)).toEqual(['10.0.0.2', '10.0.0.3', '10.0.0.4']);
  });

  it('shows overlays to managers at once and to workers only when they use them', () => {
    const w = new World();
    w.ok('m1', initSwarm());
    w.ok('m1', createNetwork({ name: 'ov', driver: 'overlay', attachable: true }));
    w.ok('w1', joinSwarm(w.cluster.tokens.manager, '192.168.1.10'));
    w.ok('w2', joinSwarm(w.cluster.tokens.worker, '192.168.1.10'));
    expect(w.state.hosts.get('w1')?.networkIdsByName.has('ov')).toBe(true);
    expect(w.state.hosts.get('w2')?.networkIdsByName.has('ov')).toBe(false);
    w.ok('w2', createContainer({ name: 'c1', networks: ['ov'] }));
    expect(w.state.hosts.get('w2')?.networkIdsByName.has('ov')).toBe(true);
  });

  it('refuses to let a manager leave without --force, with the quorum wording', () => {
    const w = new World();
    w.ok('m1', initSwarm());
    expect(w.error('m1', leaveSwarm())).toBe(swarmMsg.leaveLastManager);
    w.ok('w1', joinSwarm(w.cluster.tokens.manager, '192.168.1.10'));
    expect(w.error('m1', leaveSwarm())).toContain('Removing this node leaves 1 managers out of 2.');
    expect(w.error('w2', leaveSwarm())).toBe(swarmMsg.notInSwarm);
  });

  it('reschedules the tasks of a worker that leaves', () => {
    const w = new World().swarm();
    w.ok('m1', createService({ name: 'web', replicas: 3 }));
    w.converge();
    const nodesOf = () => [...(w.cluster.services.values().next().value?.tasks.values() ?? [])].map((t) => t.hostName).sort();
    expect(nodesOf()).toEqual(['m1', 'w1', 'w2']);
    w.ok('w1', leaveSwarm());
    expect(w.state.hosts.get('w1')?.containers.size).toBe(0);
    expect([...w.cluster.nodes.values()].find((n) => n.hostName === 'w1')?.status).toBe('down');
    w.converge();
    expect(nodesOf()).toEqual(['m1', 'm1', 'w2']);
  });
});

describe('overlay networks', () => {
  it('need a manager', () => {
    const w = new World();
    expect(w.error('m1', createNetwork({ name: 'ov', driver: 'overlay' }))).toBe(swarmMsg.notManager);
    w.swarm();
    expect(w.error('w1', createNetwork({ name: 'ov', driver: 'overlay' }))).toBe(swarmMsg.workerNetwork);
    w.ok('m1', createNetwork({ name: 'ov', driver: 'overlay' }));
    const ov = w.cluster.networks.get(w.cluster.networkIdsByName.get('ov') ?? '');
    expect(ov?.record.ipam.config?.[0]?.subnet).toBe('10.0.1.0/24');
    expect(ov?.record.options['com.docker.network.driver.overlay.vxlanid_list']).toBe('4097');
  });

  it('refuse standalone containers unless attachable, at start', () => {
    const w = new World().swarm();
    w.ok('m1', createNetwork({ name: 'ov', driver: 'overlay' }));
    w.ok('w1', createContainer({ name: 'c1', networks: ['ov'] }));
    expect(w.error('w1', start('c1'))).toBe(
      'failed to set up container networking: Could not attach to network ov: rpc error: code = PermissionDenied desc = network ov not manually attachable',
    );
  });

  it('give a standalone container eth0 on the overlay and eth1 on docker_gwbridge', () => {
    const w = new World().swarm();
    w.ok('m1', createNetwork({ name: 'ov', driver: 'overlay', attachable: true }));
    w.ok('w1', createContainer({ name: 'a1', image: BUSYBOX, networks: ['ov'] }));
    w.ok('w1', start('a1'));
    const c = [...(w.state.hosts.get('w1')?.containers.values() ?? [])][0];
    const eps = [...(c?.attachments.values() ?? [])].map((a) => [a.networkName, a.sandboxOnly === true, a.endpoint?.ifName, a.endpoint?.ipv4, a.endpoint?.gateway]);
    expect(eps).toEqual([
      ['ov', false, 'eth0', '10.0.1.2', undefined],
      ['docker_gwbridge', true, 'eth1', '172.18.0.3', '172.18.0.1'],
    ]);
  });

  it('cannot be removed while a service uses them', () => {
    const w = new World().swarm();
    w.ok('m1', createNetwork({ name: 'ov', driver: 'overlay' }));
    w.ok('m1', createService({ name: 'web', networks: ['ov'] }));
    const [net, svc] = [w.cluster.networkIdsByName.get('ov'), w.cluster.serviceIdsByName.get('web')];
    expect(w.error('m1', removeNetwork('ov'))).toBe(`rpc error: code = FailedPrecondition desc = network ${net} is in use by service ${svc}`);
  });
});

describe('services', () => {
  it('take a VIP per network, ingress first, then tasks round-robin', () => {
    const w = new World().swarm();
    w.ok('m1', createNetwork({ name: 'ov', driver: 'overlay' }));
    w.ok('m1', createService({ name: 'web', replicas: 3, networks: ['ov'], publish: ['8080:80'] }));
    const s = w.cluster.services.values().next().value;
    expect(s?.vips.map((v) => v.vip)).toEqual(['10.0.0.5', '10.0.1.2']);
    w.converge();
    const tasks = [...(s?.tasks.values() ?? [])].map((t) => [t.slot, t.hostName]);
    expect(tasks).toEqual([[1, 'm1'], [2, 'w1'], [3, 'w2']]);
    const ovId = w.cluster.networkIdsByName.get('ov') ?? '';
    expect([...(w.cluster.networks.get(ovId)?.endpoints.values() ?? [])].map((e) => e.endpoint.ipv4)).toEqual(['10.0.1.3', '10.0.1.4', '10.0.1.5']);
  });

  it('refuse a taken name, a taken ingress port, unknown and local networks', () => {
    const w = new World().swarm();
    w.ok('m1', createService({ name: 'web', publish: ['8080:80'] }));
    expect(w.error('m1', createService({ name: 'web' }))).toBe(swarmMsg.serviceNameConflict('web'));
    const id = w.cluster.serviceIdsByName.get('web') ?? '';
    expect(w.error('m1', createService({ name: 'api', publish: ['8080:80'] }))).toBe(swarmMsg.portInUse(8080, 'web', id));
    expect(w.error('m1', createService({ name: 'api', networks: ['nope'] }))).toBe('network nope not found');
    expect(w.error('m1', createService({ name: 'api', networks: ['bridge'] }))).toBe(swarmMsg.localNetworkForService('bridge'));
    expect(w.error('w1', createService({ name: 'api' }))).toBe(swarmMsg.workerNode);
  });

  it('scale up and down by slot; global services cannot be scaled', () => {
    const w = new World().swarm();
    w.ok('m1', createService({ name: 'web', replicas: 1 }));
    w.converge();
    w.ok('m1', scaleService('web', 4));
    w.converge();
    w.ok('m1', scaleService('web', 2));
    w.converge();
    expect([...(w.cluster.services.values().next().value?.tasks.values() ?? [])].map((t) => t.slot)).toEqual([1, 2]);
    w.ok('m1', createService({ name: 'agent', mode: 'global' }));
    w.converge();
    expect(w.cluster.services.get(w.cluster.serviceIdsByName.get('agent') ?? '')?.tasks.size).toBe(3);
    expect(w.error('m1', scaleService('agent', 2))).toBe(swarmMsg.globalScale);
  });
});
