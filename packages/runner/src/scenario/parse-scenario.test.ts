import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse-scenario.js';
import type { Scenario } from './scenario.js';
import { formatScenarioError } from './scenario-error.js';

const FILE = 'scenarios/x.yaml';

const ok = (text: string): Scenario => {
  const result = parseScenario(FILE, text);
  if (E.isLeft(result)) throw new Error(result.left.map(formatScenarioError).join('\n'));
  return result.right;
};
const errors = (text: string): string[] => {
  const result = parseScenario(FILE, text);
  if (E.isRight(result)) throw new Error('expected errors');
  return result.left.map(formatScenarioError);
};

const FULL = `version: 1
name: Custom bridge with ip-range
description: |
  Free text.
engine: "20.10"
seed: 7
clock: "2020-08-14T14:31:29+09:00"
hosts:
  - name: nasa
    interfaces:
      - { name: eno1, ipv4: 192.168.100.9/24, mac: "B0:5C:DA:AD:D1:25" }
  - name: mars
images:
  "myapp:1.0": { expose: ["8080/tcp", 9090], tools: busybox, cmd: "myapp --port 8080", env: [A=1] }
  registry.local:5000/team/app:
steps:
  - docker network ls
  - note: Narration shown in the transcript.
  - run: docker run -d --name web -p 8080:80 nginx
    on: mars
    expect:
      exit: 0
      stdout: |
        abc
      stdout_contains: "web"
      stdout_matches: "/^[0-9a-f]{64}$/m"
      stderr: ""
      stderr_contains: [a, b]
      json:
        "[0].IPAM.Config[0].Subnet": 172.18.0.0/16
        '[0].Options["com.docker.network.bridge.name"]': docker0
        "[0].IPPrefixLen": 16
`;

describe('parseScenario: a valid scenario', () => {
  it('reads every key of SPEC §2', () => {
    const s = ok(FULL);
    expect(s).toMatchObject({
      file: FILE,
      version: 1,
      name: 'Custom bridge with ip-range',
      description: 'Free text.\n',
      engine: '20.10',
      seed: 7,
      clock: '2020-08-14T14:31:29+09:00',
      hosts: [
        { name: 'nasa', interfaces: [{ name: 'eno1', ipv4: '192.168.100.9/24', mac: 'b0:5c:da:ad:d1:25' }] },
        { name: 'mars', interfaces: [] },
      ],
      images: {
        'myapp:1.0': { expose: ['8080/tcp', '9090/tcp'], tools: 'busybox', cmd: ['myapp', '--port', '8080'], env: ['A=1'] },
        'registry.local:5000/team/app': {},
      },
    });
    expect(s.steps).toEqual([
      { kind: 'run', run: 'docker network ls', expect: { exit: 0 }, line: 17, column: 5 },
      { kind: 'note', note: 'Narration shown in the transcript.', line: 18, column: 5 },
      {
        kind: 'run',
        run: 'docker run -d --name web -p 8080:80 nginx',
        on: 'mars',
        line: 19,
        column: 5,
        expect: {
          exit: 0,
          stdout: 'abc\n',
          stdoutContains: ['web'],
          stdoutMatches: { source: '^[0-9a-f]{64}$', flags: 'm' },
          stderr: '',
          stderrContains: ['a', 'b'],
          json: [
            { path: '[0].IPAM.Config[0].Subnet', segments: expect.any(Array), expected: '172.18.0.0/16' },
            { path: '[0].Options["com.docker.network.bridge.name"]', segments: expect.any(Array), expected: 'docker0' },
            { path: '[0].IPPrefixLen', segments: expect.any(Array), expected: 16 },
          ],
        },
      },
    ]);
  });

  it('applies the defaults', () => {
    const s = ok('name: n\nsteps: []\n');
    expect(s).toMatchObject({
      engine: '28',
      seed: 0,
      clock: '2020-01-01T00:00:00Z',
      hosts: [{ name: 'docker-host', interfaces: [] }],
      images: {},
      steps: [],
      description: undefined,
    });
  });

  it('accepts an unquoted integer engine', () => {
    expect(ok('name: n\nengine: 27\nsteps: []\n').engine).toBe('27');
  });

  it('keeps a numeric-looking stdout as written', () => {
    const s = ok('name: n\nsteps:\n  - run: docker ps -q | wc -l\n    expect: { stdout: 010 }\n');
    expect(s.steps[0]).toMatchObject({ expect: { stdout: '010' } });
  });

  it('resolves YAML anchors and aliases', () => {
    const s = ok('name: n\nsteps:\n  - run: &cmd docker ps\n  - *cmd\n');
    expect(s.steps.map((st) => (st.kind === 'run' ? st.run : ''))).toEqual(['docker ps', 'docker ps']);
  });
});

describe('parseScenario: errors name file:line:col', () => {
  it('reports an unknown key with a suggestion', () => {
    expect(errors('name: n\nsteps:\n  - run: docker ps\n    expct: {exit: 1}\n')).toEqual([
      'scenarios/x.yaml:4:5: unknown key "expct" in step (did you mean "expect"?)',
    ]);
  });
  it('reports an unknown key without a close match by listing the known keys', () => {
    expect(errors('name: n\nfoo: 1\nsteps: []\n')).toEqual([
      'scenarios/x.yaml:2:1: unknown key "foo" in scenario; known keys: version, name, description, engine, seed, clock, hosts, images, steps',
    ]);
  });
  it('reports unknown keys at every level', () => {
    expect(
      errors(
        'name: n\nhosts:\n  - name: h\n    interfaces: [{name: eth1, ipv6: x}]\n    nam: x\nimages:\n  a: {tool: busybox}\nsteps:\n  - run: x\n    expect: {exitt: 1, json: {a: 1}}\n',
      ),
    ).toEqual([
      'scenarios/x.yaml:4:31: unknown key "ipv6" in interface (did you mean "ipv4"?)',
      'scenarios/x.yaml:5:5: unknown key "nam" in host (did you mean "name"?)',
      'scenarios/x.yaml:7:7: unknown key "tool" in image "a" (did you mean "tools"?)',
      'scenarios/x.yaml:10:14: unknown key "exitt" in expect (did you mean "exit"?)',
    ]);
  });
  it('reports duplicate keys at the second occurrence', () => {
    expect(errors('name: a\nname: b\nsteps: []\n')).toEqual(['scenarios/x.yaml:2:1: duplicate key "name" in scenario (first given at line 1)']);
  });
  it('reports missing required keys at the mapping', () => {
    expect(errors('description: d\n')).toEqual([
      'scenarios/x.yaml:1:1: scenario is missing the required key "name"',
      'scenarios/x.yaml:1:1: scenario is missing the required key "steps"',
    ]);
  });
  it('keeps the yaml package position and message for syntax errors', () => {
    expect(errors('name: "abc\nsteps: []\n')[0]).toMatch(/^scenarios\/x\.yaml:\d+:\d+: Missing closing "quote/);
    expect(errors('name: n\n\tsteps: []\n')[0]).toMatch(/^scenarios\/x\.yaml:2:1: /);
  });
  it('reports wrong value types at the value', () => {
    expect(errors('name: n\nseed: abc\nversion: 2\nclock: 2020-13-01T00:00:00Z\nsteps: []\n')).toEqual([
      'scenarios/x.yaml:2:7: "seed" must be an integer, got "abc"',
      'scenarios/x.yaml:3:10: "version" must be the number 1 (the only scenario format version), got the number 2',
      'scenarios/x.yaml:4:8: "clock" must be an ISO-8601 date-time with an offset, like "2020-08-14T14:31:29+09:00", got "2020-13-01T00:00:00Z"',
    ]);
  });
  it('explains an unquoted 20.10 engine', () => {
    expect(errors('name: n\nengine: 20.10\nsteps: []\n')).toEqual([
      'scenarios/x.yaml:2:9: "engine" 20.10 must be quoted ("20.10"): unquoted, YAML reads it as the number 20.1',
    ]);
  });
  it('rejects an unknown engine', () => {
    expect(errors('name: n\nengine: "26"\nsteps: []\n')).toEqual([
      'scenarios/x.yaml:2:9: "engine" must be one of "20.10", "27", "28", "29", got "26"',
    ]);
  });
  it('validates hosts and interfaces', () => {
    expect(
      errors(
        'name: n\nhosts:\n  - name: h\n    interfaces:\n      - {name: docker0}\n      - {name: eth1, ipv4: 10.0.0.1/33, mac: "01:00:5e:00:00:01"}\n  - name: h\nsteps: []\n',
      ),
    ).toEqual([
      'scenarios/x.yaml:5:16: interface "docker0" exists on every host already; declare only physical interfaces',
      'scenarios/x.yaml:6:28: "ipv4" must be an IPv4 address with a prefix length, like 192.168.100.9/24, got "10.0.0.1/33"',
      'scenarios/x.yaml:6:46: "mac" must be a unicast MAC address, like "b0:5c:da:ad:d1:25" (quote it in YAML), got "01:00:5e:00:00:01"',
      'scenarios/x.yaml:7:11: host "h" is declared twice',
    ]);
  });
  it('rejects a step on an undeclared host', () => {
    expect(errors('name: n\nsteps:\n  - run: docker ps\n    on: venus\n')).toEqual([
      'scenarios/x.yaml:4:9: "on" names host "venus", which is not declared (hosts: docker-host)',
    ]);
  });
  it('rejects malformed steps', () => {
    expect(errors('name: n\nsteps:\n  - 42\n  - {on: docker-host}\n  - {note: hi, run: x}\n  - ""\n')).toEqual([
      'scenarios/x.yaml:3:5: a step must be a command string, or a mapping with "run" or "note"; got the number 42',
      'scenarios/x.yaml:4:5: a step needs "run" (a command) or "note" (narration)',
      'scenarios/x.yaml:5:16: a note step runs nothing, so it cannot have "run"',
      'scenarios/x.yaml:6:5: a step must not be an empty command',
    ]);
  });
  it('reports a bad stdout_matches regex at load time', () => {
    expect(errors('name: n\nsteps:\n  - run: x\n    expect:\n      stdout_matches: "(abc"\n')).toEqual([
      'scenarios/x.yaml:5:23: "stdout_matches" is not a valid JavaScript regular expression: Invalid regular expression: /(abc/: Unterminated group',
    ]);
  });
  it('reports a bad JSON path at the offending character', () => {
    expect(errors('name: n\nsteps:\n  - run: x\n    expect:\n      json:\n        "[0]..Name": web\n')).toEqual([
      'scenarios/x.yaml:6:14: invalid JSON path "[0]..Name": expected a name (letters, digits, "_", "-")',
    ]);
  });
  it('validates images', () => {
    expect(errors('name: n\nimages:\n  "MyApp": {expose: ["99999/tcp"], tools: gnu, env: [NOEQUALS]}\nsteps: []\n')).toEqual([
      'scenarios/x.yaml:3:3: image "MyApp" must be an image reference like "myapp:1.0" (lower-case name, optional registry and tag), got "MyApp"',
      'scenarios/x.yaml:3:22: an exposed port must be a port like "8080/tcp" (PORT or PORT/tcp|udp|sctp, 1-65535), got "99999/tcp"',
      'scenarios/x.yaml:3:43: "tools" must be one of busybox, net-tools-old, net-tools, iproute2, minimal, got "gnu"',
      'scenarios/x.yaml:3:54: an "env" entry must be a KEY=value string, got "NOEQUALS"',
    ]);
  });
  it('rejects a second YAML document', () => {
    expect(errors('name: n\nsteps: []\n---\nname: m\n')).toEqual([
      'scenarios/x.yaml:3:1: a scenario file holds one YAML document; remove the second "---" document',
    ]);
  });
  it('rejects an empty file and a non-mapping root', () => {
    expect(errors('')).toEqual(['scenarios/x.yaml:1:1: the scenario is empty; it needs at least "name" and "steps"']);
    expect(errors('# only a comment\n')).toEqual(['scenarios/x.yaml:1:1: the scenario is empty; it needs at least "name" and "steps"']);
    expect(errors('- a\n')).toEqual(['scenarios/x.yaml:1:1: scenario must be a mapping, got a list']);
  });
  it('reports an unknown alias', () => {
    expect(errors('name: n\nsteps:\n  - *nope\n')[0]).toMatch(/^scenarios\/x\.yaml:3:5: /);
  });
  it('reports every error of a file at once, in document order', () => {
    expect(errors('steps:\n  - run: x\n    expct: 1\nseed: x\n')).toEqual([
      'scenarios/x.yaml:1:1: scenario is missing the required key "name"',
      'scenarios/x.yaml:3:5: unknown key "expct" in step (did you mean "expect"?)',
      'scenarios/x.yaml:4:7: "seed" must be an integer, got "x"',
    ]);
  });
});
