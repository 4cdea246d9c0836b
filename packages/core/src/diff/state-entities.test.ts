import { describe, expect, it } from 'vitest';
import { stateEntityLabel } from './state-entities.js';

describe('stateEntityLabel', () => {
  it('names hosts, networks, containers and attachments', () => {
    expect(stateEntityLabel(['hosts', 'h1'])).toBe('host h1');
    expect(stateEntityLabel(['hosts', 'h1', 'networks', 'bridge'])).toBe('network bridge');
    expect(stateEntityLabel(['hosts', 'h1', 'containers', 'web'])).toBe('container web');
    expect(stateEntityLabel(['hosts', 'h1', 'containers', 'web', 'attachments', 'ov'])).toBe('on network ov');
    expect(stateEntityLabel(['hosts', 'h1', 'containers', 'web', 'status'])).toBeUndefined();
  });

  it('names a swarm (short id), its nodes, swarm networks, services and tasks', () => {
    const id = 'k3xq7vn2c0m5r8t1w4y6z9a2b';
    expect(stateEntityLabel(['swarms', id])).toBe('swarm k3xq7vn2c0m5');
    expect(stateEntityLabel(['swarms', id, 'nodes', 'node1'])).toBe('node node1');
    expect(stateEntityLabel(['swarms', id, 'networks', 'ingress'])).toBe('swarm network ingress');
    expect(stateEntityLabel(['swarms', id, 'services', 'web'])).toBe('service web');
    expect(stateEntityLabel(['swarms', id, 'services', 'web', 'tasks', 'web.1'])).toBe('task web.1');
    expect(stateEntityLabel(['swarms', id, 'services', 'web', 'replicas'])).toBeUndefined();
    expect(stateEntityLabel(['swarms', id, 'tokens'])).toBeUndefined();
  });

  it('leaves other paths and array items alone', () => {
    expect(stateEntityLabel(['seq'])).toBeUndefined();
    expect(stateEntityLabel(['hosts', 'h1', 'interfaces', { index: 0, id: 'eth0' }])).toBeUndefined();
  });
});
