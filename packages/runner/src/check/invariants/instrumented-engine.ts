/**
 * An engine that checks its own decisions: `decide` must not touch the state (so a refused
 * command changes nothing), and every dynamic address it hands out must be the lowest free
 * one. Violations are collected, not thrown, so the command line still completes and the
 * step reports every broken invariant at once.
 */
import * as E from 'fp-ts/lib/Either.js';
import { profileFor, stateToJsonText, type Engine } from '@docknet/core';
import { decisionViolations } from './decision-invariants.js';
import type { Violation } from './invariant.js';
import { countCheck, type CheckCounts } from './state-invariants.js';

export interface DecisionMonitor {
  /** Violations seen since the last `drain`. */
  readonly pending: Violation[];
  readonly counts: CheckCounts;
}

export const newMonitor = (counts: CheckCounts): DecisionMonitor => ({ pending: [], counts });

/** Takes the pending violations. */
export const drain = (monitor: DecisionMonitor): Violation[] => monitor.pending.splice(0, monitor.pending.length);

export const instrumentEngine = (engine: Engine, monitor: DecisionMonitor): Engine => ({
  ...engine,
  decide: (state, envelope) => {
    const before = stateToJsonText(state);
    const decided = engine.decide(state, envelope);
    countCheck(monitor.counts, 'refusal-changes-nothing');
    if (stateToJsonText(state) !== before) {
      const what = E.isLeft(decided) ? `refusing ${envelope.command.type} (${decided.left.message})` : `deciding ${envelope.command.type}`;
      monitor.pending.push({ invariant: 'refusal-changes-nothing', message: `${what} changed the state before any event was folded` });
    }
    if (E.isRight(decided)) {
      const joins = decided.right.filter((e) => e.type === 'EndpointJoined').length;
      if (joins > 0) countCheck(monitor.counts, 'lowest-free-choice', joins);
      monitor.pending.push(...decisionViolations(state, profileFor(state.profile), decided.right));
    }
    return decided;
  },
});
