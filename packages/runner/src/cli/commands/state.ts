/** `docknet state SRC [--at N] [--json]`: the state after step/event N of SRC. */
import * as E from 'fp-ts/lib/Either.js';
import { boolOption, stringOption, UsageError, type CliCommand, type ParsedArgs } from '../option-table.js';
import type { DocknetCommand, Io } from '../docknet-command.js';
import { loadStateSource } from '../sources.js';
import { summariseState } from '../state-summary.js';

const spec: CliCommand = {
  name: 'state',
  args: 'SRC',
  summary:
    'Print the state after step/event N of SRC (a scenario, an event log or a state file; SRC@N, SRC@end, SRC@engine=P, SRC@seed=S work too).',
  options: [
    { name: 'at', type: 'string', value: 'N', description: 'After step N (scenario) or event N (log); "end" is the last' },
    { name: 'json', type: 'boolean', description: 'The canonical state JSON (sorted keys) instead of the summary' },
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
  const [src, ...extra] = args.positionals;
  if (src === undefined) throw new UsageError('state needs SRC');
  if (extra.length > 0) throw new UsageError(`state takes one SRC, got ${args.positionals.length}`);
  const loaded = loadStateSource(src, atOption(args));
  if (E.isLeft(loaded)) {
    io.err(`docknet: ${loaded.left}\n`);
    return 1;
  }
  io.out(boolOption(args, 'json') ? `${JSON.stringify(loaded.right.json, null, 2)}\n` : summariseState(loaded.right.json));
  return 0;
};

export const stateCommand: DocknetCommand = { spec, run };
