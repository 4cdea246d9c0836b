/** `docknet diff` through `main`: exit statuses like diff(1), entity-keyed output, RFC 6902. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { applyPatch, type Operation } from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import { main } from '../main.js';

const ROOT = resolve(import.meta.dirname, '../../../../..');
const scenario = (name: string): string => join(ROOT, 'scenarios', name);

const run = async (argv: string[]) => {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
};

const stateJson = async (src: string): Promise<unknown> => JSON.parse((await run(['state', src, '--json'])).out) as unknown;

describe('docknet diff', () => {
  it('finds nothing between a scenario and itself, and exits 0', async () => {
    const src = scenario('bridge/connect-disconnect.yaml');
    expect(await run(['diff', src, src])).toEqual({ code: 0, out: '', err: '' });
    expect(await run(['diff', src, src, '--json'])).toEqual({ code: 0, out: '[]\n', err: '' });
  });

  it('shows "c1 then c2" against "c2 then c1" as two IP changes, not a rename', async () => {
    const a = scenario('diff/c1-then-c2.yaml');
    const b = scenario('diff/c2-then-c1.yaml');
    const r = await run(['diff', a, b, '--ignore', '@noise']);
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      [
        `--- ${a}`,
        `+++ ${b}`,
        '~ host docker-host',
        '  ~ container c1',
        '    ~ on network bridge',
        '      ~ endpoint.ipv4: 172.17.0.2 → 172.17.0.3',
        '  ~ container c2',
        '    ~ on network bridge',
        '      ~ endpoint.ipv4: 172.17.0.3 → 172.17.0.2',
        '  ~ network bridge',
        '    ~ endpoints.c1: 172.17.0.2 → 172.17.0.3',
        '    ~ endpoints.c2: 172.17.0.3 → 172.17.0.2',
        '',
      ].join('\n'),
    );
    // Without --ignore the generated values differ too, but still per container, by name.
    const full = await run(['diff', a, b]);
    expect(full.code).toBe(1);
    expect(full.out).not.toMatch(/^[+-] container/m);
  });

  it('between engine profiles 20.10 and 28 shows the MACs and inspect fields that changed, nothing else', async () => {
    const src = scenario('diff/two-profiles.yaml');
    const r = await run(['diff', src, '--engine', '20.10', '--engine', '28', '--json']);
    expect(r.code).toBe(1);
    const fields = new Set((JSON.parse(r.out) as { path: string }[]).map((op) => op.path.split('/').at(-1)));
    // MACs (02:42+IPv4 vs random), HostConfig.NetworkMode ("default" vs "bridge"), the
    // profile itself and its IPAM rules (reserved addresses, subnet cursor).
    expect([...fields].sort()).toEqual(['mac', 'networkMode', 'poolCursor', 'profile', 'reserve']);
    const human = await run(['diff', `${src}@engine=20.10`, `${src}@engine=28`]);
    expect(human.out).toContain('~ networkMode: default → bridge');
    expect(human.out).toContain('~ endpoint.mac: 02:42:ac:11:00:02 → ');
    expect(human.out.split('\n')[0]).toBe(`--- ${src}@engine=20.10`);
  });

  it('shows the same for the tutorials: MACs, NetworkMode and the profile\'s IPAM rules only', async () => {
    for (const tutorial of ['tutorials/nasa-network-modes/01-default-bridge.yaml', 'tutorials/network-drivers/02-custom-bridge.yaml']) {
      const r = await run(['diff', scenario(tutorial), '--engine', '20.10', '--engine', '28', '--json']);
      expect(r.code).toBe(1);
      const fields = new Set((JSON.parse(r.out) as { path: string }[]).map((op) => op.path.split('/').at(-1)));
      expect(fields.has('mac')).toBe(true);
      for (const f of fields) expect(['mac', 'networkMode', 'poolCursor', 'profile', 'reserve']).toContain(f);
    }
  });

  it('prints an RFC 6902 patch that turns A into B', async () => {
    const a = scenario('bridge/connect-disconnect.yaml@3');
    const b = scenario('bridge/connect-disconnect.yaml');
    const r = await run(['diff', a, b, '--json']);
    expect(r.code).toBe(1);
    const patch = JSON.parse(r.out) as Operation[];
    expect(applyPatch(await stateJson(a), patch, true, false).newDocument).toEqual(await stateJson(b));
  });

  it('compares two seeds of one scenario', async () => {
    const src = scenario('diff/c1-then-c2.yaml');
    // Another seed changes only generated values: ids, MACs, names, and the seed itself.
    const r = await run(['diff', src, '--seed', '0', '--seed', '1', '--ignore', '@noise']);
    expect(r).toMatchObject({ code: 1, out: `--- ${src}@seed=0\n+++ ${src}@seed=1\n~ seed: 0 → 1\n` });
    expect((await run(['diff', src, '--seed', '0', '--seed', '1', '--ignore', '@noise,seed'])).code).toBe(0);
    expect((await run(['diff', src, '--seed', '0', '--seed', '1'])).code).toBe(1);
  });

  it('diffs a state file against the scenario it came from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docknet-diff-'));
    const src = scenario('ports/publish.yaml');
    const file = join(dir, 'state.json');
    writeFileSync(file, (await run(['state', src, '--json'])).out);
    expect((await run(['diff', file, src])).code).toBe(0);
    expect((await run(['diff', file, `${src}@1`])).code).toBe(1);
  });

  it('exits 2 on a bad source or a usage mistake', async () => {
    const missing = await run(['diff', 'nope.yaml', scenario('diff/c1-then-c2.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('nope.yaml');
    expect((await run(['diff', scenario('diff/c1-then-c2.yaml')])).code).toBe(2);
    expect((await run(['diff', 'a.yaml', 'b.yaml', '--engine', '19'])).err).toContain('unknown engine "19"');
    expect((await run(['diff', 'a.yaml', 'b.yaml', '--ignore', '@nope'])).code).toBe(2);
    expect((await run(['diff', `${scenario('diff/c1-then-c2.yaml')}@99`, scenario('diff/c1-then-c2.yaml')])).err).toContain('has 3 steps');
  });
});
