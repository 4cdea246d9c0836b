import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { profileFor, type EngineState, type HostState } from '@docknet/core';
import { parseScenario } from '../../scenario/index.js';
import { replayScenario } from '../../replay/replay-scenario.js';
import { stateViolations } from './state-invariants.js';

/** The state after `lines` on a fresh default host. */
const stateAfter = (lines: readonly string[], engine = '28'): EngineState => {
  const text = `name: t\nengine: "${engine}"\nsteps:\n${lines.map((l) => `  - ${JSON.stringify(l)}`).join('\n')}\n`;
  const scenario = parseScenario('t.yaml', text);
  if (E.isLeft(scenario)) throw new Error(JSON.stringify(scenario.left));
  const outcome = replayScenario(scenario.right);
  expect(outcome.passed).toBe(true);
  return outcome.state;
};

const hostOf = (state: EngineState): HostState => {
  const host = state.hosts.get('docker-host');
  if (host === undefined) throw new Error('no host');
  return host;
};

const container = (host: HostState, name: string) => {
  const c = host.containers.get(host.containerIdsByName.get(name) ?? '');
  if (c === undefined) throw new Error(name);
  return c;
};

const network = (host: HostState, name: string) => {
  const n = host.networks.get(host.networkIdsByName.get(name) ?? '');
  if (n === undefined) throw new Error(name);
  return n;
};

const ids = (state: EngineState) => stateViolations(state, profileFor(state.profile)).map((v) => v.invariant);

const TWO_ON_N1 = [
  'docker network create --subnet 10.1.0.0/24 --ip-range 10.1.0.128/25 n1',
  'docker run -itd --name ca --network n1 -p 8080:80 busybox',
  'docker run -itd --name cb --network n1 busybox',
];

describe('stateViolations', () => {
  it('finds nothing wrong in states docknet reaches, on tiny and huge pools alike', () => {
    expect(ids(stateAfter(TWO_ON_N1))).toEqual([]);
    expect(ids(stateAfter(['docker network create --subnet 10.0.0.0/31 t', 'docker run -itd --name ca --network t busybox']))).toEqual([]);
    expect(ids(stateAfter(['docker network create --subnet 11.0.0.0/8 --ip-range 11.255.255.0/24 h', 'docker run -itd --name ca --network h busybox']))).toEqual([]);
    expect(ids(stateAfter(['docker run -itd --name ca busybox', 'docker run -itd --name cs --network container:ca busybox']))).toEqual([]);
  });

  it('a second holder of an address breaks uniqueness (and the pool no longer accounts for it)', () => {
    const state = stateAfter(TWO_ON_N1);
    const host = hostOf(state);
    const a = container(host, 'ca').attachments.get(network(host, 'n1').id)?.endpoint;
    const b = container(host, 'cb').attachments.get(network(host, 'n1').id)?.endpoint;
    if (a?.ipv4 === undefined || b === undefined) throw new Error('endpoints');
    b.ipv4 = a.ipv4;
    expect(ids(state)).toContain('address-unique');
    expect(ids(state)).toContain('pool-accounting');
  });

  it('an address outside the ip-range, a reserved one and the gateway are all caught', () => {
    for (const [ip, id] of [
      ['10.1.0.5', 'address-in-subnet'],
      ['10.9.9.9', 'address-in-subnet'],
      ['10.1.0.255', 'address-not-reserved'],
    ] as const) {
      const state = stateAfter(TWO_ON_N1);
      const host = hostOf(state);
      const ep = container(host, 'cb').attachments.get(network(host, 'n1').id)?.endpoint;
      if (ep === undefined) throw new Error('endpoint');
      ep.ipv4 = ip;
      expect(ids(state), ip).toContain(id);
    }
  });

  it('a leaked allocation shows in the pool accounting', () => {
    const state = stateAfter(TWO_ON_N1);
    const n1 = network(hostOf(state), 'n1');
    n1.pools.allocate(n1.pools.nextDynamic(4) ?? '', 'dynamic');
    expect(ids(state)).toEqual(['pool-accounting']);
  });

  it('overlapping subnets, double-published ports, a stopped holder and a sharer with a network are caught', () => {
    const state = stateAfter([...TWO_ON_N1, 'docker network create --subnet 10.2.0.0/24 n2', 'docker run -itd --name cs --network container:ca busybox']);
    const host = hostOf(state);
    const n2 = network(host, 'n2');
    const config = n2.ipam.config?.[0];
    if (config === undefined) throw new Error('config');
    (n2.ipam.config as { subnet: string }[])[0] = { ...config, subnet: '10.1.0.0/16' };
    container(host, 'cb').published = container(host, 'ca').published;
    container(host, 'ca').status = 'exited';
    const sharer = container(host, 'cs');
    sharer.attachments.set('x', { networkId: 'x', networkName: 'n2', aliases: [], links: [], dnsNames: [] });
    expect(ids(state)).toEqual(expect.arrayContaining(['pools-disjoint', 'host-ports-unique', 'stopped-hold-nothing', 'sharers-match-donor']));
  });
});
