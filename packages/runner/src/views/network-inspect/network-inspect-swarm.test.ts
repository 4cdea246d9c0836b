/** `docker network inspect` on a two-node swarm built from daemon commands (swarm-facts.md §10). */
import { profileFor, type HostState, type NetworkState } from '@docknet/core';
import { describe, expect, it } from 'vitest';
import { createOverlay, createService, MANAGER, MANAGER_IP, runContainer, twoNodeSwarm, WORKER, WORKER_IP } from '../../graph/testing/swarm-session.js';
import type { Session } from '../../session/session.js';
import type { GoJson, GoJsonStruct } from '../go-json/go-json-value.js';
import { renderInspectArray } from '../go-json/render-go-json.js';
import { networkInspectJson } from './network-inspect.js';

const hostOf = (s: Session, name: string): HostState => {
  const h = s.state.hosts.get(name);
  if (h === undefined) throw new Error(`no host ${name}`);
  return h;
};

const networkOf = (h: HostState, name: string): NetworkState => {
  const n = h.networks.get(h.networkIdsByName.get(name) ?? '');
  if (n === undefined) throw new Error(`no network ${name} on ${h.name}`);
  return n;
};

const inspect = (s: Session, hostName: string, net: string, profile: '28' | '29' = '28'): GoJsonStruct => {
  const h = hostOf(s, hostName);
  return networkInspectJson(h, networkOf(h, net), profileFor(profile), s.state.swarms);
};

const containersOf = (json: GoJsonStruct): ReadonlyMap<string, GoJson> => {
  const c = json['Containers'];
  if (!(c instanceof Map)) throw new Error(`Containers is ${JSON.stringify(c)}`);
  return c;
};

const nameOf = (entry: GoJson | undefined): GoJson | undefined =>
  entry !== null && typeof entry === 'object' && !Array.isArray(entry) && !(entry instanceof Map) ? (entry as GoJsonStruct)['Name'] : undefined;

const peerNames = (s: Session): { manager: string; worker: string } => {
  const [cluster] = s.state.swarms.values();
  const nodes = [...(cluster?.nodes.values() ?? [])];
  return { manager: nodes.find((n) => n.hostName === MANAGER)?.peerName ?? '', worker: nodes.find((n) => n.hostName === WORKER)?.peerName ?? '' };
};

describe('docker network inspect on swarm networks', () => {
  it('ingress: every node is a peer (each has its ingress sandbox), listed in join order after Labels', () => {
    const s = twoNodeSwarm();
    const json = inspect(s, WORKER, 'ingress');
    const peers = peerNames(s);
    expect(json['Scope']).toBe('swarm');
    expect(json['Driver']).toBe('overlay');
    expect(json['Id']).toMatch(/^[0-9a-z]{25}$/);
    expect(json['Peers']).toEqual([
      { Name: peers.manager, IP: MANAGER_IP },
      { Name: peers.worker, IP: WORKER_IP },
    ]);
    expect(peers.worker).toMatch(/^worker-[0-9a-f]{12}$/);
    expect(Object.keys(json).slice(-4)).toEqual(['Containers', 'Options', 'Labels', 'Peers']);
    expect(json['Options']).toEqual(new Map([['com.docker.network.driver.overlay.vxlanid_list', '4096']]));
    expect((json['IPAM'] as GoJsonStruct)['Options']).toBeNull();
  });

  it("ingress: the node's own sandbox only, keyed ingress-sbox and named ingress-endpoint", () => {
    const s = twoNodeSwarm();
    const containers = containersOf(inspect(s, MANAGER, 'ingress'));
    expect([...containers.keys()]).toEqual(['ingress-sbox']);
    expect(containers.get('ingress-sbox')).toMatchObject({ Name: 'ingress-endpoint', IPv4Address: '10.0.0.2/24', IPv6Address: '' });
    const text = renderInspectArray([inspect(s, MANAGER, 'ingress')]);
    expect(text).toContain(
      [
        '        "Labels": {},',
        '        "Peers": [',
        '            {',
        `                "Name": "${peerNames(s).manager}",`,
        `                "IP": "${MANAGER_IP}"`,
        '            },',
      ].join('\n'),
    );
  });

  it('v29 puts Peers between Labels and Containers', () => {
    const s = twoNodeSwarm('29');
    expect(Object.keys(inspect(s, MANAGER, 'ingress', '29')).slice(-5)).toEqual(['Options', 'Labels', 'Peers', 'Containers', 'Status']);
  });

  it('an overlay with no local endpoint shows Containers null and no Peers (the cluster record)', () => {
    const s = twoNodeSwarm();
    createOverlay(s, MANAGER, 'ov2');
    const json = inspect(s, MANAGER, 'ov2');
    expect(json['Containers']).toBeNull();
    expect('Peers' in json).toBe(false);
    expect(json['Options']).toEqual(new Map([['com.docker.network.driver.overlay.vxlanid_list', '4098']]));
  });

  it('an overlay lists only local containers; Peers are the nodes with an endpoint on it', () => {
    const s = twoNodeSwarm();
    runContainer(s, WORKER, 'c1', 'ov');
    const onWorker = inspect(s, WORKER, 'ov');
    expect([...containersOf(onWorker).values()].map(nameOf)).toEqual(['c1']);
    expect(onWorker['Peers']).toEqual([{ Name: peerNames(s).worker, IP: WORKER_IP }]);
    // The manager sees ov (managers see every swarm network) but has nothing on it.
    const onManager = inspect(s, MANAGER, 'ov');
    expect(onManager['Containers']).toBeNull();
    expect('Peers' in onManager).toBe(false);
  });

  it('a service on both nodes: each node lists its own tasks; both are peers', () => {
    const s = twoNodeSwarm();
    createService(s, 'web', 2, 'ov', false);
    const names = (host: string): GoJson[] =>
      [...containersOf(inspect(s, host, 'ov')).values()].map((e) => nameOf(e) ?? null).filter((n) => n !== null);
    const manager = names(MANAGER);
    const worker = names(WORKER);
    expect(manager.length + worker.length).toBe(2);
    expect([...manager, ...worker].every((n) => typeof n === 'string' && /^web\.\d\.[0-9a-z]{25}$/.test(n))).toBe(true);
    const peers = inspect(s, MANAGER, 'ov')['Peers'];
    expect(peers).toEqual([
      { Name: peerNames(s).manager, IP: MANAGER_IP },
      { Name: peerNames(s).worker, IP: WORKER_IP },
    ]);
  });

  it('docker_gwbridge: a container is keyed by its id and named gateway_<id12>; the ingress sandbox gateway_ingress-sbox', () => {
    const s = twoNodeSwarm();
    runContainer(s, WORKER, 'c1', 'ov');
    const worker = hostOf(s, WORKER);
    const c1 = worker.containers.get(worker.containerIdsByName.get('c1') ?? '');
    const containers = containersOf(inspect(s, WORKER, 'docker_gwbridge'));
    expect(nameOf(containers.get(c1?.id ?? ''))).toBe(`gateway_${(c1?.id ?? '').slice(0, 12)}`);
    expect(nameOf(containers.get('ingress-sbox'))).toBe('gateway_ingress-sbox');
    expect('Peers' in inspect(s, WORKER, 'docker_gwbridge')).toBe(false);
  });

  it('without the swarms a swarm network shows no Peers (callers that pass none)', () => {
    const s = twoNodeSwarm();
    const h = hostOf(s, MANAGER);
    expect('Peers' in networkInspectJson(h, networkOf(h, 'ingress'), profileFor('28'))).toBe(false);
  });
});
