/** `docknet log` through `main`: steps with their events, filters, and the event log's hardening. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.js';

const run = async (argv: string[]) => {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
};

const scratch = () => mkdtempSync(join(tmpdir(), 'docknet-log-'));

const SCENARIO = [
  'name: log',
  'steps:',
  '  - docker run -itd --name c1 busybox',
  '  - note: Publish a port',
  '  - docker run -d --name web -p 8080:80 nginx',
  '  - run: docker network rm bridge',
  '    expect: { exit: 1 }',
  '  - docker stop c1',
  '  - docker rename c1 c9',
  '',
].join('\n');

const withScenario = (): { dir: string; file: string } => {
  const dir = scratch();
  const file = join(dir, 's.yaml');
  writeFileSync(file, SCENARIO);
  return { dir, file };
};

describe('docknet log', () => {
  it('lists each step followed by the events it produced', async () => {
    const { file } = withScenario();
    const r = await run(['log', file]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('boot');
    expect(lines[1]).toMatch(/^ {2}1 +HostBooted +host docker-host +engine=\S+ eth0=10\.0\.2\.15\/24 /);
    const step1 = lines.indexOf('step 1  $ docker run -itd --name c1 busybox');
    expect(step1).toBeGreaterThan(0);
    expect(lines.slice(step1 + 1, step1 + 4).map((l) => l.trim().split(/ {2,}/).slice(1, 3))).toEqual([
      ['ContainerCreated', 'container c1'],
      ['ContainerStarted', 'container c1'],
      ['EndpointJoined', 'c1 on bridge'],
    ]);
    expect(lines[step1 + 3]).toMatch(/ipv4=172\.17\.0\.2\/16 gateway=172\.17\.0\.1 mac=\S+ if=eth0 veth=veth[0-9a-f]{7}$/);
    expect(r.out).toContain('step 2  # Publish a port\n');
    expect(r.out).toMatch(/PortsPublished +container web +0\.0\.0\.0:8080->80\/tcp \[::\]:8080->80\/tcp\n/);
    expect(r.out).toContain('step 4  $ docker network rm bridge  (exit 1)\nstep 5');
    expect(r.out).toMatch(/ContainerStopped +container c1 +exit=137\n/);
    expect(r.out).toMatch(/ContainerRenamed +container c1 +name=c9\n$/);
  });

  it('filters by type and by entity, keeping only steps with events left', async () => {
    const { file } = withScenario();
    const r = await run(['log', file, '--type', 'EndpointJoined,portspublished']);
    expect(r.out.split('\n').filter((l) => l.startsWith('step'))).toEqual([
      'step 1  $ docker run -itd --name c1 busybox',
      'step 3  $ docker run -d --name web -p 8080:80 nginx',
    ]);
    const entity = await run(['log', file, '--entity', 'c9']);
    expect(entity.out).toMatch(/^step 6  \$ docker rename c1 c9\n +\d+ +ContainerRenamed/);
    expect((await run(['log', file, '--type', 'Teleported'])).err).toContain('unknown event type "Teleported"');
  });

  it('lists a log file event by event', async () => {
    const { dir, file } = withScenario();
    const log = join(dir, 'e.jsonl');
    await run(['replay', file, '--events', log]);
    const r = await run(['log', log, '--entity', 'web']);
    expect(r.out.split('\n').map((l) => l.split(/ {2,}/)[1])).toEqual(['ContainerCreated', 'ContainerStarted', 'EndpointJoined', 'PortsPublished', undefined]);
    expect(r.out.endsWith('/tcp\n')).toBe(true);
  });

  it('refuses a log from a newer docknet or with an unknown event type, saying why', async () => {
    const { dir, file } = withScenario();
    const log = join(dir, 'e.jsonl');
    await run(['replay', file, '--events', log]);
    const text = readFileSync(log, 'utf8');
    const newer = join(dir, 'newer.jsonl');
    writeFileSync(newer, text.replace('"version":1', '"version":2'));
    const r1 = await run(['log', newer]);
    expect(r1.code).toBe(1);
    expect(r1.err).toBe(`docknet: ${newer}:1: written by a newer docknet: version 2 > 1; this docknet reads logs up to version 1: upgrade docknet to read it\n`);
    const unknown = join(dir, 'unknown.jsonl');
    writeFileSync(unknown, text.replace('"type":"ContainerStarted"', '"type":"ContainerTeleported"'));
    const r2 = await run(['state', unknown]);
    expect(r2.code).toBe(1);
    expect(r2.err).toMatch(/:\d+: type: unknown event type "ContainerTeleported" .*written by a newer docknet or edited by hand/);
  });

  it('detects a truncated last line and repairs it only with --repair', async () => {
    const { dir, file } = withScenario();
    const log = join(dir, 'e.jsonl');
    await run(['replay', file, '--events', log]);
    const whole = readFileSync(log, 'utf8');
    const cut = whole.lastIndexOf('\n', whole.length - 2) + 1;
    writeFileSync(log, whole.slice(0, cut + 25));
    const refused = await run(['log', log]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('incomplete last line');
    expect(refused.err).toContain('docknet log --repair');
    expect(readFileSync(log, 'utf8')).toBe(whole.slice(0, cut + 25));
    const repaired = await run(['log', log, '--repair']);
    expect(repaired.code).toBe(0);
    expect(repaired.out).toMatch(/dropped the incomplete line \d+ .*; \d+ events remain\n$/);
    expect(readFileSync(log, 'utf8')).toBe(whole.slice(0, cut));
    expect((await run(['log', log, '--repair'])).out).toContain('nothing to repair');
    expect((await run(['log', log])).code).toBe(0);
  });

  it('refuses to "repair" damage other than a truncated last line', async () => {
    const { dir, file } = withScenario();
    const log = join(dir, 'e.jsonl');
    await run(['replay', file, '--events', log]);
    const text = readFileSync(log, 'utf8').split('\n');
    text[3] = '{"seq":3,broken';
    writeFileSync(log, text.join('\n'));
    const r = await run(['log', log, '--repair']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('only an incomplete last line can be repaired');
    expect(readFileSync(log, 'utf8')).toBe(text.join('\n'));
    expect((await run(['log', file, '--repair'])).code).toBe(2);
  });
});
