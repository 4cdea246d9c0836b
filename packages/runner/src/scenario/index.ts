export type {
  EngineProfileName,
  Expectations,
  HostSpec,
  ImageSpec,
  ImageTools,
  InterfaceSpec,
  JsonExpectation,
  NoteStep,
  RegexExpectation,
  RunStep,
  Scenario,
  Step,
  StepPosition,
} from './scenario.js';
export { DEFAULT_CLOCK, DEFAULT_ENGINE, DEFAULT_HOST_NAME, ENGINE_PROFILES, IMAGE_TOOLS } from './scenario.js';
export { formatScenarioError, type ScenarioError } from './scenario-error.js';
export { parseScenario } from './parse-scenario.js';
export { expandScenarioPaths, loadScenario, loadScenarioPaths, type LoadedScenario, type ScenarioSource } from './load-scenario.js';
export { checkExpectations, type ExpectationResult, type StepOutput } from './check-expectations.js';
export { formatJsonPath, parseJsonPath, selectJsonPath, type JsonPath, type JsonPathError, type JsonPathSegment } from './json-path.js';
export { jsonEqual } from './json-equal.js';
export { normalizeOutput } from './output-text.js';
