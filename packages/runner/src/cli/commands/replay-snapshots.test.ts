/** `docknet replay --events F --snapshot-every N`, then `docknet state F@N` from the snapshots. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../main.js';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const SCENARIO = join(ROOT, 'scenarios/bridge/connect-disconnect.yaml');

const run = async (argv: string[]) => {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
};

const scratch = () => mkdtempSync(join(tmpdir(), 'docknet-snap-'));

describe('docknet replay --snapshot-every', () => {
  it('writes a snapshot after every N events beside the log, and `state` gives the same JSON with or without them', async () => {
    const dir = scratch();
    const log = join(dir, 'e.jsonl');
    expect((await run(['replay', SCENARIO, '--events', log, '--snapshot-every', '4'])).code).toBe(0);
    const names = readdirSync(`${log}.snap`).sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
    expect(names[0]).toBe('4.json');
    expect(names.every((n, i) => n === `${4 * (i + 1)}.json`)).toBe(true);
    const moments = ['0', '3', '4', '5', '9', 'end'];
    const withSnapshots = await Promise.all(moments.map((m) => run(['state', `${log}@${m}`, '--json'])));
    rmSync(`${log}.snap`, { recursive: true });
    const without = await Promise.all(moments.map((m) => run(['state', `${log}@${m}`, '--json'])));
    expect(withSnapshots.map((r) => r.code)).toEqual(moments.map(() => 0));
    expect(withSnapshots.map((r) => r.out)).toEqual(without.map((r) => r.out));
    expect((await run(['state', `${log}@100000`])).err).toMatch(/the log ends at event \d+/);
  });

  it('removes the snapshots of an earlier log when the log is written again without them', async () => {
    const dir = scratch();
    const log = join(dir, 'e.jsonl');
    await run(['replay', SCENARIO, '--events', log, '--snapshot-every', '2']);
    expect(readdirSync(`${log}.snap`).length).toBeGreaterThan(0);
    await run(['replay', SCENARIO, '--events', log]);
    expect(existsSync(`${log}.snap`) ? readdirSync(`${log}.snap`) : []).toEqual([]);
  });

  it('ignores a snapshot that does not match the log', async () => {
    const dir = scratch();
    const log = join(dir, 'e.jsonl');
    await run(['replay', SCENARIO, '--events', log, '--snapshot-every', '3', '--state', join(dir, 's.json')]);
    writeFileSync(join(`${log}.snap`, '3.json'), '{}');
    const r = await run(['state', log, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(JSON.parse((await run(['state', join(dir, 's.json'), '--json'])).out));
  });

  it('refuses a count that is not a positive number, or no --events', async () => {
    expect((await run(['replay', SCENARIO, '--events', join(scratch(), 'e.jsonl'), '--snapshot-every', '0'])).code).toBe(2);
    expect((await run(['replay', SCENARIO, '--events', join(scratch(), 'e.jsonl'), '--snapshot-every', 'x'])).code).toBe(2);
    const r = await run(['replay', SCENARIO, '--snapshot-every', '5']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--snapshot-every needs --events');
  });
});
