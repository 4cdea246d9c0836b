/**
 * `docknet replay --update` for one file: replay it, rewrite its stdout expectations with
 * what was printed (see update-expectations.ts), write it atomically if anything changed,
 * and hand back the scenario as now written, for the replay whose transcript is shown.
 */
import { readFileSync } from 'node:fs';
import * as E from 'fp-ts/lib/Either.js';
import { writeFileAtomic } from '@docknet/core';
import { formatScenarioError, loadScenario, type Scenario } from '../scenario/index.js';
import { replayScenario } from './replay-scenario.js';
import { updateExpectations, type UpdateMode } from './update-expectations.js';

export interface FileUpdate {
  readonly scenario: Scenario;
  readonly rewritten: number;
  readonly added: number;
}

/** The `--update` argument: bare means `stdout`. */
export const parseUpdateMode = (value: string): UpdateMode | undefined =>
  value === 'stdout' || value === '' ? 'stdout' : value === 'all' ? 'all' : undefined;

/**
 * Updates `scenario.file` in place. A Left (with a message) leaves the file untouched.
 *
 * @example
 * await updateScenarioFile(scenario, 'all') // right({ scenario, rewritten: 2, added: 5 })
 */
export const updateScenarioFile = async (scenario: Scenario, mode: UpdateMode): Promise<E.Either<string, FileUpdate>> => {
  let raw: string;
  try {
    raw = readFileSync(scenario.file, 'utf8');
  } catch (e) {
    return E.left(`${scenario.file}: cannot read: ${e instanceof Error ? e.message : String(e)}`);
  }
  // A byte-order mark is kept as it was; the YAML positions are counted without it.
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = raw.slice(bom.length);
  const outcome = replayScenario(scenario);
  const outputs = new Map(outcome.steps.flatMap((s) => (s.kind === 'run' && s.result !== undefined ? [[s.index, s.result.stdout] as const] : [])));
  const updated = updateExpectations(text, outputs, mode);
  if (E.isLeft(updated)) return E.left(`${scenario.file}: ${updated.left}`);
  const { rewritten, added } = updated.right;
  if (rewritten + added === 0) return E.right({ scenario, rewritten, added });
  const reloaded = loadScenario({ file: scenario.file, text: updated.right.text });
  if (E.isLeft(reloaded)) {
    return E.left(`${scenario.file}: the update would not load (${reloaded.left.map(formatScenarioError).join('; ')}); the file is left as it was`);
  }
  await writeFileAtomic(scenario.file, bom + updated.right.text);
  return E.right({ scenario: reloaded.right, rewritten, added });
};
