/** One `docknet` subcommand: its option table and what it does. */
import type { CliCommand, ParsedArgs } from './option-table.js';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export interface DocknetCommand {
  readonly spec: CliCommand;
  /** Resolves to the exit status; throws `UsageError` for a usage mistake (exit 2). */
  readonly run: (args: ParsedArgs, io: Io) => Promise<number>;
}
