import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { container, defaultBridge, endpoint, host, network } from '../testing/host-fixture.js';
import { networkLsRows, networkLsTable } from './network-ls.js';

const fresh = () =>
  host([
    network({ id: '3d4e5f6071829304', name: 'none', driver: 'null', predefined: true }),
    defaultBridge('0a1b2c3d4e5f6a7b'),
    network({ id: '1b2c3d4e5f607182', name: 'host', driver: 'host', predefined: true }),
  ]);

const ls = (h: ReturnType<typeof fresh>, opts: Partial<Parameters<typeof networkLsTable>[1]> = {}) =>
  networkLsTable(h, { quiet: false, noTrunc: false, filters: [], ...opts });

describe('docker network ls', () => {
  it('prints a fresh engine exactly as Go tabwriter does (docker-facts §9.1)', () => {
    expect(ls(fresh())).toEqual(
      E.right(
        [
          'NETWORK ID     NAME      DRIVER    SCOPE',
          '0a1b2c3d4e5f   bridge    bridge    local',
          '1b2c3d4e5f60   host      host      local',
          '3d4e5f607182   none      null      local',
          '',
        ].join('\n'),
      ),
    );
  });

  it('widens NAME for a 20-character name to 23 columns and sorts names naturally', () => {
    const h = fresh();
    for (const [id, name] of [['9'.repeat(64), 'net10'], ['8'.repeat(64), 'net9'], ['7'.repeat(64), 'a-twenty-char-name-x']] as const) {
      h.networks.set(id, network({ id, name }));
    }
    const out = ls(h);
    const lines = E.isRight(out) ? out.right.split('\n') : [];
    expect(lines.map((l) => l.split(/ {3,}/)[1])).toEqual(['NAME', 'a-twenty-char-name-x', 'bridge', 'host', 'net9', 'net10', 'none', undefined]);
    expect(lines[0]).toBe('NETWORK ID     NAME                   DRIVER    SCOPE');
  });

  it('prints IDs with -q, full IDs with --no-trunc', () => {
    expect(ls(fresh(), { quiet: true })).toEqual(E.right('0a1b2c3d4e5f\n1b2c3d4e5f60\n3d4e5f607182\n'));
    expect(ls(fresh(), { quiet: true, noTrunc: true, filters: ['name=bridge'] })).toEqual(E.right('0a1b2c3d4e5f6a7b\n'));
  });

  it('filters by driver, name (substring/regex), id prefix, label, scope and type', () => {
    const h = fresh();
    const mine = network({ id: 'abc'.repeat(21) + 'a', name: 'mynet', labels: { env: 'prod', team: 'net' } });
    h.networks.set(mine.id, mine);
    const names = (filters: string[]) => {
      const r = networkLsRows(h, { noTrunc: false, filters });
      return E.isRight(r) ? r.right.map((x) => x.Name) : r.left.message;
    };
    expect(names(['driver=bridge'])).toEqual(['bridge', 'mynet']);
    expect(names(['name=net'])).toEqual(['mynet']);
    expect(names(['name=^b', 'name=^h'])).toEqual(['bridge', 'host']);
    expect(names(['id=abcab'])).toEqual(['mynet']);
    expect(names(['label=env=prod'])).toEqual(['mynet']);
    expect(names(['label=env=dev'])).toEqual([]);
    expect(names(['scope=swarm'])).toEqual([]);
    expect(names(['type=custom'])).toEqual(['mynet']);
    expect(names(['type=builtin', 'driver=bridge'])).toEqual(['bridge']);
    expect(names(['type=other'])).toBe("invalid filter: 'type'='other'");
    expect(names(['foo=bar'])).toBe("invalid filter 'foo'");
    expect(names(['dangling=true'])).toEqual(['mynet']);
  });

  it('a network with an endpoint is not dangling', () => {
    const h = fresh();
    const mine = network({ id: 'f'.repeat(64), name: 'used' });
    mine.endpoints.set('e', endpoint({ id: 'e', networkId: mine.id, containerId: 'c' }));
    h.networks.set(mine.id, mine);
    h.containers.set('c', container({ id: 'c'.repeat(64), name: 'c' }));
    const r = networkLsRows(h, { noTrunc: false, filters: ['dangling=1'] });
    expect(E.isRight(r) && r.right).toEqual([]);
  });

  it('exposes template rows with Docker’s booleans, labels and CreatedAt; renders --format', () => {
    const h = fresh();
    const mine = network({ id: 'f'.repeat(64), name: 'mynet', internal: true, labels: { b: '2', a: '1' } });
    h.networks.set(mine.id, mine);
    const rows = networkLsRows(h, { noTrunc: false, filters: ['name=mynet'] });
    expect(E.isRight(rows) && rows.right[0]).toEqual({
      CreatedAt: '2020-08-14 14:31:29.774610308 +0900 +0900',
      Driver: 'bridge',
      ID: 'ffffffffffff',
      IPv4: 'true',
      IPv6: 'false',
      Internal: 'true',
      Labels: 'a=1,b=2',
      Name: 'mynet',
      Scope: 'local',
    });
    expect(ls(h, { format: '{{.Name}} {{.Label "a"}}', filters: ['type=custom'] })).toEqual(E.right('mynet 1\n'));
    expect(ls(h, { format: 'table {{.Name}}\t{{.Internal}}', filters: ['type=custom'] })).toEqual(E.right('NAME      INTERNAL\nmynet     true\n'));
  });
});
