/**
 * The world after each step of a run, computed in one pass: the events of each step are
 * folded in turn and a snapshot is taken after each. `evolve` works in place, so a
 * snapshot must copy what it keeps (topologyOf and stateToJson do).
 */
import { makeEngine, type EngineState, type EventEnvelope } from '@docknet/core';
import { daemonRegistry } from '@docknet/drivers';

/** A run as the steps' event groups, from a fresh engine. */
export interface EventSteps {
  readonly initial: () => EngineState;
  /** Group 0 holds what precedes the first step (a scenario's host boots); may be empty. */
  readonly groups: readonly (readonly EventEnvelope[])[];
}

/**
 * `snapshot` of the state after each group: element i is the state after groups 0…i.
 *
 * @example
 * foldFrames(steps, topologyOf)[0] // the topology once the hosts have booted
 */
export const foldFrames = <T>(steps: EventSteps, snapshot: (state: EngineState) => T): T[] => {
  const engine = makeEngine(daemonRegistry);
  let state = steps.initial();
  return steps.groups.map((group) => {
    state = engine.fold(state, group);
    return snapshot(state);
  });
};

/**
 * A log's events as steps: group 0 is empty (the fresh engine, `@0`), then one group per
 * logical instant (a scenario step's events share one), a group also ending right after
 * event `cutAfter`, so `--at N` has a frame of its own.
 */
export const groupsByInstant = (events: readonly EventEnvelope[], cutAfter?: number): EventEnvelope[][] => {
  const groups: EventEnvelope[][] = [[]];
  let previous: EventEnvelope | undefined;
  for (const event of events) {
    const cut = previous === undefined || previous.at !== event.at || previous.seq === cutAfter;
    if (cut) groups.push([]);
    groups[groups.length - 1]?.push(event);
    previous = event;
  }
  return groups;
};
