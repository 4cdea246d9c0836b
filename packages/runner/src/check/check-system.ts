/**
 * The system under test of one check run: a session forked from the start, that runs
 * command lines through the real docker CLI layer (`runLine`) and checks every invariant
 * after each of them. The first broken invariant is thrown as an `InvariantViolation`, so
 * fast-check records the run as failing and shrinks it.
 */
import { stateToJsonText, type Engine } from '@docknet/core';
import { runLine } from '../replay/run-line.js';
import { Session } from '../session/session.js';
import type { CliResult } from '../docker/cli-result.js';
import type { CheckStart } from './check-start.js';
import { foldFresh } from './check-start.js';
import { countLine, type CheckStats } from './check-stats.js';
import { firstViolation } from './invariants/first-violation.js';
import { InvariantViolation, type Violation } from './invariants/invariant.js';
import { drain, instrumentEngine, newMonitor, type DecisionMonitor } from './invariants/instrumented-engine.js';
import { eventLogText, evolveTotalityViolation, logRoundTripViolation, perturbedEvents, replayViolation } from './invariants/log-invariants.js';
import { countCheck, stateViolations } from './invariants/state-invariants.js';
import type { CheckModel } from './model/check-model.js';
import { followLine } from './model/follow-line.js';

/** One line a run executed, and what it printed. */
export interface RecordedLine {
  readonly host: string;
  readonly line: string;
  readonly result: CliResult;
}

/** Where a run broke: the violation and the 0-based index of the line after which it was seen (`lines.length` = at the end). */
export interface RunFailure {
  readonly violation: Violation;
  readonly step: number;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export class CheckSystem {
  readonly session: Session;
  readonly lines: RecordedLine[] = [];
  failure: RunFailure | undefined;
  private readonly monitor: DecisionMonitor;
  private readonly fold: ReturnType<typeof foldFresh>;

  /** `engine` is the plain engine of the registry under test; `stats` undefined = check nothing (a determinism re-run). */
  constructor(
    readonly start: CheckStart,
    private readonly engine: Engine,
    private readonly stats: CheckStats | undefined,
  ) {
    this.monitor = newMonitor(stats?.counts ?? new Map());
    this.fold = foldFresh(engine, start.header);
    this.session = new Session(stats === undefined ? engine : instrumentEngine(engine, this.monitor), start.header);
    const events = clone(start.events);
    this.session.state = engine.fold(this.session.state, events);
    this.session.events.push(...events);
    for (let i = 0; i < start.ticks; i++) this.session.tick();
  }

  /** Runs `line` on `host` one logical second after the previous one; throws on the first broken invariant. */
  run(host: string, line: string): CliResult {
    this.session.tick();
    const checking = this.stats !== undefined;
    const before = checking ? stateToJsonText(this.session.state) : '';
    const seen = this.session.events.length;
    let result: CliResult;
    try {
      result = runLine({ session: this.session, host, profile: this.start.profile, images: this.start.images }, line);
    } catch (e) {
      this.lines.push({ host, line, result: { stdout: '', stderr: '', exit: -1 } });
      this.fail({ invariant: 'no-crash', message: `docknet threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` });
    }
    this.lines.push({ host, line, result });
    if (this.stats === undefined) return result;
    const events = this.session.events.slice(seen);
    countLine(this.stats, result.exit, events);
    const found = drain(this.monitor);
    const counts = this.stats.counts;
    countCheck(counts, 'refusal-changes-nothing');
    if (events.length === 0 && stateToJsonText(this.session.state) !== before) {
      found.push({ invariant: 'refusal-changes-nothing', message: `the line decided no event (exit ${result.exit}) but the state changed` });
    }
    found.push(...stateViolations(this.session.state, this.start.profile, counts));
    countCheck(counts, 'replay-equals-state');
    const replayed = replayViolation(this.fold, this.session.events, this.session.state);
    if (replayed !== undefined) found.push(replayed);
    const first = firstViolation(found);
    if (first !== undefined) this.fail(first);
    return result;
  }

  /** The model follows the line just run; its predictions must hold and the engine must agree with it. */
  followModel(model: CheckModel, host: string, line: string, result: CliResult): void {
    if (this.stats === undefined) return;
    countCheck(this.stats.counts, 'model-agrees');
    const problems = followLine(model, host, line, result, this.session.state);
    if (problems.length > 0) this.fail({ invariant: 'model-agrees', message: problems.join('; ') });
  }

  /** The properties of a whole run: the log round trip, evolve's totality, determinism. */
  finish(mix: readonly number[]): void {
    const stats = this.stats;
    if (stats === undefined) return;
    const header = { profile: this.start.header.profile, seed: this.start.header.seed, clock: this.start.scenario.clock };
    countCheck(stats.counts, 'replay-equals-state');
    const roundTrip = logRoundTripViolation(header, this.fold, this.session.events, this.session.state);
    if (roundTrip !== undefined) this.fail(roundTrip, this.lines.length);
    countCheck(stats.counts, 'evolve-total');
    const total = evolveTotalityViolation(this.fold, perturbedEvents(this.session.events, mix));
    if (total !== undefined) this.fail(total, this.lines.length);
    countCheck(stats.counts, 'deterministic');
    const again = new CheckSystem(this.start, this.engine, undefined);
    for (const l of this.lines) again.run(l.host, l.line);
    const first = this.lines.find((l, i) => JSON.stringify(l) !== JSON.stringify(again.lines[i]));
    if (first !== undefined) {
      this.fail({ invariant: 'deterministic', message: `running the same lines again printed something else for: ${first.line}` }, this.lines.length);
    }
    if (eventLogText(header, again.session.events) !== eventLogText(header, this.session.events)) {
      this.fail({ invariant: 'deterministic', message: 'running the same lines again logged different events' }, this.lines.length);
    }
  }

  private fail(violation: Violation, step = this.lines.length - 1): never {
    this.failure = { violation, step };
    throw new InvariantViolation(violation);
  }
}
