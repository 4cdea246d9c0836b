import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.js';

const ROOT = resolve(import.meta.dirname, '../../../../..');
const TOUR = join(ROOT, 'scenarios/topology/topology-tour.yaml');

const run = async (argv: string[]) => {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
};

describe('docknet graph', () => {
  it('prints Mermaid by default, after the last step', async () => {
    const r = await run(['graph', TOUR]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('flowchart TB');
    expect(r.out).toContain('agent<br/>busybox #183; running');
    expect(r.out).toContain('web<br/>nginx #183; exited (0)');
  });

  it('draws the topology after step N with --at N or SRC@N, the same either way', async () => {
    const flag = await run(['graph', TOUR, '--at', '4', '--format', 'dot']);
    const suffix = await run(['graph', `${TOUR}@4`, '-f', 'dot']);
    expect(flag.code).toBe(0);
    expect(flag.out).toBe(suffix.out);
    expect(flag.out).toContain('label="web\\nnginx · running"');
    expect(flag.out).not.toContain('backend');
  });

  it('writes SVG laid out for the whole run: two steps share the canvas', async () => {
    const early = await run(['graph', TOUR, '--at', '4', '--format', 'svg']);
    const late = await run(['graph', TOUR, '--format', 'svg']);
    expect(early.code).toBe(0);
    expect(early.out.startsWith('<svg ')).toBe(true);
    const viewBox = (svg: string) => /viewBox="[^"]*"/.exec(svg)?.[0];
    expect(viewBox(early.out)).toBe(viewBox(late.out));
  });

  it('reads an event log, step = event N', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docknet-graph-'));
    const log = join(dir, 'events.jsonl');
    expect((await run(['replay', TOUR, '--events', log])).code).toBe(0);
    const all = await run(['graph', log]);
    const fromScenario = await run(['graph', TOUR]);
    expect(all.out).toBe(fromScenario.out);
    const booted = await run(['graph', `${log}@4`]);
    expect(booted.out).toContain('docker0');
    expect(booted.out).not.toContain('web');
  });

  it('refuses an unknown format (exit 2) and a bad SRC (exit 1)', async () => {
    expect((await run(['graph', TOUR, '--format', 'png'])).code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'docknet-graph-'));
    writeFileSync(join(dir, 'x.txt'), '');
    const bad = await run(['graph', join(dir, 'x.txt')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('not a scenario');
  });
});
