/**
 * Test support: a two-node swarm built the way a session drives the engine (decide, fold,
 * repeat `ConvergeSwarm` until it decides nothing). `manager` (192.168.56.10) initialises the
 * swarm, `worker` (192.168.56.11) joins; `ov` is an attachable overlay; `a1` runs on the
 * manager, `b1` on the worker (both on `ov`); `web` is an nginx service with 3 replicas on
 * `ov` publishing 8080:80 through the routing mesh.
 */
import * as E from 'fp-ts/lib/Either.js';
import { makeEngine, type Command, type EngineState, type HostState, type ServiceState } from '@docknet/core';
import { daemonRegistry } from '../daemon/registry.js';
import { NGINX, bootHost, createContainer, createNetwork, start } from '../daemon/testing/index.js';

export const MANAGER = 'manager';
export const WORKER = 'worker';
export const MANAGER_IP = '192.168.56.10';
export const WORKER_IP = '192.168.56.11';

export interface SwarmWorld {
  readonly state: EngineState;
  readonly exec: (host: string, command: Command) => void;
  readonly converge: () => void;
}

export const swarmWorld = (): SwarmWorld => {
  const engine = makeEngine(daemonRegistry);
  let state = engine.initialState({ profile: '28', seed: 0, at: '2020-08-14T14:31:29+09:00' });
  let tick = 0;
  const decide = (host: string, command: Command) => {
    tick++;
    const at = `2020-08-14T14:${String(31 + Math.floor(tick / 60)).padStart(2, '0')}:${String(tick % 60).padStart(2, '0')}+09:00`;
    return engine.decide(state, { host, at, command });
  };
  const exec = (host: string, command: Command): void => {
    const decided = decide(host, command);
    if (E.isLeft(decided)) throw new Error(`${command.type} on ${host}: ${decided.left.message}`);
    state = engine.fold(state, decided.right);
  };
  const converge = (): void => {
    for (let i = 0; i < 100; i++) {
      const decided = decide(MANAGER, { type: 'ConvergeSwarm' });
      if (E.isLeft(decided)) throw new Error(`ConvergeSwarm: ${decided.left.message}`);
      if (decided.right.length === 0) return;
      state = engine.fold(state, decided.right);
    }
    throw new Error('ConvergeSwarm did not settle');
  };
  return {
    get state() {
      return state;
    },
    exec,
    converge,
  };
};

const workerToken = (state: EngineState): string => [...state.swarms.values()][0]?.tokens.worker ?? '';

/** The standard two-node swarm described above. */
export const twoNodeSwarm = (): SwarmWorld => {
  const world = swarmWorld();
  world.exec(MANAGER, bootHost([{ name: 'eth0', ipv4: `${MANAGER_IP}/24` }]));
  world.exec(WORKER, bootHost([{ name: 'eth0', ipv4: `${WORKER_IP}/24` }]));
  world.exec(MANAGER, { type: 'InitSwarm', defaultAddrPool: [], subnetSize: 24 });
  world.exec(WORKER, { type: 'JoinSwarm', token: workerToken(world.state), remoteAddr: `${MANAGER_IP}:2377` });
  world.exec(MANAGER, createNetwork({ name: 'ov', driver: 'overlay', attachable: true }));
  world.exec(MANAGER, createContainer({ name: 'a1', networks: [{ ref: 'ov', aliases: ['alpha'] }] }));
  world.exec(MANAGER, start('a1'));
  world.exec(WORKER, createContainer({ name: 'b1', networks: ['ov'] }));
  world.exec(WORKER, start('b1'));
  world.exec(MANAGER, {
    type: 'CreateService',
    name: 'web',
    image: NGINX,
    cmd: [],
    env: [],
    mode: 'replicated',
    replicas: 3,
    networks: ['ov'],
    ports: [{ protocol: 'tcp', targetPort: 80, publishedPort: 8080, publishMode: 'ingress' }],
  });
  world.converge();
  return world;
};

export const hostNamed = (state: EngineState, name: string): HostState => {
  const host = state.hosts.get(name);
  if (host === undefined) throw new Error(`no host ${name}`);
  return host;
};

export const serviceNamed = (state: EngineState, name: string): ServiceState => {
  for (const cluster of state.swarms.values()) {
    const id = cluster.serviceIdsByName.get(name);
    const service = id === undefined ? undefined : cluster.services.get(id);
    if (service !== undefined) return service;
  }
  throw new Error(`no service ${name}`);
};
