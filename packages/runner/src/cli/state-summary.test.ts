/** The `docknet state` summary of a two-node swarm: node roles per host, the swarm's nodes and services. */
import { stateToJson } from '@docknet/core';
import { describe, expect, it } from 'vitest';
import { createService, runContainer, twoNodeSwarm, WORKER } from '../graph/testing/swarm-session.js';
import { summariseState } from './state-summary.js';

describe('summariseState with a swarm', () => {
  it('shows each host’s role and the swarm’s nodes, networks and services with their tasks', () => {
    const s = twoNodeSwarm();
    runContainer(s, WORKER, 'c1', 'ov');
    createService(s, 'web', 2, 'ov', true);
    const [cluster] = s.state.swarms.values();
    const nodes = [...(cluster?.nodes.values() ?? [])];
    const idOf = (host: string): string => nodes.find((n) => n.hostName === host)?.id.slice(0, 12) ?? '';
    const text = summariseState(stateToJson(s.state));
    const lines = text.split('\n');
    expect(lines).toContain(`host manager (eth0 10.0.0.10/24), swarm manager (node ${idOf('manager')})`);
    expect(lines).toContain(`host worker (eth0 10.0.0.11/24), swarm worker (node ${idOf('worker')})`);
    const swarmAt = lines.findIndex((l) => l.startsWith('swarm '));
    expect(lines.slice(swarmAt, swarmAt + 5)).toEqual([
      `swarm ${(cluster?.id ?? '').slice(0, 12)} (networks: ingress, ov)`,
      '  nodes (2):',
      '    NODE     ROLE     STATUS  ADDR       ID',
      `    manager  manager  ready   10.0.0.10  ${idOf('manager')}`,
      `    worker   worker   ready   10.0.0.11  ${idOf('worker')}`,
    ]);
    expect(lines[swarmAt + 5]).toBe('  services (1):');
    expect(lines[swarmAt + 6]).toMatch(/^ {4}NAME +MODE +REPLICAS +IMAGE +PORTS +TASKS$/);
    expect(lines[swarmAt + 7]).toMatch(/^ {4}web +replicated +2 +nginx:latest +\*:8080->80\/tcp +web\.1 (manager|worker), web\.2 (manager|worker)$/);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('says nothing about swarms for a state without one', () => {
    const text = summariseState({ profile: '28', seed: 0, seq: 0, at: 'x', hosts: { h: { interfaces: [], networks: {}, containers: {} } } });
    expect(text).toBe('engine 28, seed 0, after event 0 (x)\nhost h\n  networks (0):\n    NAME  DRIVER  SUBNET  GATEWAY  ENDPOINTS\n  containers: none\n');
  });
});
