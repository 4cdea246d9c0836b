/** `docker network ls` on swarm nodes: swarm scope, 12-character ids, scope and driver filters. */
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { MANAGER, runContainer, twoNodeSwarm, WORKER } from '../../graph/testing/swarm-session.js';
import type { Session } from '../../session/session.js';
import { networkLsTable } from './network-ls.js';

const ls = (s: Session, host: string, filters: string[] = [], format?: string): string => {
  const h = s.state.hosts.get(host);
  if (h === undefined) throw new Error(`no host ${host}`);
  const out = networkLsTable(h, { quiet: false, noTrunc: false, filters, format });
  if (E.isLeft(out)) throw new Error(out.left.message);
  return out.right;
};

describe('docker network ls on swarm nodes', () => {
  it('lists ingress and overlays with scope swarm and 12-character ids, docker_gwbridge local', () => {
    const s = twoNodeSwarm();
    const rows = ls(s, MANAGER, [], '{{.ID}} {{.Name}} {{.Driver}} {{.Scope}}').trimEnd().split('\n');
    const byName = new Map(rows.map((r) => [r.split(' ')[1], r]));
    expect(byName.get('ingress')).toMatch(/^[0-9a-z]{12} ingress overlay swarm$/);
    expect(byName.get('ov')).toMatch(/^[0-9a-z]{12} ov overlay swarm$/);
    expect(byName.get('docker_gwbridge')).toMatch(/^[0-9a-f]{12} docker_gwbridge bridge local$/);
  });

  it('filters by scope=swarm and driver=overlay; a worker sees only the overlays it uses', () => {
    const s = twoNodeSwarm();
    expect(ls(s, MANAGER, ['scope=swarm'], '{{.Name}}')).toBe('ingress\nov\n');
    expect(ls(s, MANAGER, ['driver=overlay'], '{{.Name}}')).toBe('ingress\nov\n');
    expect(ls(s, MANAGER, ['scope=local', 'driver=overlay'], '{{.Name}}')).toBe('');
    expect(ls(s, WORKER, ['scope=swarm'], '{{.Name}}')).toBe('ingress\n');
    runContainer(s, WORKER, 'c1', 'ov');
    expect(ls(s, WORKER, ['scope=swarm'], '{{.Name}}')).toBe('ingress\nov\n');
  });

  it('the default table pads the 12-character swarm ids like any other', () => {
    const s = twoNodeSwarm();
    const line = ls(s, MANAGER).split('\n').find((l) => l.includes(' ingress '));
    expect(line).toMatch(/^[0-9a-z]{12} {3}ingress {11}overlay {3}swarm$/);
  });
});
