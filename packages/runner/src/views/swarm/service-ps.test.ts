import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseInstant } from '@docknet/core';
import { cluster, engineWith, node, service, sid, task, withTask } from './testing/swarm-fixture.js';
import { selectServices, servicePsOutput, taskName } from './service-ps.js';

const now = (text: string) => {
  const parsed = parseInstant(text);
  if (E.isLeft(parsed)) throw new Error(text);
  return parsed.right;
};

const fixture = () => {
  const web = service({ id: 'abc' + sid('w').slice(3), name: 'web', replicas: 2, image: 'nginx:1.25' });
  const other = service({ id: 'abd' + sid('o').slice(3), name: 'other' });
  const c = cluster(
    [node({ id: sid('m'), hostName: 'manager1', role: 'manager' }), node({ id: sid('n'), hostName: 'worker1' })],
    [web, other],
  );
  withTask(web, task({ id: sid('2'), serviceId: web.id, slot: 2, hostName: 'worker1' }));
  withTask(web, task({ id: sid('1'), serviceId: web.id, slot: 1, hostName: 'manager1' }));
  return { c, web, state: engineWith(c, '2020-08-14T14:31:30+09:00') };
};

describe('docker service ps', () => {
  it('lists tasks by name with CURRENT STATE relative to the logical now (swarm-facts §8)', () => {
    const { web, state } = fixture();
    expect(servicePsOutput(state, [web], { noTrunc: false, quiet: false, now: now('2020-08-14T14:31:35+09:00') })).toEqual(
      E.right(
        [
          'ID             NAME      IMAGE        NODE       DESIRED STATE   CURRENT STATE           ERROR     PORTS',
          '111111111111   web.1     nginx:1.25   manager1   Running         Running 5 seconds ago             ',
          '222222222222   web.2     nginx:1.25   worker1    Running         Running 5 seconds ago             ',
          '',
        ].join('\n'),
      ),
    );
  });

  it('says "less than a second" and "about a minute" in lower case', () => {
    const { web, state } = fixture();
    const states = (at: string) =>
      servicePsOutput(state, [web], { noTrunc: false, quiet: false, format: '{{.CurrentState}}', now: now(at) });
    expect(states('2020-08-14T14:31:30+09:00')).toEqual(E.right('Running less than a second ago\nRunning less than a second ago\n'));
    expect(states('2020-08-14T14:32:40+09:00')).toEqual(E.right('Running about a minute ago\nRunning about a minute ago\n'));
  });

  it('-q prints full task IDs', () => {
    const { web, state } = fixture();
    expect(servicePsOutput(state, [web], { noTrunc: false, quiet: true, now: now('2020-08-14T14:31:35+09:00') })).toEqual(
      E.right(`${sid('1')}\n${sid('2')}\n`),
    );
  });

  it('names a global task after its node', () => {
    const g = service({ id: sid('g'), name: 'g', mode: 'global' });
    expect(taskName(g, task({ id: sid('t'), serviceId: g.id, slot: 0, nodeId: sid('n'), hostName: 'h' }))).toBe(`g.${sid('n')}`);
  });

  it('selects by id, name, then unique prefix; unknown names are reported, an ambiguous prefix is an error', () => {
    const { c } = fixture();
    const picked = selectServices(c, ['web', 'nope']);
    expect(E.isRight(picked) && picked.right.services.map((s) => s.name)).toEqual(['web']);
    expect(E.isRight(picked) && picked.right.notFound).toEqual(['no such service: nope']);
    expect(selectServices(c, ['nope', 'nada'])).toEqual(E.left('no such service: nope\nno such service: nada'));
    expect(selectServices(c, ['ab'])).toEqual(E.left('multiple services found with provided prefix: ab'));
    const byPrefix = selectServices(c, ['abd']);
    expect(E.isRight(byPrefix) && byPrefix.right.services.map((s) => s.name)).toEqual(['other']);
  });
});
