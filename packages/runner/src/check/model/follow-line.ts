/**
 * One line through the model: read it, hold the model's certain predictions against
 * Docker's answer, follow the answer, and compare the model with the engine's state.
 * Returns what disagreed (empty when all agrees).
 */
import type { EngineState } from '@docknet/core';
import type { CliResult } from '../../docker/cli-result.js';
import { applyOutcome, predictRefusal } from './apply-outcome.js';
import { hostModel, modelDisagreements, modelOf, peekHost, syncSwarmOwned, type CheckModel, type ModelContainer } from './check-model.js';
import { parseLineSpec } from './parse-line-spec.js';
import type { LineSpec } from '../generator/line-spec.js';

const lookup = (state: EngineState, host: string, name: string): { status: ModelContainer['status']; id: string } | undefined => {
  const h = state.hosts.get(host);
  const c = h?.containers.get(h.containerIdsByName.get(name) ?? '');
  return c === undefined ? undefined : { status: c.status, id: c.id };
};

/** The container a line names, when it names one that must exist. */
const targetOf = (spec: LineSpec): string | undefined =>
  spec.kind === 'lifecycle' || spec.kind === 'rm' || spec.kind === 'rename' || spec.kind === 'connect' || spec.kind === 'disconnect' ? spec.name : undefined;

/**
 * Docker looks a container up by full id, then name, then unique id prefix: `docker start c0`
 * starts a container whose id begins with c0 when none is named c0. The model cannot know
 * which one a prefix picked, so such a line is taken as the engine left it.
 */
const namesAnIdPrefix = (model: CheckModel, spec: LineSpec): boolean => {
  const name = targetOf(spec);
  const m = peekHost(model, spec.host);
  if (name === undefined || m.containers.has(name) || !/^[0-9a-f]+$/.test(name)) return false;
  return [...m.containers.values()].some((c) => c.id?.startsWith(name) === true);
};

/**
 * A line the model does not read: take every host's containers and networks from the
 * engine (a swarm command on one node changes the others), keeping what it knew of each
 * process.
 */
const resync = (model: CheckModel, state: EngineState): void => {
  const fresh = modelOf(state);
  for (const [host, now] of fresh) {
    const known = hostModel(model, host);
    known.networks.clear();
    for (const n of now.networks) known.networks.add(n);
    known.swarmOwned.clear();
    for (const n of now.swarmOwned) known.swarmOwned.add(n);
    const before = new Map(known.containers);
    known.containers.clear();
    for (const [name, c] of now.containers) known.containers.set(name, { ...c, keepsRunning: before.get(name)?.keepsRunning });
  }
};

export const followLine = (model: CheckModel, host: string, line: string, result: CliResult, state: EngineState): string[] => {
  const spec = parseLineSpec(line, host);
  if (spec === undefined || namesAnIdPrefix(model, spec)) {
    resync(model, state);
    return [];
  }
  const problems: string[] = [];
  const predicted = predictRefusal(model, spec);
  if (predicted !== undefined && result.exit === 0) problems.push(`\`${line}\` succeeded, but ${predicted.why}`);
  if (predicted?.stderr !== undefined && result.exit !== 0 && !result.stderr.includes(predicted.stderr)) {
    problems.push(`\`${line}\` should be refused with "${predicted.stderr}", got: ${result.stderr.trim() || '(nothing on stderr)'}`);
  }
  applyOutcome(model, spec, result, (name) => lookup(state, host, name));
  syncSwarmOwned(model, state);
  return [...problems, ...modelDisagreements(model, state)];
};
