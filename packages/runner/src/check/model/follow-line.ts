/**
 * One line through the model: read it, hold the model's certain predictions against
 * Docker's answer, follow the answer, and compare the model with the engine's state.
 * Returns what disagreed (empty when all agrees).
 */
import type { EngineState } from '@docknet/core';
import type { CliResult } from '../../docker/cli-result.js';
import { applyOutcome, predictRefusal } from './apply-outcome.js';
import { hostModel, modelDisagreements, modelOf, type CheckModel, type ModelContainer } from './check-model.js';
import { parseLineSpec } from './parse-line-spec.js';

const statusOn = (state: EngineState, host: string, name: string): ModelContainer['status'] => {
  const h = state.hosts.get(host);
  const id = h?.containerIdsByName.get(name);
  return (id === undefined ? undefined : h?.containers.get(id)?.status) ?? 'exited';
};

/** A line the model does not read: take the host's containers and networks from the engine, keeping what it knew of each process. */
const resync = (model: CheckModel, host: string, state: EngineState): void => {
  const known = hostModel(model, host);
  const fresh = modelOf(state).get(host);
  if (fresh === undefined) return;
  known.networks.clear();
  for (const n of fresh.networks) known.networks.add(n);
  const before = new Map(known.containers);
  known.containers.clear();
  for (const [name, c] of fresh.containers) known.containers.set(name, { status: c.status, keepsRunning: before.get(name)?.keepsRunning });
};

export const followLine = (model: CheckModel, host: string, line: string, result: CliResult, state: EngineState): string[] => {
  const spec = parseLineSpec(line, host);
  if (spec === undefined) {
    resync(model, host, state);
    return [];
  }
  const problems: string[] = [];
  const predicted = predictRefusal(model, spec);
  if (predicted !== undefined && result.exit === 0) problems.push(`\`${line}\` succeeded, but ${predicted.why}`);
  if (predicted?.stderr !== undefined && result.exit !== 0 && !result.stderr.includes(predicted.stderr)) {
    problems.push(`\`${line}\` should be refused with "${predicted.stderr}", got: ${result.stderr.trim() || '(nothing on stderr)'}`);
  }
  applyOutcome(model, spec, result, (name) => statusOn(state, host, name));
  return [...problems, ...modelDisagreements(model, state)];
};
