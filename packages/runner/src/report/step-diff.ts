/**
 * The state diff a step caused, in core's entity-keyed form (`~ container web` …). The
 * logical clock and the event counter change at every step and say nothing, so they are
 * left out.
 */
import { diffJson, isJsonObject, renderDiffTree, stateEntityLabel, type Json } from '@docknet/core';

const withoutClock = (state: Json): Json => {
  if (!isJsonObject(state)) return state;
  const { at: _at, seq: _seq, ...rest } = state;
  return rest;
};

/**
 * The diff tree from `before` to `after` (canonical state JSON); empty when nothing changed.
 *
 * @example
 * stepDiff(beforeJson, afterJson) // '~ host docker-host\n  + container web\n…'
 */
export const stepDiff = (before: Json, after: Json): string =>
  renderDiffTree(diffJson(withoutClock(before), withoutClock(after)), { entityLabel: stateEntityLabel });
