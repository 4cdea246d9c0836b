import { describe, expect, it } from 'vitest';
import { createNetwork, run } from '../daemon/testing/index.js';
import { etcHostsOf } from './etc-hosts.js';
import { nameserverOf, resolveName, reverseName } from './name-resolution.js';
import { hostIn, stateOf, viewerOf } from './test-topology.js';

describe('name resolution', () => {
  const state = stateOf(
    createNetwork({ name: 'app' }),
    createNetwork({ name: 'other' }),
    createNetwork({ name: 'sealed', internal: true }),
    run({ name: 'web', networks: [{ ref: 'app', aliases: ['www'] }], hostname: 'webhost' }),
    run({ name: 'cli', networks: [{ ref: 'app', links: ['web:site'] }] }),
    run({ name: 'far', networks: ['other'] }),
    run({ name: 'db' }),
    run({ name: 'legacy', links: [{ ref: 'db', alias: 'database' }] }),
    run({ name: 'inside', networks: ['sealed'] }),
  );
  const host = hostIn(state);
  const lookup = (from: string, name: string) => resolveName(host, viewerOf(state, from), name, 'none');

  it('serves names, aliases, short ids, hostnames and link aliases on the shared network only', () => {
    const web = { kind: 'found', addresses: ['172.18.0.2'], source: 'dns' };
    expect(lookup('cli', 'web')).toEqual(web);
    expect(lookup('cli', 'WWW')).toEqual(web);
    expect(lookup('cli', 'webhost')).toEqual(web);
    expect(lookup('cli', 'site')).toEqual(web);
    expect(lookup('cli', 'web.app')).toEqual(web);
    const id = [...host.containers.values()].find((c) => c.name === 'web')?.id.slice(0, 12) ?? '';
    expect(lookup('cli', id)).toEqual(web);
    expect(lookup('far', 'web')).toEqual({ kind: 'not-found' });
    expect(lookup('far', 'site')).toEqual({ kind: 'not-found' });
  });

  it('has no DNS for container names on the default bridge, only /etc/hosts links', () => {
    expect(lookup('legacy', 'db')).toEqual({ kind: 'found', addresses: ['172.17.0.2'], source: 'hosts' });
    expect(lookup('legacy', 'database')).toEqual({ kind: 'found', addresses: ['172.17.0.2'], source: 'hosts' });
    expect(lookup('db', 'legacy')).toEqual({ kind: 'not-found' });
    expect(lookup('host', 'web')).toEqual({ kind: 'not-found' });
    expect(nameserverOf(host, viewerOf(state, 'db'))).toBe('8.8.8.8');
    expect(nameserverOf(host, viewerOf(state, 'cli'))).toBe('127.0.0.11');
  });

  it('forwards outside names only with a way out', () => {
    expect(lookup('cli', 'example.com')).toMatchObject({ kind: 'found', source: 'outside' });
    expect(lookup('inside', 'example.com')).toEqual({ kind: 'unavailable' });
    expect(lookup('inside', 'inside')).toMatchObject({ kind: 'found', source: 'dns' });
  });

  it('reverse-resolves shared-network peers to name.network and /etc/hosts entries to their first name', () => {
    expect(reverseName(host, viewerOf(state, 'cli'), '172.18.0.2', 'none')).toBe('web.app');
    expect(reverseName(host, viewerOf(state, 'far'), '172.18.0.2', 'none')).toBeUndefined();
    expect(reverseName(host, viewerOf(state, 'legacy'), '172.17.0.2', 'none')).toBe('database');
  });

  it('writes /etc/hosts in Docker order: base, links, own address', () => {
    expect(etcHostsOf(host, viewerOf(state, 'legacy'), 'long')?.map((r) => `${r.ip} ${r.names.join(' ')}`).slice(-2)).toEqual([
      `172.17.0.2 database ${[...host.containers.values()].find((c) => c.name === 'db')?.hostname ?? ''} db`,
      `172.17.0.3 ${[...host.containers.values()].find((c) => c.name === 'legacy')?.hostname ?? ''}`,
    ]);
  });
});
