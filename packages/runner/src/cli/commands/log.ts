/** `docknet log SRC`: the events of SRC, one a line. */
import * as E from 'fp-ts/lib/Either.js';
import { UsageError, type CliCommand, type ParsedArgs } from '../option-table.js';
import type { DocknetCommand, Io } from '../docknet-command.js';
import { loadSource } from '../sources.js';

const spec: CliCommand = {
  name: 'log',
  args: 'SRC',
  summary: 'List the events of SRC, one a line.',
  options: [],
};

const run = async (args: ParsedArgs, io: Io): Promise<number> => {
  const [src] = args.positionals;
  if (src === undefined) throw new UsageError('log needs SRC');
  const loaded = loadSource(src);
  if (E.isLeft(loaded)) {
    io.err(`docknet: ${loaded.left}\n`);
    return 1;
  }
  for (const e of loaded.right.events) io.out(`${e.seq}\t${e.host}\t${e.type}\t${JSON.stringify(e.data)}\n`);
  return 0;
};

export const logCommand: DocknetCommand = { spec, run };
