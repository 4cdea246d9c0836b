/**
 * `docknet check`: property-based verification of docknet's addressing invariants over
 * random docker command sequences, from a fresh host or a user's scenario.
 */
export { runCheck, DEFAULT_RUNS, DEFAULT_SEED, DEFAULT_STEPS, type CheckOptions, type CheckResult, type CheckFailure } from './run-check.js';
export { renderCheckReport, type ReportContext } from './check-report.js';
export { counterexampleYaml, type Counterexample } from './counterexample-scenario.js';
export { INVARIANTS, type Invariant, type InvariantId, type Violation } from './invariants/invariant.js';
export { lifecyclePathScenarios } from './lifecycle-paths/lifecycle-path-scenarios.js';
