/** Test support: a scenario from command lines, replayed on a fresh engine. */
import * as E from 'fp-ts/lib/Either.js';
import { parseScenario } from '../../scenario/index.js';
import { replayScenario, type ScenarioOutcome } from '../../replay/replay-scenario.js';
import { topologyOf } from '../topology-of-state.js';
import type { Topology } from '../topology.js';

/** The replay of a scenario given as YAML text. */
export const replayScenarioText = (text: string): ScenarioOutcome => {
  const scenario = parseScenario('t.yaml', text);
  if (E.isLeft(scenario)) throw new Error(JSON.stringify(scenario.left));
  return replayScenario(scenario.right);
};

/** The replay of `steps` (one command line each, every one expected to succeed). */
export const replaySteps = (...steps: string[]): ScenarioOutcome => {
  const list = steps.length === 0 ? ' []' : `\n${steps.map((s) => `  - ${JSON.stringify(s)}`).join('\n')}`;
  const scenario = parseScenario('t.yaml', `name: t\nsteps:${list}\n`);
  if (E.isLeft(scenario)) throw new Error(JSON.stringify(scenario.left));
  const outcome = replayScenario(scenario.right);
  if (!outcome.passed) throw new Error(outcome.steps.map((s) => s.result?.stderr ?? '').join(''));
  return outcome;
};

/** The topology after replaying `steps`. */
export const topologyAfter = (...steps: string[]): Topology => topologyOf(replaySteps(...steps).state);
