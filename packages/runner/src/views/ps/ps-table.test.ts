import { profileFor } from '@docknet/core';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { attachment, container, defaultBridge, endpoint, host } from '../testing/host-fixture.js';
import { psRows, psTable } from './ps-table.js';

const BRIDGE = 'b'.repeat(64);
const MASTER = 'f91ea38db58198c540916d9e697931a77af312a3e6e7f63f6e9f031e33701ba9';
const SLAVE = 'e904d45bc36ac6ad16925cc2cef9fbb80e0ac0f858dec129828463ab570a2476';
const NOW = '2020-08-14T14:40:00+09:00';

function tutorialHost() {
  const ep = endpoint({ id: 'e'.repeat(64), networkId: BRIDGE, containerId: MASTER, ipv4: '172.17.0.7' });
  const master = container({
    id: MASTER,
    name: 'nasa-master',
    created: '2020-08-14T14:31:29.4+09:00',
    startedAt: '2020-08-14T14:31:30+09:00',
    attachments: new Map([[BRIDGE, attachment({ networkId: BRIDGE, networkName: 'bridge', endpoint: ep })]]),
  });
  const slave = container({
    id: SLAVE,
    name: 'nasa-slave',
    networkMode: `container:${MASTER}`,
    created: '2020-08-14T14:38:45+09:00',
    startedAt: '2020-08-14T14:38:46+09:00',
  });
  return host([defaultBridge(BRIDGE)], [master, slave]);
}

const table = (h: ReturnType<typeof tutorialHost>, opts: Partial<Parameters<typeof psTable>[1]> = {}, p: '20.10' | '28' = '28') => {
  const out = psTable(h, { all: false, quiet: false, noTrunc: false, ...opts }, profileFor(p), NOW);
  if (E.isLeft(out)) throw new Error(out.left.message);
  return out.right;
};

describe('docker ps', () => {
  it("prints the tutorial's two containers, newest first, with Docker's relative times", () => {
    expect(table(tutorialHost())).toBe(
      [
        'CONTAINER ID   IMAGE           COMMAND       CREATED              STATUS              PORTS     NAMES',
        'e904d45bc36a   centos:latest   "/bin/bash"   About a minute ago   Up About a minute             nasa-slave',
        'f91ea38db581   centos:latest   "/bin/bash"   8 minutes ago        Up 8 minutes                  nasa-master',
        '',
      ].join('\n'),
    );
  });

  it('prints only the header when nothing runs, and IDs with -q', () => {
    expect(table(host([]))).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
    expect(table(tutorialHost(), { quiet: true })).toBe('e904d45bc36a\nf91ea38db581\n');
    expect(table(tutorialHost(), { quiet: true, noTrunc: true })).toBe(`${SLAVE}\n${MASTER}\n`);
  });

  it('lists stopped containers only with -a, with Exited and Created statuses', () => {
    const h = tutorialHost();
    const slave = h.containers.get(SLAVE);
    if (slave !== undefined) Object.assign(slave, { status: 'exited', exitCode: 137, finishedAt: '2020-08-14T14:39:55+09:00' });
    h.containers.set('c'.repeat(64), container({ id: 'c'.repeat(64), name: 'fresh', status: 'created', startedAt: '0001-01-01T00:00:00Z', created: '2020-08-14T14:39:59+09:00' }));
    const rows = (all: boolean) => {
      const r = psRows(h, { all, noTrunc: false }, profileFor('28'), NOW);
      return E.isRight(r) ? r.right.map((x) => [x.Names, x.Status]) : [];
    };
    expect(rows(false)).toEqual([['nasa-master', 'Up 8 minutes']]);
    expect(rows(true)).toEqual([
      ['fresh', 'Created'],
      ['nasa-slave', 'Exited (137) 5 seconds ago'],
      ['nasa-master', 'Up 8 minutes'],
    ]);
  });

  it('truncates the command to 20 columns with … and quotes it as Go does', () => {
    const c = container({
      id: 'a'.repeat(64),
      name: 'web',
      image: 'nginx',
      cmd: ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'],
      exposedPorts: ['80/tcp'],
      published: [
        { containerPort: 80, proto: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 },
        { containerPort: 80, proto: 'tcp', hostIp: '::', hostPort: 8080 },
      ],
    });
    const rows = psRows(host([], [c]), { all: false, noTrunc: false }, profileFor('28'), NOW);
    const full = psRows(host([], [c]), { all: false, noTrunc: true }, profileFor('28'), NOW);
    expect(E.isRight(rows) && rows.right[0]).toMatchObject({
      Command: '"/docker-entrypoint.…"',
      Ports: '0.0.0.0:8080->80/tcp, [::]:8080->80/tcp',
      State: 'running',
      Networks: '',
      CreatedAt: '2020-08-14 14:31:29 +0900 +0900',
    });
    expect(E.isRight(full) && full.right[0]?.Command).toBe(`"/docker-entrypoint.sh nginx -g 'daemon off;'"`);
  });

  it('filters by status (implying -a), name and network, and rejects unknown keys', () => {
    const h = tutorialHost();
    const names = (filters: string[]) => {
      const r = psRows(h, { all: false, noTrunc: false, filters }, profileFor('28'), NOW);
      return E.isRight(r) ? r.right.map((x) => x.Names) : r.left.message;
    };
    expect(names(['name=slave'])).toEqual(['nasa-slave']);
    expect(names(['network=bridge'])).toEqual(['nasa-master']);
    expect(names(['status=exited'])).toEqual([]);
    expect(names(['colour=red'])).toBe("invalid filter 'colour'");
    expect(names(['status'])).toBe('bad format of filter (expected name=value)');
  });

  it('renders a --format template per row, with the table header', () => {
    const out = psTable(tutorialHost(), { all: false, quiet: false, noTrunc: false, format: 'table {{.Names}}\t{{.Status}}' }, profileFor('28'), NOW);
    expect(out).toEqual(E.right('NAMES         STATUS\nnasa-slave    Up About a minute\nnasa-master   Up 8 minutes\n'));
  });
});
