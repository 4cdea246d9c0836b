/** `docker inspect` of containers on overlays and of swarm task containers. */
import { profileFor, type ContainerState, type HostState } from '@docknet/core';
import { describe, expect, it } from 'vitest';
import { createService, MANAGER, runContainer, twoNodeSwarm, WORKER } from '../../graph/testing/swarm-session.js';
import type { Session } from '../../session/session.js';
import type { GoJson, GoJsonStruct } from '../go-json/go-json-value.js';
import { containerInspectJson } from './container-inspect.js';

const hostOf = (s: Session, name: string): HostState => {
  const h = s.state.hosts.get(name);
  if (h === undefined) throw new Error(`no host ${name}`);
  return h;
};

const containerOf = (h: HostState, name: string): ContainerState => {
  const c = h.containers.get(h.containerIdsByName.get(name) ?? '');
  if (c === undefined) throw new Error(`no container ${name}`);
  return c;
};

const struct = (v: GoJson | undefined): GoJsonStruct => {
  if (v === null || v === undefined || typeof v !== 'object' || Array.isArray(v) || v instanceof Map) throw new Error(`not a struct: ${String(v)}`);
  return v as GoJsonStruct;
};

const networksOf = (json: GoJsonStruct): ReadonlyMap<string, GoJson> => {
  const n = struct(json['NetworkSettings'])['Networks'];
  if (!(n instanceof Map)) throw new Error('Networks is not a map');
  return n;
};

describe('docker inspect on swarm nodes', () => {
  it('an overlay-only container: docker_gwbridge is in its sandbox but not in NetworkSettings.Networks', () => {
    const s = twoNodeSwarm();
    runContainer(s, WORKER, 'c1', 'ov');
    const h = hostOf(s, WORKER);
    const c1 = containerOf(h, 'c1');
    expect([...c1.attachments.values()].map((a) => [a.networkName, a.sandboxOnly === true])).toEqual([
      ['ov', false],
      ['docker_gwbridge', true],
    ]);
    const networks = networksOf(containerInspectJson(h, c1, profileFor('28')));
    expect([...networks.keys()]).toEqual(['ov']);
  });

  it('an overlay endpoint shows the swarm-allocated address in IPAMConfig and no gateway', () => {
    const s = twoNodeSwarm();
    runContainer(s, WORKER, 'c1', 'ov');
    const h = hostOf(s, WORKER);
    const ov = struct(networksOf(containerInspectJson(h, containerOf(h, 'c1'), profileFor('28'))).get('ov'));
    expect(ov['IPAMConfig']).toEqual({ IPv4Address: ov['IPAddress'] });
    expect(ov['IPAddress']).toMatch(/^10\.0\.1\.\d+$/);
    expect(ov['IPPrefixLen']).toBe(24);
    expect(ov['Gateway']).toBe('');
  });

  it("a task container's Config.Labels are the com.docker.swarm.* labels, sorted", () => {
    const s = twoNodeSwarm();
    createService(s, 'web', 1, 'ov', true);
    const h = hostOf(s, MANAGER);
    const [task] = h.containers.values();
    if (task === undefined) throw new Error('no task on the manager');
    const labels = struct(containerInspectJson(h, task, profileFor('28'))['Config'])['Labels'];
    expect(labels instanceof Map ? [...labels.keys()] : labels).toEqual([
      'com.docker.swarm.node.id',
      'com.docker.swarm.service.id',
      'com.docker.swarm.service.name',
      'com.docker.swarm.task',
      'com.docker.swarm.task.id',
      'com.docker.swarm.task.name',
    ]);
    expect(labels instanceof Map ? labels.get('com.docker.swarm.task.name') : undefined).toBe(task.name);
    // A task publishing through the mesh is on ingress and its overlay; not on docker_gwbridge.
    expect([...networksOf(containerInspectJson(h, task, profileFor('28'))).keys()]).toEqual(['ingress', 'ov']);
  });

  it("a plain container's Labels stay an empty map", () => {
    const s = twoNodeSwarm();
    runContainer(s, WORKER, 'c1', 'ov');
    const h = hostOf(s, WORKER);
    expect(struct(containerInspectJson(h, containerOf(h, 'c1'), profileFor('28'))['Config'])['Labels']).toEqual(new Map());
  });
});
