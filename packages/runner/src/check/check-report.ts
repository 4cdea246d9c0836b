/** The text `docknet check` prints: what was checked and how often, or the failure and how to get it again. */
import { INVARIANTS, invariantTitle, type InvariantId } from './invariants/invariant.js';
import type { CheckStats } from './check-stats.js';
import type { CheckResult } from './run-check.js';

/** Checked once per run rather than after every line. */
const PER_RUN: ReadonlySet<InvariantId> = new Set(['evolve-total', 'deterministic']);

export interface ReportContext {
  readonly runs: number;
  readonly seed: number;
  readonly steps: number;
  /** The scenario file the check started from, if any. */
  readonly scenarioFile?: string;
  /** Where the counterexample was written. */
  readonly written?: string;
}

/** `    ✓ title ……… 1234×`: the count right-aligned at a fixed column. */
const countedLine = (label: string, count: string): string => {
  const left = `    ${label} `;
  return `${left}${'.'.repeat(Math.max(1, 96 - left.length - count.length - 1))} ${count}`;
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const prefixLine = (stats: CheckStats): string => {
  const sizes = [...stats.prefixes].sort(([a], [b]) => a - b).map(([p, n]) => `/${p} ×${n}`);
  return sizes.length === 0 ? 'no network created' : `networks created, by subnet size: ${sizes.join(', ')}`;
};

const statsLines = (stats: CheckStats): string[] => {
  const events = [...stats.eventTypes.values()].reduce((a, b) => a + b, 0);
  return [
    `  ${plural(stats.lines, 'docker command line')} run, ${stats.refused} refused by docker (exit status ≠ 0), ${plural(events, 'event')} decided`,
    `  ${prefixLine(stats)}`,
  ];
};

const invariantLines = (stats: CheckStats, ids: readonly InvariantId[]): string[] =>
  ids.map((id) => countedLine(`✓ ${invariantTitle(id)}`, `${stats.counts.get(id) ?? 0}×`));

export const renderCheckReport = (result: CheckResult, ctx: ReportContext): string => {
  const out: string[] = [];
  if (result.kind === 'bad-path') return `docknet check: --path ${result.path} is not a path a failure printed (like 4:0:2 or 4:0:2@ABC:D)\n`;
  if (result.kind === 'scenario-broken') {
    const b = result.broken;
    out.push(`✗ ${b.violation.invariant}: ${invariantTitle(b.violation.invariant)}`);
    out.push(`  ${b.violation.message}`);
    out.push(`  ${ctx.scenarioFile ?? 'the scenario'}:${b.line}: broken by the scenario's own step: ${b.text}`);
    return `${out.join('\n')}\n`;
  }
  const from = ctx.scenarioFile === undefined ? 'from a fresh host' : `from the state ${ctx.scenarioFile} leaves`;
  if (result.kind === 'passed') {
    const profiles = [...new Set(result.starts.map((s) => s.profile.id))].join(', ');
    out.push(
      result.runs === 0
        ? `docknet check: the steps of ${ctx.scenarioFile ?? 'a fresh host'} only (--runs 0), engine ${profiles}`
        : `docknet check: ${plural(result.runs, 'run')} of up to ${ctx.steps} generated docker commands (seed ${ctx.seed}), engine ${profiles}, ${from}`,
    );
    out.push(...statsLines(result.stats));
    const everyLine = INVARIANTS.map((i) => i.id).filter((id) => !PER_RUN.has(id) && id !== 'no-crash');
    out.push('  checked after every command line:');
    out.push(...invariantLines(result.stats, everyLine));
    out.push('  checked once per run:');
    out.push(...invariantLines(result.stats, [...PER_RUN]));
    out.push(`✓ all ${INVARIANTS.length} properties held (docknet never threw)`);
    return `${out.join('\n')}\n`;
  }
  const f = result.failure;
  out.push(`✗ ${f.violation.invariant}: ${invariantTitle(f.violation.invariant)}`);
  out.push(`  ${f.violation.message}`);
  const where = f.step >= f.lines.length ? 'at the end of the run' : `after line ${f.step + 1} of ${f.lines.length}`;
  out.push(`  ${where}, shrunk in ${plural(f.shrinks, 'step')} (failing run ${result.runs} of ${ctx.runs}, ${from}):`);
  for (const [i, l] of f.lines.entries()) {
    const host = f.start.hosts.length > 1 ? `[${l.host}] ` : '';
    out.push(`    ${host}$ ${l.line}${l.result.exit === 0 ? '' : `   (exit ${l.result.exit})`}${i === f.step ? '   ← here' : ''}`);
  }
  out.push(`  seed ${f.seed}, path ${f.path}`);
  out.push(`  replay it: docknet check${ctx.scenarioFile === undefined ? '' : ` ${ctx.scenarioFile}`} --seed ${f.seed} --steps ${ctx.steps} --path '${f.path}'`);
  if (ctx.written !== undefined) out.push(`  counterexample scenario: ${ctx.written}`);
  return `${out.join('\n')}\n`;
};
