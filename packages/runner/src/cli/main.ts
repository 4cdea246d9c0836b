/**
 * The `docknet` command line. I/O lives in the commands; everything they call is pure.
 * Returns the exit status instead of exiting, so tests call it directly.
 */
import { DOCKNET_COMMANDS } from './commands/index.js';
import type { Io } from './docknet-command.js';
import { boolOption, commandHelp, parseCommandArgs, UsageError } from './option-table.js';

export type { Io } from './docknet-command.js';

/** The overview; it loads every command for its summary (only help and mistakes pay for that). */
const usage = async (): Promise<string> => {
  const commands = await Promise.all(DOCKNET_COMMANDS.map((c) => c.load()));
  return [
    'Usage: docknet <command> [options]',
    '',
    'docknet simulates Docker container networking, deterministically.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.spec.name.padEnd(8)} ${c.spec.summary}`),
    '',
    "Run 'docknet <command> --help' for a command's options.",
    '',
  ].join('\n');
};

/** Runs docknet with `argv` (without node and the script); resolves to the exit status. */
export const main = async (argv: readonly string[], io: Io): Promise<number> => {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(await usage());
    return name === undefined ? 2 : 0;
  }
  const entry = DOCKNET_COMMANDS.find((c) => c.name === name);
  if (entry === undefined) {
    io.err(`docknet: unknown command "${name}"\n\n${await usage()}`);
    return 2;
  }
  const command = await entry.load();
  try {
    const args = parseCommandArgs(command.spec, rest);
    if (boolOption(args, 'help')) {
      io.out(commandHelp(command.spec));
      return 0;
    }
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`docknet ${name}: ${e.message}\n\n${commandHelp(command.spec)}`);
      return 2;
    }
    throw e;
  }
};
