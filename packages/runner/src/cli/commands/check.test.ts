/** `docknet check` through `main`: what it prints, exit statuses, the written counterexample, usage errors. */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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

describe('docknet check', () => {
  it('exits 0 and prints what it checked', async () => {
    const r = await run(['check', '--runs', '20', '--steps', '20', '--seed', '5']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('docknet check: 20 runs of up to 20 generated docker commands (seed 5), engine 20.10, 27, 28, 29, from a fresh host');
    expect(r.out).toContain('✓ live addresses are unique per network');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('✓ all 15 properties held (docknet never threw)');
    expect(r.err).toBe(''); // no progress lines for short runs
  });

  it('prints progress on stderr for long runs', async () => {
    const r = await run(['check', '--runs', '100', '--steps', '5']);
    expect(r.code).toBe(0);
    expect(r.err.split('\n').filter((l) => l.startsWith('check: '))).toHaveLength(10);
  });

  it("checks a scenario's own steps with --runs 0, and from its state otherwise", async () => {
    const file = join(ROOT, 'scenarios/bridge/custom-bridge-ip-range.yaml');
    const own = await run(['check', file, '--runs', '0']);
    expect(own.code).toBe(0);
    expect(own.out).toContain(`the steps of ${file} only (--runs 0)`);
    const churn = await run(['check', file, '--runs', '10']);
    expect(churn.code).toBe(0);
    expect(churn.out).toContain(`from the state ${file} leaves`);
  });

  it('writes nothing when everything holds', async () => {
    const out = mkdtempSync(join(tmpdir(), 'docknet-check-'));
    expect((await run(['check', '--runs', '5', '--out', out])).code).toBe(0);
    expect(readdirSync(out)).toEqual([]);
  });

  it('answers usage mistakes with exit 2', async () => {
    expect((await run(['check', '--runs', 'many'])).code).toBe(2);
    expect((await run(['check', '--steps', '0'])).code).toBe(2);
    expect((await run(['check', 'a.yaml', 'b.yaml'])).code).toBe(2);
    const badPath = await run(['check', '--path', 'x:y']);
    expect([badPath.code, badPath.err]).toEqual([2, 'docknet check: --path x:y is not a path a failure printed (like 4:0:2 or 4:0:2@ABC:D)\n']);
    const dir = mkdtempSync(join(tmpdir(), 'docknet-check-'));
    writeFileSync(join(dir, 'bad.yaml'), 'name: x\nstep: []\n');
    const bad = await run(['check', join(dir, 'bad.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('bad.yaml:2:1');
  });
});
