/**
 * The human transcript of a replay: each step's command and output, then a ✓ or ✗ per
 * expectation, and a closing `N passed, N failed` line over scenarios (SPEC §3).
 */
import { capOutput } from './output-cap.js';
import type { ScenarioOutcome } from './replay-scenario.js';

const indent = (text: string, prefix: string): string =>
  text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => `${prefix}${l}`)
    .join('\n');

export const renderTranscript = (outcome: ScenarioOutcome, multiHost: boolean): string => {
  const out: string[] = [`━━ ${outcome.name}  (${outcome.file})`];
  if (outcome.description !== undefined && outcome.description.trim() !== '') out.push(indent(outcome.description.trim(), '   '));
  for (const step of outcome.steps) {
    out.push('');
    if (step.kind === 'note') {
      out.push(indent(step.text.trim(), '# '));
      continue;
    }
    out.push(`${multiHost && step.host !== undefined ? `[${step.host}] ` : ''}$ ${step.text}`);
    if (step.result !== undefined) {
      if (step.result.stdout !== '') out.push(capOutput(step.result.stdout).replace(/\n$/, ''));
      if (step.result.stderr !== '') out.push(capOutput(step.result.stderr).replace(/\n$/, ''));
    }
    for (const check of step.checks) {
      out.push(check.ok ? `  ✓ ${check.key}` : `  ✗ ${check.key} (line ${step.line}): ${indent(check.message, '    ').trimStart()}`);
    }
  }
  out.push('', outcome.passed ? `✓ ${outcome.name}` : `✗ ${outcome.name}`, '');
  return out.join('\n');
};

/** The closing line SPEC §3 asks for, counted in scenarios. */
export const summaryLine = (passed: number, failed: number): string => `${passed} passed, ${failed} failed`;
