/** `docknet state` through `main`: the summary, --json, SRC@N, state files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.js';

const ROOT = resolve(import.meta.dirname, '../../../../..');

const run = async (argv: string[]) => {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
};

const scratch = () => mkdtempSync(join(tmpdir(), 'docknet-state-'));

const SCENARIO = [
  'name: summary',
  'steps:',
  '  - docker network create --subnet 10.1.0.0/24 n1',
  '  - docker run -d --name web -p 8080:80 --network n1 nginx',
  '  - docker run -itd --name c1 busybox',
  '  - docker run -itd --name c2 busybox',
  '  - docker stop c2',
  '  - docker network connect n1 c1',
  '',
].join('\n');

describe('docknet state', () => {
  it('summarises hosts, networks with subnets and endpoints, containers with status, IPs and ports', async () => {
    const file = join(scratch(), 's.yaml');
    writeFileSync(file, SCENARIO);
    const r = await run(['state', file]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        'engine 28, seed 0, after event 19 (2020-01-01T00:00:06Z)',
        'host docker-host (eth0 10.0.2.15/24)',
        '  networks (4):',
        '    NAME    DRIVER  SUBNET         GATEWAY     ENDPOINTS',
        '    bridge  bridge  172.17.0.0/16  172.17.0.1  c1 172.17.0.2',
        '    host    host    -              -           -',
        '    n1      bridge  10.1.0.0/24    10.1.0.1    c1 10.1.0.3, web 10.1.0.2',
        '    none    null    -              -           -',
        '  containers (3):',
        '    NAME  STATUS        IMAGE    NETWORKS                        PORTS',
        '    c1    running       busybox  bridge 172.17.0.2, n1 10.1.0.3  -',
        '    c2    exited (137)  busybox  bridge                          -',
        '    web   running       nginx    n1 10.1.0.2                     0.0.0.0:8080->80/tcp, [::]:8080->80/tcp',
        '',
      ].join('\n'),
    );
  });

  it('takes the moment from --at N or SRC@N, @0 being the fresh engine', async () => {
    const file = join(scratch(), 's.yaml');
    writeFileSync(file, SCENARIO);
    const at2 = await run(['state', `${file}@2`]);
    expect(at2.out).toContain('containers (1):');
    expect(await run(['state', file, '--at', '2'])).toEqual(at2);
    expect((await run(['state', `${file}@0`])).out).toContain('containers: none');
    expect((await run(['state', `${file}@end`])).out).toBe((await run(['state', file])).out);
    expect((await run(['state', file, '--at', 'x'])).code).toBe(2);
  });

  it('prints the canonical JSON with --json, and reads it back as a state file', async () => {
    const dir = scratch();
    const file = join(dir, 's.yaml');
    writeFileSync(file, SCENARIO);
    const json = await run(['state', file, '--json']);
    expect(json.out).toBe(`${JSON.stringify(JSON.parse(json.out), null, 2)}\n`);
    const stateFile = join(dir, 'state.json');
    // Key order in the file does not matter: the output is canonical again.
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(json.out) as object).reverse()));
    writeFileSync(stateFile, reordered);
    expect(await run(['state', stateFile, '--json'])).toEqual(json);
    expect((await run(['state', stateFile])).out).toBe((await run(['state', file])).out);
  });

  it('refuses what is not a state, and @N on a state file', async () => {
    const dir = scratch();
    const other = join(dir, 'package.json');
    writeFileSync(other, '{"name":"x"}');
    const r = await run(['state', other]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('not a docknet state');
    const state = join(dir, 'state.json');
    writeFileSync(state, (await run(['state', join(ROOT, 'scenarios/ports/publish.yaml'), '--json'])).out);
    expect((await run(['state', `${state}@1`])).err).toContain('a state file is one moment');
    expect((await run(['state', 'x.txt'])).err).toContain('not a scenario');
  });
});
