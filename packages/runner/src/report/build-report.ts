/**
 * Collects what a report shows: per step, the command and what it printed, its checks, the
 * topology (one layout for the whole run, so nothing moves between steps) and the state
 * diff it caused.
 */
import { stateToJson, type EventEnvelope, type Json } from '@docknet/core';
import { foldFrames, layoutTopologies, renderSvg, topologyOf, type LoadedRun, type Topology } from '../graph/index.js';
import { changedElements } from './changed-elements.js';
import type { ReportModel, ReportStep } from './report-model.js';
import { stepDiff } from './step-diff.js';

interface Frame {
  readonly topology: Topology;
  readonly json: Json;
}

type StepText = Pick<ReportStep, 'kind' | 'text' | 'stdout' | 'stderr' | 'checks'> & { readonly host?: string; readonly exit?: number };

/** What an instant of an event log did, for a log's step list: its event types. */
const eventsSummary = (events: readonly EventEnvelope[]): string => {
  const [first] = events;
  if (first === undefined) return '(no events)';
  const last = events[events.length - 1] ?? first;
  return `events ${first.seq}–${last.seq} on ${first.host}: ${[...new Set(events.map((e) => e.type))].join(', ')}`;
};

const stepTexts = (run: LoadedRun): StepText[] => {
  const start: StepText = { kind: 'start', text: 'start', stdout: '', stderr: '', checks: [] };
  if (run.outcome === undefined) {
    return [start, ...run.steps.groups.slice(1).map((g): StepText => ({ kind: 'events', text: eventsSummary(g), stdout: '', stderr: '', checks: [] }))];
  }
  return [
    start,
    ...run.outcome.steps.map(
      (s): StepText => ({
        kind: s.kind,
        text: s.text,
        stdout: s.result?.stdout ?? '',
        stderr: s.result?.stderr ?? '',
        checks: s.checks,
        ...(s.host === undefined ? {} : { host: s.host }),
        ...(s.result === undefined ? {} : { exit: s.result.exit }),
      }),
    ),
  ];
};

/**
 * The report of `run`.
 *
 * @example
 * const run = loadRun('scenarios/bridge/default-bridge.yaml');
 * if (isRight(run)) writeFileSync('report.html', renderReportHtml(await buildReport(run.right)));
 */
export const buildReport = async (run: LoadedRun): Promise<ReportModel> => {
  const frames = foldFrames(run.steps, (state): Frame => ({ topology: topologyOf(state), json: stateToJson(state) }));
  const layout = await layoutTopologies(frames.map((f) => f.topology));
  const texts = stepTexts(run);
  const steps = frames.map((frame, index): ReportStep => {
    const previous = frames[index - 1];
    const text = texts[index] ?? { kind: 'events', text: '', stdout: '', stderr: '', checks: [] };
    return {
      index,
      ...text,
      // Step 0 is where the run starts: nothing to outline yet.
      svg: renderSvg(frame.topology, layout, {
        changed: previous === undefined ? new Set() : changedElements(previous.topology, frame.topology),
        omitStyle: true,
      }),
      diff: previous === undefined ? '' : stepDiff(previous.json, frame.json),
    };
  });
  return {
    title: run.name,
    description: run.description,
    file: run.file,
    engine: run.engine,
    passed: run.outcome?.passed ?? true,
    steps,
  };
};
