/**
 * `docknet log SRC [--type T] [--entity NAME] [--repair]`: the events of SRC, one a line;
 * for a scenario, each step's command followed by the events it produced, so a learner
 * sees which command decided what.
 */
import { readFileSync } from 'node:fs';
import * as E from 'fp-ts/lib/Either.js';
import { withLockFile, writeFileAtomic, type EventEnvelope } from '@docknet/core';
import type { StepOutcome } from '../../replay/replay-scenario.js';
import { describeEvents, formatEventLines, keepsEvent, parseEventTypes, type EventFilter, type EventLine } from '../event-lines.js';
import { boolOption, stringOption, UsageError, type CliCommand, type ParsedArgs } from '../option-table.js';
import type { DocknetCommand, Io } from '../docknet-command.js';
import { repairEventLog } from '../repair-event-log.js';
import { loadSource } from '../sources.js';

const spec: CliCommand = {
  name: 'log',
  args: 'SRC',
  summary: 'List the events of SRC (a scenario or an event log), one a line; for a scenario, under the step that produced them.',
  options: [
    { name: 'type', type: 'string', multiple: true, value: 'T', description: 'Only events of type T (repeatable, or T1,T2)' },
    { name: 'entity', type: 'string', value: 'NAME', description: 'Only events about the container, network or host NAME' },
    { name: 'repair', type: 'boolean', description: 'Drop an incomplete last line of an event log (an interrupted append)' },
  ],
};

const stringList = (args: ParsedArgs, name: string): string[] => {
  const v = args.values[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
};

const filterOf = (args: ParsedArgs): EventFilter => {
  const types = stringList(args, 'type');
  const entity = stringOption(args, 'entity');
  const parsed = parseEventTypes(types);
  if ('unknown' in parsed) throw new UsageError(`unknown event type "${parsed.unknown}" (see docs/events.md)`);
  return { ...(types.length > 0 ? { types: parsed.types } : {}), ...(entity === undefined ? {} : { entity }) };
};

const stepHeading = (step: StepOutcome, multiHost: boolean): string => {
  if (step.kind === 'note') return `step ${step.index + 1}  # ${step.text.trim().split('\n')[0] ?? ''}`;
  const exit = step.result?.exit ?? 0;
  return `step ${step.index + 1}  ${multiHost && step.host !== undefined ? `[${step.host}] ` : ''}$ ${step.text}${exit === 0 ? '' : `  (exit ${exit})`}`;
};

/** Steps with their events under them; events before the first step are the hosts booting. */
const scenarioLog = (events: readonly EventEnvelope[], steps: readonly StepOutcome[], lines: readonly EventLine[], filter: EventFilter): string => {
  const filtering = filter.types !== undefined || filter.entity !== undefined;
  const kept = lines.filter((l) => keepsEvent(filter, l));
  const formatted = formatEventLines(kept, '  ').split('\n');
  const textBySeq = new Map(kept.map((l, i) => [l.seq, formatted[i] ?? '']));
  const multiHost = new Set(events.map((e) => e.host)).size > 1;
  const out: string[] = [];
  const group = (heading: string, seqs: readonly number[]): void => {
    const shown = seqs.flatMap((s) => textBySeq.get(s) ?? []);
    if (filtering && shown.length === 0) return;
    out.push(heading, ...shown);
  };
  const firstStepSeq = steps.flatMap((s) => s.events.map((e) => e.seq))[0] ?? Infinity;
  group('boot', events.filter((e) => e.seq < firstStepSeq).map((e) => e.seq));
  for (const step of steps) group(stepHeading(step, multiHost), step.events.map((e) => e.seq));
  return out.map((l) => `${l}\n`).join('');
};

const repair = async (src: string, io: Io): Promise<number> => {
  if (!src.endsWith('.jsonl')) throw new UsageError('--repair takes an event log (.jsonl)');
  const outcome = await withLockFile(`${src}.lock`, async () => {
    let text: string;
    try {
      text = readFileSync(src, 'utf8');
    } catch (e) {
      return E.left(`cannot read ${src}: ${e instanceof Error && 'code' in e ? String(e.code) : String(e)}`);
    }
    const repaired = repairEventLog(text, src);
    if (E.isRight(repaired) && repaired.right.kind === 'repaired') await writeFileAtomic(src, repaired.right.text);
    return repaired;
  });
  if (E.isLeft(outcome)) {
    io.err(`docknet: ${outcome.left.lockPath}: the log is locked by ${outcome.left.holder}\n`);
    return 1;
  }
  const result = outcome.right;
  if (E.isLeft(result)) {
    io.err(`docknet: ${result.left}\n`);
    return 1;
  }
  const r = result.right;
  if (r.kind === 'intact') io.out(`${src}: nothing to repair (${r.events} events)\n`);
  else io.out(`${src}: dropped the incomplete line ${r.line} (${r.excerpt}); ${r.events} events remain\n`);
  return 0;
};

const run = async (args: ParsedArgs, io: Io): Promise<number> => {
  const [src, ...extra] = args.positionals;
  if (src === undefined) throw new UsageError('log needs SRC');
  if (extra.length > 0) throw new UsageError(`log takes one SRC, got ${args.positionals.length}`);
  if (boolOption(args, 'repair')) return repair(src, io);
  const filter = filterOf(args);
  const loaded = loadSource(src);
  if (E.isLeft(loaded)) {
    io.err(`docknet: ${loaded.left}\n`);
    return 1;
  }
  const { events, steps } = loaded.right;
  const lines = describeEvents(events);
  if (steps !== undefined) io.out(scenarioLog(events, steps, lines, filter));
  else {
    const kept = lines.filter((l) => keepsEvent(filter, l));
    if (kept.length > 0) io.out(formatEventLines(kept));
  }
  return 0;
};

export const logCommand: DocknetCommand = { spec, run };
