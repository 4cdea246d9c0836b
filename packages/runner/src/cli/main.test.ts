/**
 * The docknet CLI through `main`: exit statuses, the closing line, written files, and
 * bad input answered with file:line:col instead of a stack trace.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

const ROOT = resolve(import.meta.dirname, '../../../..');

const run = async (argv: string[]) => {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
};

const scratch = () => mkdtempSync(join(tmpdir(), 'docknet-cli-'));

describe('docknet replay', () => {
  it('ends with "N passed, N failed" and exits 0 when every expectation holds', async () => {
    const r = await run(['replay', join(ROOT, 'scenarios/bridge/default-bridge.yaml')]);
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('1 passed, 0 failed');
  });

  it('exits 1 and marks the failing expectation', async () => {
    const dir = scratch();
    const file = join(dir, 'fail.yaml');
    writeFileSync(file, 'name: wrong\nsteps:\n  - run: docker network ls -q | wc -l\n    expect:\n      stdout: "4"\n');
    const r = await run(['replay', file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✗ stdout (line 3)');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });

  it('answers a malformed scenario with file:line:col, never a stack trace', async () => {
    const dir = scratch();
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'name: bad\nsteps:\n  - run: docker ps\n    expct:\n      exit: 0\n');
    const r = await run(['replay', file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file}:4:5: unknown key "expct"`);
    expect(r.err).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('reports YAML syntax errors with their position', async () => {
    const dir = scratch();
    const file = join(dir, 'syntax.yaml');
    writeFileSync(file, 'name: x\nsteps: [docker ps\n');
    const r = await run(['replay', file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: `));
  });

  it('writes the event log and the state, identical on a second run', async () => {
    const dir = scratch();
    const args = (n: number) => [
      'replay',
      join(ROOT, 'scenarios/ports/publish.yaml'),
      '--events',
      join(dir, `e${n}.jsonl`),
      '--state',
      join(dir, `s${n}.json`),
    ];
    expect((await run(args(1))).code).toBe(0);
    expect((await run(args(2))).code).toBe(0);
    const log = readFileSync(join(dir, 'e1.jsonl'), 'utf8');
    expect(log).toBe(readFileSync(join(dir, 'e2.jsonl'), 'utf8'));
    expect(readFileSync(join(dir, 's1.json'), 'utf8')).toBe(readFileSync(join(dir, 's2.json'), 'utf8'));
    const [header, first] = log.split('\n');
    expect(JSON.parse(header ?? '')).toMatchObject({ kind: 'docknet-events', version: 1, engine: '28', seed: 0 });
    expect(JSON.parse(first ?? '')).toMatchObject({ seq: 1, host: 'docker-host', type: 'HostBooted' });
  });

  it('folds a written log back to the same state', async () => {
    const dir = scratch();
    const events = join(dir, 'e.jsonl');
    const state = join(dir, 's.json');
    await run(['replay', join(ROOT, 'scenarios/bridge/connect-disconnect.yaml'), '--events', events, '--state', state]);
    const r = await run(['state', events, '--json']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(readFileSync(state, 'utf8'));
  });

  it('is a usage error (exit 2) without arguments or with an unknown option', async () => {
    expect((await run(['replay'])).code).toBe(2);
    const r = await run(['replay', '--nope', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Unknown option '--nope'");
  });

  it('prints help generated from the option table', async () => {
    const r = await run(['replay', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--events F.jsonl');
    expect(r.out).toContain('Also write the event log');
  });
});
