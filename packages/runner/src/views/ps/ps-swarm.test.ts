/** `docker ps` on swarm nodes: sandbox-only docker_gwbridge hidden, task labels shown and filtered. */
import { profileFor, type HostState } from '@docknet/core';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { createService, MANAGER, runContainer, twoNodeSwarm, WORKER } from '../../graph/testing/swarm-session.js';
import type { Session } from '../../session/session.js';
import { psTable, type PsOptions } from './ps-table.js';

const hostOf = (s: Session, name: string): HostState => {
  const h = s.state.hosts.get(name);
  if (h === undefined) throw new Error(`no host ${name}`);
  return h;
};

const ps = (s: Session, host: string, options: Partial<PsOptions>): string => {
  const out = psTable(hostOf(s, host), { all: false, quiet: false, noTrunc: false, ...options }, profileFor('28'), s.state.at);
  if (E.isLeft(out)) throw new Error(out.left.message);
  return out.right;
};

describe('docker ps on swarm nodes', () => {
  it('the NETWORKS column and --filter network= ignore the sandbox-only docker_gwbridge', () => {
    const s = twoNodeSwarm();
    runContainer(s, WORKER, 'c1', 'ov');
    expect(ps(s, WORKER, { format: '{{.Names}} {{.Networks}}' })).toBe('c1 ov\n');
    expect(ps(s, WORKER, { format: '{{.Names}}', filters: ['network=docker_gwbridge'] })).toBe('');
    expect(ps(s, WORKER, { format: '{{.Names}}', filters: ['network=ov'] })).toBe('c1\n');
  });

  it('task containers: Labels sorted k=v, the Label method, and --filter label=', () => {
    const s = twoNodeSwarm();
    runContainer(s, MANAGER, 'plain', 'ov');
    createService(s, 'web', 1, 'ov', false);
    const h = hostOf(s, MANAGER);
    const task = [...h.containers.values()].find((c) => c.name.startsWith('web.'));
    if (task === undefined) throw new Error('no task on the manager');
    expect(ps(s, MANAGER, { format: '{{.Names}}', filters: ['label=com.docker.swarm.service.name=web'] })).toBe(`${task.name}\n`);
    expect(ps(s, MANAGER, { format: '{{.Names}}', filters: ['label=com.docker.swarm.task'] })).toBe(`${task.name}\n`);
    expect(ps(s, MANAGER, { format: '{{.Label "com.docker.swarm.service.name"}}|{{.Names}}' })).toBe(`web|${task.name}\n|plain\n`);
    const labels = ps(s, MANAGER, { format: '{{.Labels}}', filters: ['name=web'] }).trimEnd().split(',');
    expect(labels.map((l) => l.slice(0, l.indexOf('=')))).toEqual([
      'com.docker.swarm.node.id',
      'com.docker.swarm.service.id',
      'com.docker.swarm.service.name',
      'com.docker.swarm.task',
      'com.docker.swarm.task.id',
      'com.docker.swarm.task.name',
    ]);
    expect(labels).toContain('com.docker.swarm.task=');
  });
});
