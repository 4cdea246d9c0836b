/**
 * The `docknet` command line: `replay`, `state`, `log`. I/O lives here; everything it
 * calls is pure. Returns the exit status instead of exiting, so tests call it directly.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import {
  EVENT_LOG_KIND,
  EVENT_LOG_VERSION,
  EventBodyC,
  encodeEventLine,
  encodeHeader,
  stateToJsonText,
  writeFileAtomic,
  type EventEnvelope,
} from '@docknet/core';
import { formatScenarioError, loadScenarioPaths, type Scenario } from '../scenario/index.js';
import { replayScenario, type ScenarioOutcome } from '../replay/replay-scenario.js';
import { renderTranscript, summaryLine } from '../replay/transcript.js';
import { boolOption, commandHelp, parseCommandArgs, stringOption, UsageError, type CliCommand, type ParsedArgs } from './option-table.js';
import { loadSource } from './sources.js';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const REPLAY: CliCommand = {
  name: 'replay',
  args: 'FILE|DIR…',
  summary: 'Replay scenarios and print the transcript; the last line is `N passed, N failed` (scenarios).',
  options: [
    { name: 'events', type: 'string', value: 'F.jsonl', description: 'Also write the event log (one scenario only)' },
    { name: 'state', type: 'string', value: 'F.json', description: 'Also write the final state (one scenario only)' },
    { name: 'json', type: 'boolean', description: 'Machine-readable results, one JSON object per scenario' },
    { name: 'bail', type: 'boolean', description: 'Stop a scenario at its first failing step' },
  ],
};

const STATE: CliCommand = {
  name: 'state',
  args: 'SRC',
  summary: 'Print the state after step/event N of SRC (a scenario or an event log; SRC@N works too).',
  options: [
    { name: 'at', type: 'string', value: 'N', description: 'After step N (scenario) or event N (log)' },
    { name: 'json', type: 'boolean', description: 'The canonical state JSON (sorted keys)' },
  ],
};

const LOG: CliCommand = {
  name: 'log',
  args: 'SRC',
  summary: 'List the events of SRC, one a line.',
  options: [],
};

const COMMANDS: readonly CliCommand[] = [REPLAY, STATE, LOG];

const usage = (): string =>
  [
    'Usage: docknet <command> [options]',
    '',
    'docknet simulates Docker container networking, deterministically.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`),
    '',
    "Run 'docknet <command> --help' for a command's options.",
    '',
  ].join('\n');

const eventLogText = (scenario: Scenario, events: readonly EventEnvelope[]): string => {
  const header = encodeHeader({
    kind: EVENT_LOG_KIND,
    version: EVENT_LOG_VERSION,
    engine: scenario.engine,
    seed: scenario.seed,
    ...(scenario.clock === undefined ? {} : { clock: scenario.clock }),
    scenario: scenario.file,
  });
  const lines = events.map(({ seq, at, host, ...event }) => encodeEventLine({ seq, at, host, event }, EventBodyC));
  return `${[header, ...lines].join('\n')}\n`;
};

const writeOutput = async (path: string, text: string): Promise<void> => {
  mkdirSync(dirname(path), { recursive: true });
  await writeFileAtomic(path, text);
};

const outcomeJson = (o: ScenarioOutcome): string =>
  JSON.stringify({
    file: o.file,
    name: o.name,
    passed: o.passed,
    steps: o.steps
      .filter((s) => s.kind === 'run')
      .map((s) => ({
        index: s.index,
        line: s.line,
        command: s.text,
        exit: s.result?.exit ?? 0,
        stdout: s.result?.stdout ?? '',
        stderr: s.result?.stderr ?? '',
        checks: s.checks.map((c) => ({ key: c.key, ok: c.ok, ...(c.ok ? {} : { message: c.message }) })),
      })),
  });

const replay = async (args: ParsedArgs, io: Io): Promise<number> => {
  if (args.positionals.length === 0) throw new UsageError('replay needs at least one FILE or DIR');
  const loaded = loadScenarioPaths(args.positionals);
  if (E.isLeft(loaded)) {
    for (const e of loaded.left) io.err(`${formatScenarioError(e)}\n`);
    return 2;
  }
  const eventsPath = stringOption(args, 'events');
  const statePath = stringOption(args, 'state');
  if ((eventsPath !== undefined || statePath !== undefined) && loaded.right.length !== 1) {
    throw new UsageError('--events and --state take exactly one scenario');
  }
  const outcomes: ScenarioOutcome[] = [];
  let loadFailures = 0;
  for (const { file, result: scenario } of loaded.right) {
    if (E.isLeft(scenario)) {
      loadFailures++;
      const messages = scenario.left.map(formatScenarioError);
      for (const m of messages) io.err(`${m}\n`);
      if (boolOption(args, 'json')) io.out(`${JSON.stringify({ file, passed: false, errors: messages })}\n`);
      else io.out(`✗ ${file}: not loaded (${messages.length} error${messages.length === 1 ? '' : 's'})\n\n`);
      continue;
    }
    const outcome = replayScenario(scenario.right, { bail: boolOption(args, 'bail') });
    outcomes.push(outcome);
    if (boolOption(args, 'json')) io.out(`${outcomeJson(outcome)}\n`);
    else io.out(`${renderTranscript(outcome, scenario.right.hosts.length > 1)}\n`);
    if (eventsPath !== undefined) await writeOutput(eventsPath, eventLogText(scenario.right, outcome.events));
    if (statePath !== undefined) await writeOutput(statePath, stateToJsonText(outcome.state));
  }
  const passed = outcomes.filter((o) => o.passed).length;
  const failed = outcomes.length - passed + loadFailures;
  if (!boolOption(args, 'json')) io.out(`${passed} passed, ${failed} failed\n`);
  void summaryLine;
  return failed === 0 ? 0 : 1;
};

const atOption = (args: ParsedArgs): number | undefined => {
  const at = stringOption(args, 'at');
  if (at === undefined || at === 'end') return undefined;
  if (!/^\d+$/.test(at)) throw new UsageError(`--at takes a step number or "end", not "${at}"`);
  return Number(at);
};

const state = (args: ParsedArgs, io: Io): number => {
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

const log = (args: ParsedArgs, io: Io): number => {
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

/** Runs docknet with `argv` (without node and the script); resolves to the exit status. */
export const main = async (argv: readonly string[], io: Io): Promise<number> => {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.err(`docknet: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    const args = parseCommandArgs(command, rest);
    if (boolOption(args, 'help')) {
      io.out(commandHelp(command));
      return 0;
    }
    if (command === REPLAY) return await replay(args, io);
    if (command === STATE) return state(args, io);
    return log(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`docknet ${name}: ${e.message}\n\n${commandHelp(command)}`);
      return 2;
    }
    throw e;
  }
};
