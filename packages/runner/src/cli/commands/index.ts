/**
 * Every `docknet` subcommand, in the order `docknet --help` lists them. A command's module
 * (and whatever only it needs: yaml, fast-check, elkjs…) is imported when that command
 * runs, so `docknet replay` does not pay for loading `check` or `graph` (docs/performance.md).
 * Add a command with one line here; `name` must be its spec's name (a test checks).
 */
import type { DocknetCommand } from '../docknet-command.js';

/** A subcommand by name, loaded on demand. */
export interface CommandEntry {
  readonly name: string;
  readonly load: () => Promise<DocknetCommand>;
}

export const DOCKNET_COMMANDS: readonly CommandEntry[] = [
  { name: 'replay', load: async () => (await import('./replay.js')).replayCommand },
  { name: 'state', load: async () => (await import('./state.js')).stateCommand },
  { name: 'log', load: async () => (await import('./log.js')).logCommand },
  { name: 'diff', load: async () => (await import('./diff.js')).diffCommand },
  { name: 'check', load: async () => (await import('./check.js')).checkCommand },
  { name: 'graph', load: async () => (await import('./graph.js')).graphCommand },
  { name: 'report', load: async () => (await import('./report.js')).reportCommand },
  { name: 'shell', load: async () => (await import('./shell.js')).shellCommand },
];
