import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { daemonRegistry } from '@docknet/drivers';
import { parseScenario } from '../scenario/index.js';
import { startFrom, type CheckStart } from './check-start.js';
import { newStats } from './check-stats.js';
import { counterexampleYaml } from './counterexample-scenario.js';

const userStart = (): CheckStart => {
  const text = [
    'name: two hosts',
    'engine: "27"',
    'clock: "2020-08-14T14:31:29+09:00"',
    'hosts:',
    '  - name: alpha',
    '  - name: beta',
    '    interfaces: [{ name: eno1, ipv4: 192.168.100.9/24 }]',
    'images:',
    '  "myapp:1.0": { expose: ["8080/tcp"] }',
    'steps:',
    '  - note: A plan.',
    '  - docker network create --subnet 10.5.0.0/30 tiny',
    '  - run: docker network create --subnet 10.5.0.0/30 again',
    '    expect: { exit: 1 }',
    '  - run: docker run -d --name app myapp:1.0',
    '    on: beta',
    '',
  ].join('\n');
  const scenario = parseScenario('plan.yaml', text);
  if (E.isLeft(scenario)) throw new Error(JSON.stringify(scenario.left));
  const start = startFrom(scenario.right, daemonRegistry, newStats(), true);
  if (E.isLeft(start)) throw new Error(JSON.stringify(start.left.violation));
  return start.right;
};

const ok = { stdout: '', stderr: '', exit: 0 };

describe('counterexampleYaml', () => {
  it("repeats the user's scenario, then the generated lines, with a note before the breaking one", () => {
    const yaml = counterexampleYaml({
      violation: { invariant: 'address-unique', message: 'network tiny: c1 has 10.5.0.2, which c0 holds too' },
      start: userStart(),
      lines: [
        { host: 'alpha', line: 'docker run -itd --name c0 --network tiny busybox', result: ok },
        { host: 'beta', line: 'docker stop nothing', result: { ...ok, exit: 1 } },
        { host: 'alpha', line: 'docker run -itd --name c1 --network tiny busybox', result: ok },
      ],
      step: 2,
      reproduce: "docknet check plan.yaml --seed 4 --path '1:2@A:B'",
    });
    const scenario = parseScenario('counterexample.yaml', yaml);
    expect(E.isRight(scenario)).toBe(true);
    if (E.isLeft(scenario)) return;
    const s = scenario.right;
    expect([s.engine, s.clock, s.hosts.map((h) => h.name), Object.keys(s.images)]).toEqual(['27', '2020-08-14T14:31:29+09:00', ['alpha', 'beta'], ['myapp:1.0']]);
    expect(s.description).toContain("docknet check plan.yaml --seed 4 --path '1:2@A:B'");
    expect(s.steps.map((step) => (step.kind === 'note' ? `# ${step.note.slice(0, 30)}` : `${step.on ?? '-'} ${step.expect.exit} ${step.run}`))).toEqual([
      '# A plan.',
      '- 0 docker network create --subnet 10.5.0.0/30 tiny',
      '- 1 docker network create --subnet 10.5.0.0/30 again',
      'beta 0 docker run -d --name app myapp:1.0',
      '# From here on: commands generat',
      '- 0 docker run -itd --name c0 --network tiny busybox',
      'beta 1 docker stop nothing',
      '# The next step breaks address-u',
      '- 0 docker run -itd --name c1 --network tiny busybox',
    ]);
  });

  it('puts a whole-run violation after the last line', () => {
    const yaml = counterexampleYaml({
      violation: { invariant: 'deterministic', message: 'running the same lines again printed something else' },
      start: userStart(),
      lines: [{ host: 'alpha', line: 'docker ps -a', result: ok }],
      step: 1,
    });
    expect(yaml.trimEnd().split('\n').at(-1)).toContain('The steps above break deterministic');
  });
});
