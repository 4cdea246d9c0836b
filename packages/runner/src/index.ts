/**
 * @docknet/runner — scenario replay and the docknet CLI, as a programmatic API that the
 * `docknet` binary and the tests both call.
 *
 * @example
 * import { loadScenario, replayScenario, renderTranscript } from '@docknet/runner';
 * const scenario = loadScenario('scenarios/bridge/default-bridge.yaml');
 * if (isRight(scenario)) console.log(renderTranscript(replayScenario(scenario.right), false));
 */
export { main, type Io } from './cli/main.js';
export { replayScenario, type ScenarioOutcome, type StepOutcome } from './replay/replay-scenario.js';
export { renderTranscript, summaryLine } from './replay/transcript.js';
export { runLine } from './replay/run-line.js';
export { Session, type SessionHeader } from './session/session.js';
export { runDocker } from './docker/dispatch.js';
export type { CliResult } from './docker/cli-result.js';
export type { CliContext } from './docker/command-spec.js';
export {
  loadScenario,
  loadScenarioPaths,
  parseScenario,
  formatScenarioError,
  checkExpectations,
  type Scenario,
  type ScenarioError,
} from './scenario/index.js';
export { BUILTIN_IMAGES, lookupImage, type ImageFacts } from './images/catalog.js';
export { runCheck, renderCheckReport, counterexampleYaml, INVARIANTS, type CheckOptions, type CheckResult, type CheckFailure, type InvariantId } from './check/index.js';
