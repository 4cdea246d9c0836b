import { describe, expect, it } from 'vitest';
import { cluster, engineWith, node, service, sid, task, withTask } from './testing/swarm-fixture.js';
import { progressBar, serviceProgressFrame, taskLine } from './service-progress.js';

const FULL = `[${'='.repeat(50)}>] `;

describe('service progress display', () => {
  it('draws jsonmessage bars: p = int(cur/9*100)/2', () => {
    expect(progressBar(9)).toBe(FULL);
    expect(progressBar(3)).toBe(`[${'='.repeat(16)}>${' '.repeat(34)}] `);
  });

  it('pads the state to 9 and leaves a trailing space after the bar (swarm-facts §7)', () => {
    expect(taskLine('1/3', 'running')).toBe(`1/3: running   ${FULL}`);
    expect(taskLine('1/3', undefined)).toBe('1/3:  ');
  });

  it('shows the converged replicated screen with the verify line', () => {
    const web = service({ id: sid('w'), name: 'web', replicas: 2 });
    const c = cluster([node({ id: sid('m'), hostName: 'm1', role: 'manager' })], [web]);
    withTask(web, task({ id: sid('1'), serviceId: web.id, slot: 1, hostName: 'm1' }));
    withTask(web, task({ id: sid('2'), serviceId: web.id, slot: 2, hostName: 'm1' }));
    expect(serviceProgressFrame(engineWith(c), web, 'verify: Service web converged')).toBe(
      `overall progress: 2 out of 2 tasks \n1/2: running   ${FULL}\n2/2: running   ${FULL}\nverify: Service web converged \n`,
    );
  });

  it('leaves out the verify line until every task runs', () => {
    const web = service({ id: sid('w'), name: 'web', replicas: 2 });
    const c = cluster([node({ id: sid('m'), hostName: 'm1', role: 'manager' })], [web]);
    withTask(web, task({ id: sid('1'), serviceId: web.id, slot: 1, hostName: 'm1' }));
    expect(serviceProgressFrame(engineWith(c), web, 'verify: Service web converged')).toBe(
      `overall progress: 1 out of 2 tasks \n1/2: running   ${FULL}\n2/2:  \n`,
    );
  });

  it('prints no task lines above 20 tasks', () => {
    const web = service({ id: sid('w'), name: 'web', replicas: 21 });
    const c = cluster([node({ id: sid('m'), hostName: 'm1', role: 'manager' })], [web]);
    for (let i = 1; i <= 21; i++) withTask(web, task({ id: `t${i}`, serviceId: web.id, slot: i, hostName: 'm1' }));
    expect(serviceProgressFrame(engineWith(c), web, 'verify: Service web converged')).toBe(
      'overall progress: 21 out of 21 tasks \nverify: Service web converged \n',
    );
  });

  it('labels global tasks with 12-character node IDs in ID order', () => {
    const g = service({ id: sid('g'), name: 'g', mode: 'global', replicas: 0 });
    const c = cluster([node({ id: sid('z'), hostName: 'a', role: 'manager' }), node({ id: sid('b'), hostName: 'b' })], [g]);
    withTask(g, task({ id: sid('1'), serviceId: g.id, slot: 0, nodeId: sid('z'), hostName: 'a' }));
    withTask(g, task({ id: sid('2'), serviceId: g.id, slot: 0, nodeId: sid('b'), hostName: 'b' }));
    expect(serviceProgressFrame(engineWith(c), g, 'verify: Service g converged').split('\n').slice(0, 3)).toEqual([
      'overall progress: 2 out of 2 tasks ',
      `bbbbbbbbbbbb: running   ${FULL}`,
      `zzzzzzzzzzzz: running   ${FULL}`,
    ]);
  });
});
