import { mkdtempSync, readFileSync } from 'node:fs';
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

describe('docknet report', () => {
  it('writes one self-contained page with a section per step', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'docknet-report-')), 'sub', 'tour.html');
    const r = await run(['report', join(ROOT, 'scenarios/topology/topology-tour.yaml'), '-o', file]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${file}: 16 steps, passed\n`);
    const html = readFileSync(file, 'utf8');
    expect(html.match(/<section class="step" id="step-\d+"/g)).toHaveLength(17);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('prints the page when -o is not given, the same bytes every time', async () => {
    const a = await run(['report', join(ROOT, 'scenarios/ports/publish.yaml')]);
    const b = await run(['report', join(ROOT, 'scenarios/ports/publish.yaml')]);
    expect(a.code).toBe(0);
    expect(a.out.startsWith('<!doctype html>')).toBe(true);
    expect(a.out).toBe(b.out);
  });

  it('needs SRC', async () => {
    expect((await run(['report'])).code).toBe(2);
  });
});
