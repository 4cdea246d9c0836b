import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { cluster, node, sid } from './testing/swarm-fixture.js';
import { managerStatus, nodeLsOutput, nodeLsRows } from './node-ls.js';

const three = () =>
  cluster([
    node({ id: sid('a'), hostName: 'node10', role: 'manager' }),
    node({ id: sid('b'), hostName: 'node2' }),
    node({ id: sid('c'), hostName: 'node3', role: 'manager', status: 'down' }),
  ]);

const ls = (opts: { quiet?: boolean; format?: string } = {}) =>
  nodeLsOutput(three(), { selfId: sid('a'), engineVersion: '28.5.2', quiet: opts.quiet ?? false, format: opts.format });

describe('docker node ls', () => {
  it('prints the table as tabwriter does: a 30-wide ID column with the ` *` marker (swarm-facts §6)', () => {
    expect(ls()).toEqual(
      E.right(
        [
          'ID                            HOSTNAME   STATUS    AVAILABILITY   MANAGER STATUS   ENGINE VERSION',
          `${sid('b')}     node2      Ready     Active                          28.5.2`,
          `${sid('c')}     node3      Down      Active         Unreachable      28.5.2`,
          `${sid('a')} *   node10     Ready     Active         Leader           28.5.2`,
          '',
        ].join('\n'),
      ),
    );
  });

  it('sorts hostnames naturally (node2 before node10)', () => {
    expect(nodeLsRows(three(), { selfId: '', engineVersion: 'x' }).map((r) => r.Hostname)).toEqual(['node2', 'node3', 'node10']);
  });

  it('names the first ready manager in join order Leader, other ready managers Reachable', () => {
    const c = cluster([
      node({ id: sid('a'), hostName: 'm1', role: 'manager', status: 'down' }),
      node({ id: sid('b'), hostName: 'm2', role: 'manager' }),
      node({ id: sid('c'), hostName: 'm3', role: 'manager' }),
      node({ id: sid('d'), hostName: 'w1' }),
    ]);
    expect([...c.nodes.values()].map((n) => managerStatus(c, n))).toEqual(['Unreachable', 'Leader', 'Reachable', '']);
  });

  it('prints full IDs with -q', () => {
    expect(ls({ quiet: true })).toEqual(E.right(`${sid('b')}\n${sid('c')}\n${sid('a')}\n`));
  });

  it('runs --format per node; -q does not override a custom format', () => {
    expect(ls({ format: '{{.Hostname}} {{.Self}} {{.ManagerStatus}}', quiet: true })).toEqual(
      E.right('node2 false \nnode3 false Unreachable\nnode10 true Leader\n'),
    );
    expect(ls({ format: 'table {{.Hostname}}\t{{.Status}}' })).toEqual(E.right('HOSTNAME   STATUS\nnode2      Ready\nnode3      Down\nnode10     Ready\n'));
  });

  it('reports a template error as the CLI does', () => {
    const out = ls({ format: '{{.Nope' });
    expect(E.isLeft(out) && out.left.message.startsWith('template parsing error: ')).toBe(true);
  });
});
