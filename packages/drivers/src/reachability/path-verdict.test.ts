import { describe, expect, it } from 'vitest';
import { NGINX, connect, createNetwork, endpointOf, run, stop } from '../daemon/testing/index.js';
import { pathVerdict } from './path-verdict.js';
import { hostIn, stateOf, viewerOf } from './test-topology.js';

describe('pathVerdict', () => {
  const state = stateOf(
    createNetwork({ name: 'front' }),
    createNetwork({ name: 'back', internal: true }),
    createNetwork({ name: 'quiet', options: { 'com.docker.network.bridge.enable_icc': 'false' } }),
    run({ name: 'b1' }),
    run({ name: 'b2' }),
    run({ name: 'f1', networks: ['front'] }),
    run({ name: 'x1', networks: ['back'] }),
    run({ name: 'x2', networks: ['back'] }),
    run({ name: 'q1', networks: ['quiet'] }),
    run({ name: 'q2', networks: ['quiet'] }),
    run({ name: 'hostc', networks: ['host'], image: NGINX }),
    run({ name: 'alone', networks: ['none'] }),
    run({ name: 'gone' }),
    stop('gone'),
  );
  const host = hostIn(state);
  const ip = (name: string, network: string) => endpointOf(state, name, network)?.ipv4 ?? '';
  const verdict = (from: string, to: string) => pathVerdict(host, viewerOf(state, from), to).kind;

  it('lets containers on one network reach each other and their gateway', () => {
    expect(verdict('b1', ip('b2', 'bridge'))).toBe('reply');
    expect(verdict('x1', ip('x2', 'back'))).toBe('reply');
    expect(verdict('b1', '172.17.0.1')).toBe('reply');
  });

  it('isolates bridges from each other, and ICC off isolates peers but not the gateway', () => {
    expect(verdict('b1', ip('f1', 'front'))).toBe('filtered');
    expect(verdict('q1', ip('q2', 'quiet'))).toBe('filtered');
    expect(verdict('q1', '172.20.0.1')).toBe('reply');
  });

  it('gives internal networks and none no way out', () => {
    expect(verdict('x1', '8.8.8.8')).toBe('network-unreachable');
    expect(verdict('x1', ip('b1', 'bridge'))).toBe('network-unreachable');
    expect(verdict('alone', '8.8.8.8')).toBe('network-unreachable');
    expect(verdict('alone', '127.0.0.1')).toBe('reply');
    expect(pathVerdict(host, viewerOf(state, 'b1'), '8.8.8.8')).toEqual({ kind: 'reply', ttl: 117, outside: true });
  });

  it('lets the host (and host-mode containers) reach every container, internal ones included', () => {
    for (const from of ['host', 'hostc']) {
      expect(verdict(from, ip('x1', 'back'))).toBe('reply');
      expect(verdict(from, ip('f1', 'front'))).toBe('reply');
    }
  });

  it('answers nobody for a free address on a connected subnet, or for a stopped container', () => {
    expect(verdict('b1', '172.17.0.200')).toBe('host-unreachable');
    expect(verdict('host', '172.17.0.200')).toBe('host-unreachable');
    expect(verdict('gone', '172.17.0.1')).toBe('network-unreachable');
  });

  it('reaches again after a container connects to the other network', () => {
    const joined = stateOf(createNetwork({ name: 'front' }), run({ name: 'b1' }), run({ name: 'f1', networks: ['front'] }), connect('front', 'b1'));
    expect(pathVerdict(hostIn(joined), viewerOf(joined, 'b1'), endpointOf(joined, 'f1', 'front')?.ipv4 ?? '').kind).toBe('reply');
  });
});
