/** `docknet state SRC [--at N] [--json]`: the state after step/event N of SRC. */
import * as E from 'fp-ts/lib/Either.js';
import { stateToJsonText } from '@docknet/core';
import { stringOption, UsageError, type CliCommand, type ParsedArgs } from '../option-table.js';
import type { DocknetCommand, Io } from '../docknet-command.js';
import { loadSource } from '../sources.js';

const spec: CliCommand = {
  name: 'state',
  args: 'SRC',
  summary: 'Print the state after step/event N of SRC (a scenario or an event log; SRC@N works too).',
  options: [
    { name: 'at', type: 'string', value: 'N', description: 'After step N (scenario) or event N (log)' },
    { name: 'json', type: 'boolean', description: 'The canonical state JSON (sorted keys)' },
  ],
};

/** `--at N` (or `end`) as a step/event number. */
export const atOption = (args: ParsedArgs): number | undefined => {
  const at = stringOption(args, 'at');
  if (at === undefined || at === 'end') return undefined;
  if (!/^\d+$/.test(at)) throw new UsageError(`--at takes a step number or "end", not "${at}"`);
  return Number(at);
};

const run = async (args: ParsedArgs, io: Io): Promise<number> => {
  const [src] = args.positionals;
  if (src === undefined) throw new UsageError('state needs SRC');
  const loaded = loadSource(src, atOption(args));
  if (E.isLeft(loaded)) {
    io.err(`docknet: ${loaded.left}\n`);
    return 1;
  }
  io.out(stateToJsonText(loaded.right.state));
  return 0;
};

export const stateCommand: DocknetCommand = { spec, run };
