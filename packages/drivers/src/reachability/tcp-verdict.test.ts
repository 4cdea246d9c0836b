import { describe, expect, it } from 'vitest';
import type { ContainerState } from '@docknet/core';
import { NGINX, createNetwork, pause, run } from '../daemon/testing/index.js';
import { tcpVerdict } from './tcp-verdict.js';
import { hostIn, stateOf, viewerOf } from './test-topology.js';

const listens = (c: ContainerState): readonly number[] => (c.image === 'nginx' && c.status !== 'exited' ? [80] : []);

describe('tcpVerdict', () => {
  const state = stateOf(
    createNetwork({ name: 'app' }),
    run({ name: 'web', image: NGINX, publish: ['8080:80', '9000:9000'] }),
    run({ name: 'api', image: NGINX, networks: ['app'] }),
    run({ name: 'cli', networks: ['app'] }),
    run({ name: 'frozen', image: NGINX }),
    pause('frozen'),
  );
  const host = hostIn(state);
  const kind = (from: string, ip: string, port: number) => tcpVerdict(host, viewerOf(state, from), ip, port, listens).kind;

  it('forwards published ports from the host and from other networks (docker-proxy)', () => {
    expect(kind('host', '127.0.0.1', 8080)).toBe('connected');
    expect(kind('host', '10.0.2.15', 8080)).toBe('connected');
    expect(kind('cli', '172.18.0.1', 8080)).toBe('connected');
    expect(kind('cli', '127.0.0.1', 8080)).toBe('refused');
  });

  it('resets when nothing listens behind a published port, and refuses closed ports', () => {
    expect(kind('host', '127.0.0.1', 9000)).toBe('reset');
    expect(kind('host', '127.0.0.1', 9001)).toBe('refused');
    expect(kind('cli', '172.18.0.2', 81)).toBe('refused');
  });

  it('connects on a shared network, times out across networks, stalls on a paused server', () => {
    expect(kind('cli', '172.18.0.2', 80)).toBe('connected');
    expect(kind('cli', '172.17.0.2', 80)).toBe('timeout');
    expect(kind('host', '172.17.0.3', 80)).toBe('stalled');
  });
});
