/**
 * The report as one self-contained HTML page: no network, no external file. Every string
 * from the scenario or the state is escaped, and a Content-Security-Policy allows only the
 * page's own script and style (by hash), so even a string that escaped escaping could not
 * run.
 */
import { createHash } from 'node:crypto';
import { escapeMarkup, TOPOLOGY_CSS } from '../graph/index.js';
import type { ReportModel, ReportStep } from './report-model.js';
import { REPORT_SCRIPT } from './report-script.js';
import { REPORT_CSS } from './report-style.js';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const STYLE = `${REPORT_CSS}${TOPOLOGY_CSS}`;

const CSP = [
  "default-src 'none'",
  `style-src ${sha256(STYLE)}`,
  `script-src ${sha256(REPORT_SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Prose from YAML: blank lines part paragraphs, single line breaks are only wrapping. */
const paragraphs = (text: string, cls: string): string =>
  text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p class="${cls}">${escapeMarkup(p.replace(/\s*\n\s*/g, ' '))}</p>`)
    .join('\n');

const firstLine = (text: string): string => text.trim().split('\n')[0] ?? '';

const stepTitle = (step: ReportStep): string => (step.kind === 'start' ? 'start' : firstLine(step.text));

const stepOk = (step: ReportStep): boolean => step.checks.every((c) => c.ok);

const timelineItem = (step: ReportStep): string =>
  `<li><a href="#step-${step.index}" class="${step.kind}${stepOk(step) ? '' : ' fail'}"><span class="n">${step.index}</span><span class="t">${escapeMarkup(stepTitle(step))}</span></a></li>`;

const diffLine = (line: string): string => {
  const marker = line.trimStart()[0];
  const cls = marker === '+' ? 'add' : marker === '-' ? 'remove' : marker === '~' ? 'change' : '';
  return cls === '' ? escapeMarkup(line) : `<span class="${cls}">${escapeMarkup(line)}</span>`;
};

const stepBody = (step: ReportStep): string => {
  const parts: string[] = [];
  if (step.kind === 'note') parts.push(paragraphs(step.text, 'note-text'));
  if (step.kind === 'events') parts.push(`<p>${escapeMarkup(step.text)}</p>`);
  if (step.kind === 'start') parts.push('<p>The hosts have booted; no command has run yet.</p>');
  if (step.kind === 'run') {
    const host = step.host === undefined ? '' : `<span class="host">[${escapeMarkup(step.host)}]</span> `;
    parts.push(`<pre class="command">${host}$ ${escapeMarkup(step.text)}</pre>`);
    const output = `${escapeMarkup(step.stdout)}${step.stderr === '' ? '' : `<span class="stderr">${escapeMarkup(step.stderr)}</span>`}`;
    parts.push(output === '' ? '<p class="empty">(no output)</p>' : `<pre class="output">${output}</pre>`);
    if (step.exit !== undefined) parts.push(`<p class="exit">exit status ${step.exit}</p>`);
  }
  if (step.checks.length > 0) {
    const items = step.checks.map((c) =>
      c.ok ? `<li class="ok">✓ ${escapeMarkup(c.key)}</li>` : `<li class="fail">✗ ${escapeMarkup(c.key)}: ${escapeMarkup(c.message)}</li>`,
    );
    parts.push(`<ul class="checks">${items.join('')}</ul>`);
  }
  parts.push('<h3>Topology</h3>', `<div class="topology">${step.svg}</div>`);
  parts.push(
    '<h3>State diff</h3>',
    step.diff === '' ? '<p class="empty">(no change)</p>' : `<pre class="diff">${step.diff.replace(/\n$/, '').split('\n').map(diffLine).join('\n')}</pre>`,
  );
  return parts.join('\n');
};

const stepSection = (step: ReportStep, last: number): string => {
  const prev = step.index > 0 ? `<a class="prev" href="#step-${step.index - 1}">← prev</a>` : '<a class="prev disabled" aria-hidden="true">← prev</a>';
  const next = step.index < last ? `<a class="next" href="#step-${step.index + 1}">next →</a>` : '<a class="next disabled" aria-hidden="true">next →</a>';
  return [
    `<section class="step" id="step-${step.index}" aria-label="step ${step.index}">`,
    `<div class="step-head">${prev}<h2>Step ${step.index} of ${last}</h2>${next}</div>`,
    stepBody(step),
    '</section>',
  ].join('\n');
};

/**
 * The whole page.
 *
 * @example
 * writeFileSync('report.html', renderReportHtml(await buildReport(run)));
 */
export const renderReportHtml = (model: ReportModel): string => {
  const last = model.steps.length - 1;
  const failed = model.steps.filter((s) => !stepOk(s)).length;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeMarkup(CSP)}">`,
    `<title>${escapeMarkup(model.title)} · docknet report</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeMarkup(model.title)}</h1>`,
    `<p class="meta">${escapeMarkup(model.file)} · engine ${escapeMarkup(model.engine)} · ${last} step${last === 1 ? '' : 's'} · ${
      model.passed ? '<span class="verdict pass">passed</span>' : `<span class="verdict fail">failed (${failed} step${failed === 1 ? '' : 's'})</span>`
    }</p>`,
    model.description === undefined || model.description.trim() === '' ? '' : paragraphs(model.description, 'desc'),
    '<p class="hint">← / → step through · <span id="position"></span></p>',
    '</header>',
    '<div class="layout">',
    `<nav class="timeline" aria-label="steps"><ol>${model.steps.map(timelineItem).join('')}</ol></nav>`,
    '<main>',
    ...model.steps.map((s) => stepSection(s, last)),
    '</main>',
    '</div>',
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};
