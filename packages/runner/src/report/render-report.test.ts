import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { loadRun } from '../graph/index.js';
import { buildReport } from './build-report.js';
import { renderReportHtml } from './render-report.js';

const ROOT = resolve(import.meta.dirname, '../../../..');

const reportOf = async (file: string): Promise<string> => {
  const run = loadRun(resolve(ROOT, file));
  if (E.isLeft(run)) throw new Error(run.left);
  return renderReportHtml(await buildReport(run.right));
};

describe('renderReportHtml', () => {
  it('escapes every string from the scenario and the state: hostile names stay text', async () => {
    const html = await reportOf('scenarios/topology/hostile-names.yaml');
    // The page's own script is the only one.
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<b>/i);
    expect(html).toContain('--name &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; nginx');
    expect(html).toContain('Invalid container name (&lt;script&gt;alert(1)&lt;/script&gt;)');
    expect(html).toContain('network &lt;b&gt;&quot;net&quot;&lt;/b&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('allows only its own script and style, by hash, and nothing from the network', async () => {
    const html = await reportOf('scenarios/ports/publish.yaml');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(html).not.toMatch(/\b(src|href)="(?!#)/);
  });

  it('links every step from the timeline, with a previous and a next link on each', async () => {
    const html = await reportOf('scenarios/bridge/default-bridge.yaml');
    const sections = [...html.matchAll(/<section class="step" id="step-(\d+)"/g)].map((m) => Number(m[1]));
    expect(sections).toEqual(sections.map((_, i) => i));
    for (const n of sections) expect(html).toContain(`<li><a href="#step-${n}"`);
    expect(html).toContain('<a class="next" href="#step-1">next →</a>');
    expect(html).toContain(`<a class="prev" href="#step-${sections.length - 2}">← prev</a>`);
  });

  it('marks a failing step and the verdict', async () => {
    const html = renderReportHtml({
      title: 't',
      description: undefined,
      file: 't.yaml',
      engine: '28',
      passed: false,
      steps: [
        { index: 0, kind: 'start', text: 'start', stdout: '', stderr: '', checks: [], svg: '<svg></svg>', diff: '' },
        { index: 1, kind: 'run', text: 'docker ps', stdout: '', stderr: 'boom\n', exit: 1, checks: [{ key: 'exit', ok: false, message: 'exit status 1, expected 0' }], svg: '<svg></svg>', diff: '' },
      ],
    });
    expect(html).toContain('<span class="verdict fail">failed (1 step)</span>');
    expect(html).toContain('<a href="#step-1" class="run fail">');
    expect(html).toContain('<li class="fail">✗ exit: exit status 1, expected 0</li>');
    expect(html).toContain('<span class="stderr">boom\n</span>');
  });
});
