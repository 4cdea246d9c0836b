/**
 * `docknet replay FILE|DIR…`: replays scenarios, prints the transcript and the closing
 * `N passed, N failed` line; optionally writes the event log and the final state.
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
  writeLogSnapshots,
  type EventEnvelope,
} from '@docknet/core';
import { daemonRegistry } from '@docknet/drivers';
import { formatScenarioError, loadScenarioPaths, type Scenario } from '../../scenario/index.js';
import { replayScenario, type ScenarioOutcome } from '../../replay/replay-scenario.js';
import { renderTranscript, summaryLine } from '../../replay/transcript.js';
import { parseUpdateMode, updateScenarioFile } from '../../replay/update-scenario-file.js';
import { boolOption, stringOption, UsageError, type CliCommand, type ParsedArgs } from '../option-table.js';
import type { DocknetCommand, Io } from '../docknet-command.js';

const spec: CliCommand = {
  name: 'replay',
  args: 'FILE|DIR…',
  summary: 'Replay scenarios and print the transcript; the last line is `N passed, N failed` (scenarios).',
  options: [
    { name: 'events', type: 'string', value: 'F.jsonl', description: 'Also write the event log (one scenario only)' },
    { name: 'state', type: 'string', value: 'F.json', description: 'Also write the final state (one scenario only)' },
    {
      name: 'snapshot-every',
      type: 'string',
      value: 'N',
      description: 'With --events: also write a state snapshot after every N events, beside the log (F.jsonl.snap/<seq>.json)',
    },
    { name: 'json', type: 'boolean', description: 'Machine-readable results, one JSON object per scenario' },
    { name: 'bail', type: 'boolean', description: 'Stop a scenario at its first failing step' },
    {
      name: 'update',
      type: 'string',
      implied: 'stdout',
      value: 'all',
      description: "Rewrite each step's stdout expectation with what it printed, keeping comments and layout; =all also adds one to steps that check no stdout",
    },
  ],
};

/** The event log text (header + one line per event) of a replayed scenario. */
export const eventLogText = (scenario: Scenario, events: readonly EventEnvelope[]): string => {
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

/** `--snapshot-every N`: a positive whole number, and only with `--events`. */
const snapshotEveryOption = (args: ParsedArgs, eventsPath: string | undefined): number | undefined => {
  const every = stringOption(args, 'snapshot-every');
  if (every === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(every) || !Number.isSafeInteger(Number(every))) {
    throw new UsageError(`--snapshot-every takes a number of events (1 or more), not "${every}"`);
  }
  if (eventsPath === undefined) throw new UsageError('--snapshot-every needs --events F.jsonl (snapshots are written beside the log)');
  return Number(every);
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

const run = async (args: ParsedArgs, io: Io): Promise<number> => {
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
  const snapshotEvery = snapshotEveryOption(args, eventsPath);
  const updateArg = stringOption(args, 'update');
  const updateMode = updateArg === undefined ? undefined : parseUpdateMode(updateArg);
  if (updateArg !== undefined && updateMode === undefined) throw new UsageError(`--update takes no value or "all", not "${updateArg}"`);
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
    let toReplay = scenario.right;
    if (updateMode !== undefined) {
      const updated = await updateScenarioFile(scenario.right, updateMode);
      if (E.isLeft(updated)) {
        io.err(`docknet: ${updated.left}\n`);
        loadFailures++;
        continue;
      }
      const { rewritten, added } = updated.right;
      if (rewritten + added > 0) io.err(`docknet: updated ${file}: ${rewritten} stdout expectation${rewritten === 1 ? '' : 's'} rewritten, ${added} added\n`);
      toReplay = updated.right.scenario;
    }
    const outcome = replayScenario(toReplay, { bail: boolOption(args, 'bail') });
    outcomes.push(outcome);
    if (boolOption(args, 'json')) io.out(`${outcomeJson(outcome)}\n`);
    else io.out(`${renderTranscript(outcome, scenario.right.hosts.length > 1)}\n`);
    if (eventsPath !== undefined) {
      const logText = eventLogText(scenario.right, outcome.events);
      await writeOutput(eventsPath, logText);
      const snapshots = await writeLogSnapshots(eventsPath, logText, daemonRegistry, snapshotEvery);
      if (E.isLeft(snapshots)) io.err(`docknet: ${snapshots.left}\n`);
    }
    if (statePath !== undefined) await writeOutput(statePath, stateToJsonText(outcome.state));
  }
  const passed = outcomes.filter((o) => o.passed).length;
  const failed = outcomes.length - passed + loadFailures;
  if (!boolOption(args, 'json')) io.out(`${summaryLine(passed, failed)}\n`);
  return failed === 0 ? 0 : 1;
};

export const replayCommand: DocknetCommand = { spec, run };
