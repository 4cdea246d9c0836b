/**
 * Hand-built swarm state for the swarm views' tests: a cluster with nodes and services,
 * and an engine state whose hosts hold the task containers. Plain data; no engine.
 */
import type { ClusterState, EngineState, NodeState, ServiceState, TaskRecord } from '@docknet/core';
import { container, host } from '../../testing/host-fixture.js';

/** A 25-character swarm id made of `c`. */
export const sid = (c: string): string => c.repeat(25).slice(0, 25);

export function node(fields: Partial<NodeState> & { id: string; hostName: string }): NodeState {
  return { role: 'worker', addr: '192.168.99.100', peerName: `${fields.hostName}-0123456789ab`, created: '2020-08-14T14:31:29+09:00', status: 'ready', ...fields };
}

export function service(fields: Partial<ServiceState> & { id: string; name: string }): ServiceState {
  return {
    image: 'nginx',
    cmd: [],
    env: [],
    mode: 'replicated',
    replicas: 1,
    created: '2020-08-14T14:31:29+09:00',
    ports: [],
    vips: [],
    tasks: new Map(),
    ...fields,
  };
}

export function task(fields: Partial<TaskRecord> & { id: string; serviceId: string; slot: number; hostName: string }): TaskRecord {
  return { nodeId: sid('n'), containerId: `${fields.id}c`, created: '2020-08-14T14:31:30+09:00', ...fields };
}

export function cluster(nodes: readonly NodeState[], services: readonly ServiceState[] = []): ClusterState {
  return {
    id: sid('k'),
    created: '2020-08-14T14:31:29+09:00',
    defaultAddrPool: [],
    subnetSize: 24,
    tokens: { worker: 'SWMTKN-1-w', manager: 'SWMTKN-1-m' },
    nodes: new Map(nodes.map((n) => [n.id, n])),
    networks: new Map(),
    networkIdsByName: new Map(),
    services: new Map(services.map((s) => [s.id, s])),
    serviceIdsByName: new Map(services.map((s) => [s.name, s.id])),
    poolCursor: 0,
  };
}

/** Adds `t` to `s` and returns it. */
export function withTask(s: ServiceState, t: TaskRecord): TaskRecord {
  s.tasks.set(t.id, t);
  return t;
}

/**
 * An engine state whose hosts hold a running container for each task of `c`'s services
 * (started at `startedAt`), plus any `stopped` task ids as exited containers.
 */
export function engineWith(c: ClusterState, startedAt = '2020-08-14T14:31:30+09:00', stopped: readonly string[] = []): EngineState {
  const hosts = new Map([...c.nodes.values()].map((n) => [n.hostName, host([], [], n.hostName)]));
  for (const s of c.services.values()) {
    for (const t of s.tasks.values()) {
      const exited = stopped.includes(t.id);
      hosts.get(t.hostName)?.containers.set(
        t.containerId,
        container({ id: t.containerId, name: `${s.name}.${t.slot}.${t.id}`, startedAt, status: exited ? 'exited' : 'running', finishedAt: startedAt, exitCode: exited ? 1 : 0 }),
      );
    }
  }
  return { profile: '28', seed: 0, seq: 0, at: startedAt, hosts, swarms: new Map([[c.id, c]]) };
}
