/** `docknet shell`: an interactive prompt against a persisted event log. */
export { ShellSession, type ShellOptions } from './shell-session.js';
export { runShell, runShellLine, runShellOnce, type ShellIo } from './run-shell.js';
export { runShellCommand, SHELL_HELP } from './shell-commands.js';
export { parseShellInput, type ShellInput } from './shell-input.js';
export { sessionScenarioYaml, type SessionFacts } from './session-scenario.js';
export { ShellStepC, stepsPathFor, type ShellStep } from './shell-step.js';
