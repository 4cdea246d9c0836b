/**
 * Overlay addressing across a swarm (docker-facts.md §1.1, §10): over random multi-host
 * sequences — init, joins as worker or manager, leaves, overlay networks (auto or user
 * subnets), standalone containers on attachable overlays on any node, services created,
 * scaled and removed with the orchestrator run to convergence — every command leaves:
 *
 * - no two live endpoints or service VIPs of a swarm network sharing an address, whichever
 *   node they live on;
 * - every such address inside the network's subnet and never its network, broadcast or
 *   gateway address;
 * - each node's local endpoints exactly the cluster's endpoints on that node;
 * - the swarm networks' subnets pairwise disjoint;
 * - serial allocation: an address freed by a task is not the next one handed out.
 */
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEngine, PROFILE_IDS, type Command, type EngineState, type ProfileId } from '@docknet/core';
import { contains, lastAddress, networkAddress, parseNetCidr } from '../../ipam/index.js';
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
  removeContainer,
  removeService,
  scaleService,
  start,
  stop,
} from '../testing/command-builders.js';
import { SPEC_AT, SPEC_EPOCH } from '../testing/decider-spec.js';

const NUM_RUNS = process.env['DOCKNET_DEEP'] === undefined ? 60 : 1000;
const engine = makeEngine(daemonRegistry);
const HOSTS = ['node0', 'node1', 'node2'] as const;
const addr = (i: number) => `192.168.50.${10 + i}`;

type Step =
  | { readonly kind: 'join'; readonly host: number; readonly manager: boolean }
  | { readonly kind: 'leave'; readonly host: number }
  | { readonly kind: 'network'; readonly name: string; readonly subnet: string | undefined; readonly attachable: boolean }
  | { readonly kind: 'run'; readonly host: number; readonly name: string; readonly network: string }
  | { readonly kind: 'stop' | 'rm'; readonly host: number; readonly name: string }
  | { readonly kind: 'service'; readonly name: string; readonly replicas: number; readonly network: string; readonly publish: boolean }
  | { readonly kind: 'scale'; readonly name: string; readonly replicas: number }
  | { readonly kind: 'unservice'; readonly name: string };

const hostIx = fc.integer({ min: 0, max: HOSTS.length - 1 });
const netName = fc.constantFrom('ov0', 'ov1', 'ov2');
const svcName = fc.constantFrom('s0', 's1');
const ctrName = fc.constantFrom('c0', 'c1', 'c2', 'c3');

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('join' as const), host: fc.integer({ min: 1, max: 2 }), manager: fc.boolean() }),
  fc.record({ kind: fc.constant('leave' as const), host: fc.integer({ min: 1, max: 2 }) }),
  fc.record({
    kind: fc.constant('network' as const),
    name: netName,
    subnet: fc.option(fc.constantFrom('10.0.1.0/24', '10.10.0.0/29', '10.10.0.0/28', '10.0.3.0/30'), { nil: undefined }),
    attachable: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('run' as const), host: hostIx, name: ctrName, network: netName }),
  fc.record({ kind: fc.constantFrom('stop' as const, 'rm' as const), host: hostIx, name: ctrName }),
  fc.record({ kind: fc.constant('service' as const), name: svcName, replicas: fc.integer({ min: 0, max: 5 }), network: netName, publish: fc.boolean() }),
  fc.record({ kind: fc.constant('scale' as const), name: svcName, replicas: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ kind: fc.constant('unservice' as const), name: svcName }),
);

const commandsOf = (step: Step, state: EngineState): [string, Command][] => {
  const manager = 'node0';
  switch (step.kind) {
    case 'join': {
      const cluster = [...state.swarms.values()][0];
      if (cluster === undefined) return [];
      const token = step.manager ? cluster.tokens.manager : cluster.tokens.worker;
      return [[HOSTS[step.host] ?? manager, joinSwarm(token, `${addr(0)}:2377`)]];
    }
    case 'leave':
      return [[HOSTS[step.host] ?? manager, leaveSwarm(true)]];
    case 'network':
      return [[manager, createNetwork({ name: step.name, driver: 'overlay', attachable: step.attachable, subnets: step.subnet === undefined ? [] : [step.subnet] })]];
    case 'run': {
      const host = HOSTS[step.host] ?? manager;
      return [
        [host, createContainer({ name: step.name, image: BUSYBOX, networks: [step.network] })],
        [host, start(step.name)],
      ];
    }
    case 'stop':
      return [[HOSTS[step.host] ?? manager, stop(step.name)]];
    case 'rm':
      return [[HOSTS[step.host] ?? manager, removeContainer(step.name, true)]];
    case 'service':
      return [[manager, createService({ name: step.name, replicas: step.replicas, networks: [step.network], ...(step.publish ? { publish: ['8080:80'] } : {}) })]];
    case 'scale':
      return [[manager, scaleService(step.name, step.replicas)]];
    case 'unservice':
      return [[manager, removeService(step.name)]];
  }
};

/** Applies a command; a Docker error leaves the state as it was (and is fine here). */
const apply = (state: EngineState, host: string, command: Command): { state: EngineState; decided: number } => {
  const decided = engine.decide(state, { host, at: SPEC_AT, command });
  return E.isRight(decided) ? { state: engine.fold(state, decided.right), decided: decided.right.length } : { state, decided: 0 };
};

const converge = (state: EngineState): EngineState => {
  let s = state;
  for (let i = 0; i < 200; i++) {
    const r = apply(s, 'node0', convergeSwarm);
    s = r.state;
    if (r.decided === 0) break;
  }
  return s;
};

const v = (ip: string): bigint => {
  const parsed = parseNetCidr(`${ip}/32`);
  if (E.isLeft(parsed)) throw new Error(`bad ip ${ip}`);
  return networkAddress(parsed.right);
};

/** Every invariant of the module comment, for the state after one command. */
const checkInvariants = (state: EngineState): void => {
  for (const cluster of state.swarms.values()) {
    const subnets: string[] = [];
    for (const network of cluster.networks.values()) {
      const config = network.record.ipam.config?.[0];
      expect(config).toBeDefined();
      if (config === undefined) continue;
      subnets.push(config.subnet);
      const block = parseNetCidr(config.subnet);
      if (E.isLeft(block)) throw new Error(block.left);
      const forbidden = new Set([networkAddress(block.right), lastAddress(block.right)]);
      if (config.gateway !== undefined) forbidden.add(v(config.gateway));
      const seen = new Map<bigint, string>();
      const claim = (ip: string, who: string) => {
        expect(contains(config.subnet, ip), `${who} ${ip} outside ${config.subnet}`).toBe(true);
        expect(forbidden.has(v(ip)), `${who} got reserved ${ip}`).toBe(false);
        const other = seen.get(v(ip));
        expect(other, `${ip} held by ${other} and ${who}`).toBeUndefined();
        seen.set(v(ip), who);
      };
      for (const e of network.endpoints.values()) if (e.endpoint.ipv4 !== undefined) claim(e.endpoint.ipv4, `${e.host}/${e.endpoint.id.slice(0, 6)}`);
      for (const s of cluster.services.values()) for (const vip of s.vips) if (vip.networkId === network.record.id) claim(vip.vip, `vip ${s.name}`);
      // Each node's local view is exactly its share of the cluster's endpoints.
      for (const host of state.hosts.values()) {
        const local = host.networks.get(network.record.id);
        const mine = [...network.endpoints.values()].filter((e) => e.host === host.name).map((e) => e.endpoint.id).sort();
        expect([...(local?.endpoints.keys() ?? [])].sort()).toEqual(mine);
        if (local !== undefined) expect(local.pools).toBe(network.pools);
      }
    }
    for (let i = 0; i < subnets.length; i++) {
      for (let j = i + 1; j < subnets.length; j++) {
        const [a, b] = [subnets[i] ?? '', subnets[j] ?? ''];
        expect(contains(a, b.split('/')[0] ?? '') || contains(b, a.split('/')[0] ?? ''), `${a} overlaps ${b}`).toBe(false);
      }
    }
  }
};

const boot = (profile: ProfileId): EngineState => {
  let state = engine.initialState({ profile, seed: 7, at: SPEC_EPOCH });
  for (const [i, h] of HOSTS.entries()) state = apply(state, h, bootHost([{ name: 'eth0', ipv4: `${addr(i)}/24` }])).state;
  return apply(state, 'node0', initSwarm()).state;
};

describe('overlay addresses across a swarm', () => {
  it.each(PROFILE_IDS)('stay unique swarm-wide and inside their subnet (%s)', (profile) => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 25 }), (steps) => {
        let state = boot(profile);
        checkInvariants(state);
        for (const step of steps) {
          for (const [host, command] of commandsOf(step, state)) {
            state = apply(state, host, command).state;
            checkInvariants(state);
          }
          state = converge(state);
          checkInvariants(state);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('does not hand out a freed task address again at once (serial allocation)', () => {
    let state = boot('28');
    const step = (host: string, c: Command) => {
      const r = apply(state, host, c);
      state = r.state;
      return r.decided;
    };
    step('node0', createNetwork({ name: 'ov', driver: 'overlay', attachable: true }));
    step('node0', createService({ name: 'web', replicas: 2, networks: ['ov'] }));
    state = converge(state);
    const ipsOf = () => {
      const cluster = [...state.swarms.values()][0];
      const ov = cluster?.networks.get(cluster.networkIdsByName.get('ov') ?? '');
      return [...(ov?.endpoints.values() ?? [])].map((e) => e.endpoint.ipv4).sort();
    };
    expect(ipsOf()).toEqual(['10.0.1.3', '10.0.1.4']);
    step('node0', scaleService('web', 1));
    state = converge(state);
    step('node0', scaleService('web', 2));
    state = converge(state);
    // .4 was freed by the scale-down; serial allocation moves on to .5.
    expect(ipsOf()).toEqual(['10.0.1.3', '10.0.1.5']);
  });
});
