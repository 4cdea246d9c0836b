/**
 * Where a check starts: a freshly booted host, or the state a user's scenario leaves. The
 * scenario is replayed once, with every invariant checked after each of its steps (a plan
 * that breaks one is reported as such, before any random command); each run then forks
 * from the recorded events instead of replaying the scenario again.
 */
import * as E from 'fp-ts/lib/Either.js';
import { makeEngine, parseInstant, profileFor, stateToJsonText, type DriverRegistry, type Engine, type EngineProfile, type EngineState, type EventEnvelope, type ProfileId } from '@docknet/core';
import { DEFAULT_CLOCK, DEFAULT_HOST_NAME, type Scenario } from '../scenario/index.js';
import { imageCatalog, replayScenario, type ScenarioOutcome } from '../replay/replay-scenario.js';
import { Session, type SessionHeader } from '../session/session.js';
import type { ImageCatalog } from '../images/catalog.js';
import { InvariantViolation, type Violation } from './invariants/invariant.js';
import { drain, instrumentEngine, newMonitor } from './invariants/instrumented-engine.js';
import { eventLogText, evolveTotalityViolation, logRoundTripViolation, perturbedEvents, replayViolation } from './invariants/log-invariants.js';
import { modelOf, type CheckModel } from './model/check-model.js';
import { followLine } from './model/follow-line.js';
import { countCheck, stateViolations } from './invariants/state-invariants.js';
import { countLine, type CheckStats } from './check-stats.js';
import { firstViolation } from './invariants/first-violation.js';

/** A step of the starting scenario, as a counterexample scenario repeats it. */
export type PrefixStep =
  | { readonly kind: 'note'; readonly note: string }
  | { readonly kind: 'run'; readonly run: string; readonly on: string | undefined; readonly exit: number };

export interface CheckStart {
  /** The scenario replayed to get here (a synthetic empty one for a fresh host). */
  readonly scenario: Scenario;
  /** Whether the user gave the scenario. */
  readonly fromUser: boolean;
  readonly header: SessionHeader;
  readonly profile: EngineProfile;
  readonly images: ImageCatalog;
  /** Host names, the default host first. */
  readonly hosts: readonly string[];
  /** The events of the boot and of the scenario's steps. */
  readonly events: readonly EventEnvelope[];
  /** Logical seconds the scenario used (one per step). */
  readonly ticks: number;
  readonly steps: readonly PrefixStep[];
  /** The state the scenario leaves (read it, never change it). */
  readonly state: EngineState;
}

/** The scenario itself breaks an invariant at one of its steps. */
export interface BrokenStart {
  readonly violation: Violation;
  /** 0-based index into `scenario.steps`. */
  readonly stepIndex: number;
  readonly line: number;
  readonly text: string;
  readonly start: CheckStart;
}

/** The scenario a check of a fresh host starts from: one default host, nothing run. */
export const freshScenario = (profile: ProfileId): Scenario => ({
  file: '(a fresh host)',
  version: 1,
  name: 'a fresh host',
  description: undefined,
  engine: profile as Scenario['engine'],
  seed: 0,
  clock: DEFAULT_CLOCK,
  hosts: [],
  images: {},
  steps: [],
});

const headerOf = (scenario: Scenario): SessionHeader => {
  const origin = parseInstant(scenario.clock);
  if (E.isLeft(origin)) throw new Error(`invalid clock ${scenario.clock}`); // the loader validated it
  return { profile: scenario.engine, seed: scenario.seed, origin: origin.right };
};

/** A fresh state of `header`, with `events` folded: what replaying a log gives. */
export const foldFresh = (engine: Engine, header: SessionHeader) => (events: readonly EventEnvelope[]): EngineState =>
  engine.fold(new Session(engine, header).state, events);

/** Every event in each of the four treatments of {@link perturbedEvents}, in order. */
const everyTreatment = (events: readonly EventEnvelope[]): number[] => Array.from({ length: events.length * 4 }, (_, i) => i);

/** The whole-run properties of a replayed scenario: the log round trip, evolve's totality, determinism. */
const wholeRunViolation = (scenario: Scenario, engine: Engine, stats: CheckStats, outcome: ScenarioOutcome): Violation | undefined => {
  const fold = foldFresh(engine, headerOf(scenario));
  const header = { profile: scenario.engine, seed: scenario.seed, clock: scenario.clock };
  countCheck(stats.counts, 'replay-equals-state');
  const roundTrip = logRoundTripViolation(header, fold, outcome.events, outcome.state);
  if (roundTrip !== undefined) return roundTrip;
  countCheck(stats.counts, 'evolve-total');
  const total = evolveTotalityViolation(fold, perturbedEvents(outcome.events, everyTreatment(outcome.events)));
  if (total !== undefined) return total;
  countCheck(stats.counts, 'deterministic');
  const again = replayScenario(scenario, { engine });
  const printed = (o: ScenarioOutcome) => JSON.stringify(o.steps.map((s) => s.result ?? null));
  if (printed(again) !== printed(outcome)) return { invariant: 'deterministic', message: 'replaying the scenario again printed something else' };
  if (eventLogText(header, again.events) !== eventLogText(header, outcome.events)) {
    return { invariant: 'deterministic', message: 'replaying the scenario again logged different events' };
  }
  return undefined;
};

/**
 * Replays `scenario` on `registry`, checking every invariant after each step (the model
 * follows the lines it can read), then the whole-run properties.
 */
export const startFrom = (scenario: Scenario, registry: DriverRegistry, stats: CheckStats, fromUser: boolean): E.Either<BrokenStart, CheckStart> => {
  const engine = makeEngine(registry);
  const counts = stats.counts;
  const monitor = newMonitor(counts);
  const header = headerOf(scenario);
  const profile = profileFor(scenario.engine);
  const fold = foldFresh(engine, header);
  const exits = new Map<number, number>();
  let model: CheckModel | undefined;
  let previous: string | undefined;
  let broken: Omit<BrokenStart, 'start'> | undefined;
  let outcome: ScenarioOutcome | undefined;
  try {
    outcome = replayScenario(scenario, {
      engine: instrumentEngine(engine, monitor),
      onStep: (step, session) => {
        const exit = step.result?.exit ?? 0;
        exits.set(step.index, exit);
        countLine(stats, exit, step.events);
        // The model starts from the booted hosts: the state before this first step's events.
        model ??= modelOf(fold(session.events.slice(0, session.events.length - step.events.length)));
        const found = [...drain(monitor), ...stateViolations(session.state, profile, counts)];
        const now = stateToJsonText(session.state);
        countCheck(counts, 'refusal-changes-nothing');
        if (step.events.length === 0 && previous !== undefined && now !== previous) {
          found.push({ invariant: 'refusal-changes-nothing', message: 'a step that recorded no event changed the state' });
        }
        previous = now;
        countCheck(counts, 'model-agrees');
        if (step.result !== undefined && step.host !== undefined) {
          const problems = followLine(model, step.host, step.text, step.result, session.state);
          if (problems.length > 0) found.push({ invariant: 'model-agrees', message: problems.join('; ') });
        }
        countCheck(counts, 'replay-equals-state');
        const replayed = replayViolation(fold, session.events, session.state);
        if (replayed !== undefined) found.push(replayed);
        const first = firstViolation(found);
        if (first !== undefined) {
          broken = { violation: first, stepIndex: step.index, line: step.line, text: step.text };
          throw new InvariantViolation(first);
        }
      },
    });
  } catch (e) {
    if (!(e instanceof InvariantViolation)) throw e;
  }
  if (outcome !== undefined && broken === undefined) {
    const atEnd = wholeRunViolation(scenario, engine, stats, outcome);
    if (atEnd !== undefined) broken = { violation: atEnd, stepIndex: scenario.steps.length, line: 0, text: '(the whole scenario)' };
  }
  const last = Math.min(broken?.stepIndex ?? scenario.steps.length, scenario.steps.length - 1);
  // Notes run nothing; they are kept so a counterexample reads like the user's scenario.
  const steps = scenario.steps.slice(0, last + 1).map((s, i): PrefixStep =>
    s.kind === 'note' ? { kind: 'note', note: s.note } : { kind: 'run', run: s.run, on: s.on, exit: exits.get(i) ?? 0 },
  );
  const hosts = scenario.hosts.length > 0 ? scenario.hosts.map((h) => h.name) : [DEFAULT_HOST_NAME];
  const base = { scenario, fromUser, header, profile, images: imageCatalog(scenario), hosts, ticks: scenario.steps.length, steps };
  if (broken !== undefined || outcome === undefined) {
    const b = broken ?? { violation: { invariant: 'no-crash' as const, message: 'the scenario did not replay' }, stepIndex: 0, line: 0, text: '' };
    return E.left({ ...b, start: { ...base, events: [], state: new Session(engine, header).state } });
  }
  return E.right({ ...base, events: outcome.events, state: outcome.state });
};
