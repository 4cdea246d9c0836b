/**
 * End to end in a real browser: reports open in headless Chromium (Debian's package, driven
 * by playwright-core) with no console error, step through with ← and →, show each step's
 * command, output and topology, and run nothing from the scenario. Screenshots are kept in
 * .ci-out/ as test artefacts.
 *
 * CI installs chromium (.ci/run); on a machine without it this suite is skipped, with a
 * message saying so, except under CI=true, where a missing browser is a failure.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as E from 'fp-ts/lib/Either.js';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRun } from '../graph/index.js';
import { buildReport } from './build-report.js';
import { renderReportHtml } from './render-report.js';

const ROOT = resolve(import.meta.dirname, '../../../..');
const CHROMIUM = '/usr/bin/chromium';
const ARTEFACTS = join(ROOT, '.ci-out');
// The flags this machine's Chromium needs: no sandbox as root, and no background
// connections (the network is closed, and they would only fail).
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const present = existsSync(CHROMIUM);
if (!present && process.env['CI'] !== 'true') {
  console.warn(`report.browser.e2e: skipped, ${CHROMIUM} is not installed (apt-get install chromium; CI installs it)`);
}

const yamlUnder = (dir: string): string[] =>
  !existsSync(dir)
    ? []
    : readdirSync(dir)
        .sort()
        .flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? yamlUnder(path) : /\.ya?ml$/.test(name) ? [path] : [];
        });

/** Every tutorial, and a few others that draw every kind of element. */
const SCENARIOS = [
  ...yamlUnder(join(ROOT, 'scenarios/tutorials')),
  join(ROOT, 'scenarios/topology/topology-tour.yaml'),
  join(ROOT, 'scenarios/topology/hostile-names.yaml'),
  join(ROOT, 'scenarios/ports/publish.yaml'),
  join(ROOT, 'scenarios/bridge/connect-disconnect.yaml'),
];

const writeReport = async (scenario: string, dir: string): Promise<string> => {
  const run = loadRun(scenario);
  if (E.isLeft(run)) throw new Error(run.left);
  const file = join(dir, `${relative(ROOT, scenario).replace(/[/\\]/g, '_')}.html`);
  writeFileSync(file, renderReportHtml(await buildReport(run.right)));
  return file;
};

/** Opens `file`, recording console errors, uncaught exceptions and dialogs (alert, …). */
const open = async (browser: Browser, file: string, viewport = { width: 1280, height: 900 }) => {
  const context = await browser.newContext({ viewport, ...(viewport.width < 500 ? { isMobile: true, hasTouch: true } : {}) });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`);
  });
  await page.goto(pathToFileURL(file).href);
  return { page, problems, close: () => context.close() };
};

const visibleSteps = async (page: Page): Promise<string[]> => {
  const shown = page.locator('section.step').filter({ visible: true });
  const count = await shown.count();
  return Promise.all(Array.from({ length: count }, async (_, i) => (await shown.nth(i).getAttribute('id')) ?? ''));
};

describe.skipIf(!present && process.env['CI'] !== 'true')('the report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    if (!present) throw new Error(`${CHROMIUM} is missing; .ci/run installs it (apt-get install chromium)`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    dir = mkdtempSync(join(tmpdir(), 'docknet-report-e2e-'));
    mkdirSync(ARTEFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const scenario of SCENARIOS) {
    it(`renders with no console error and steps through every step: ${relative(ROOT, scenario)}`, async () => {
      const { page, problems, close } = await open(browser, await writeReport(scenario, dir));
      const count = await page.locator('section.step').count();
      expect(count).toBeGreaterThan(1);
      expect(await visibleSteps(page)).toEqual(['step-0']);
      for (let n = 1; n < count; n++) {
        await page.keyboard.press('ArrowRight');
        expect(await visibleSteps(page)).toEqual([`step-${n}`]);
        expect(await page.locator(`#step-${n} .topology svg`).count()).toBe(1);
      }
      await page.keyboard.press('ArrowRight'); // past the end: stays on the last step
      expect(new URL(page.url()).hash).toBe(`#step-${count - 1}`);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('shows the command, its output and the topology of the step it is on; ← goes back', async () => {
    const { page, problems, close } = await open(browser, await writeReport(join(ROOT, 'scenarios/topology/topology-tour.yaml'), dir));
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(new URL(page.url()).hash).toBe('#step-4');
    const step = page.locator('#step-4');
    expect(await step.locator('pre.command').innerText()).toBe('[docker-host] $ docker run -d --name web -p 8080:80 nginx');
    expect(await step.locator('pre.output').innerText()).toMatch(/^[0-9a-f]{64}\s*$/);
    const svgText = await step.locator('.topology svg').textContent() ?? '';
    for (const text of ['web', 'nginx · running', '172.17.0.2/16', 'port 8080/tcp', 'docker0']) expect(svgText).toContain(text);
    expect(await step.locator('.topology .node.changed').count()).toBeGreaterThan(0);
    expect(await step.locator('pre.diff').innerText()).toContain('+ container web');
    expect(await page.locator('nav.timeline a[aria-current]').innerText()).toContain('docker run -d --name web -p 8080:80 nginx');
    await page.keyboard.press('ArrowLeft');
    expect(await visibleSteps(page)).toEqual(['step-3']);
    // A link to a step opens that step.
    await page.goto(`${page.url().split('#')[0] ?? ''}#step-15`);
    expect(await visibleSteps(page)).toEqual(['step-15']);
    expect(await page.locator('#step-15 .topology svg').textContent() ?? '').toContain('nginx · exited (0)');
    await page.goto(`${page.url().split('#')[0] ?? ''}#step-13`);
    await page.screenshot({ path: join(ARTEFACTS, 'report-e2e-desktop.png'), fullPage: true });
    expect(problems).toEqual([]);
    await close();
  });

  it('runs nothing from the scenario: a <script> name is shown as text', async () => {
    const { page, problems, close } = await open(browser, await writeReport(join(ROOT, 'scenarios/topology/hostile-names.yaml'), dir));
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#step-1 pre.command').innerText()).toContain("--name '<script>alert(1)</script>' nginx");
    expect(await page.locator('#step-1 pre.output').innerText()).toContain('Invalid container name (<script>alert(1)</script>)');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(await page.locator('#step-4 pre.output').innerText()).toContain('<b>"net"</b>');
    expect(await page.locator('#step-4 .topology svg').textContent() ?? '').toContain('network <b>"net"</b>');
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('b, img').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('fits a phone: one column, no sideways scrolling of the page', async () => {
    const { page, problems, close } = await open(browser, await writeReport(join(ROOT, 'scenarios/topology/topology-tour.yaml'), dir), { width: 390, height: 844 });
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    // A string, evaluated in the page: this file is type-checked without the DOM library.
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    const nav = await page.locator('nav.timeline').boundingBox();
    const main = await page.locator('main').boundingBox();
    expect((nav?.y ?? 0) + (nav?.height ?? 0)).toBeLessThanOrEqual((main?.y ?? 0) + 1);
    await page.locator('a.next').filter({ visible: true }).tap();
    expect(await visibleSteps(page)).toEqual(['step-5']);
    await page.screenshot({ path: join(ARTEFACTS, 'report-e2e-phone.png'), fullPage: true });
    expect(problems).toEqual([]);
    await close();
  });
});
