/**
 * How the model follows one command line: what it predicts before seeing the answer (only
 * refusals that are certain), and how it updates from the exit status and output.
 */
import type { CliResult } from '../../docker/cli-result.js';
import { keepsRunning, type LineSpec } from '../generator/line-spec.js';
import { hostModel, peekHost, type CheckModel, type ModelContainer } from './check-model.js';

const PREDEFINED_NETWORKS: ReadonlySet<string> = new Set(['bridge', 'host', 'none', 'default']);

/** A 64-hex id on stdout: `docker run -d` printed the new container's id before its start failed. */
const printedId = (stdout: string): boolean => /^[0-9a-f]{64}$/m.test(stdout);

/** What the model is sure of before the line runs: a refusal, or nothing. */
export const predictRefusal = (model: CheckModel, spec: LineSpec): { readonly why: string; readonly stderr?: string } | undefined => {
  const m = peekHost(model, spec.host);
  switch (spec.kind) {
    case 'network-create':
      // Predefined names get their own refusal (`operation is not permitted on predefined …`, docker-facts.md §3.2).
      if (PREDEFINED_NETWORKS.has(spec.name)) return { why: `${spec.name} is a predefined network` };
      return m.networks.has(spec.name) ? { why: `network ${spec.name} already exists`, stderr: `network with name ${spec.name} already exists` } : undefined;
    case 'network-rm':
      return m.networks.has(spec.name) ? undefined : { why: `network ${spec.name} does not exist` };
    case 'run':
      return m.containers.has(spec.name) ? { why: `the name ${spec.name} is taken`, stderr: `"/${spec.name}" is already in use` } : undefined;
    case 'lifecycle':
    case 'rm':
      return m.containers.has(spec.name) ? undefined : { why: `container ${spec.name} does not exist`, stderr: `No such container: ${spec.name}` };
    case 'rename':
      if (!m.containers.has(spec.name)) return { why: `container ${spec.name} does not exist`, stderr: `No such container: ${spec.name}` };
      return m.containers.has(spec.to) ? { why: `the name ${spec.to} is taken` } : undefined;
    case 'connect':
    case 'disconnect':
      return m.containers.has(spec.name) ? undefined : { why: `container ${spec.name} does not exist` };
    case 'query':
      return undefined;
  }
};

/** What the engine says of a container after the line: its status and id. */
export type Lookup = (name: string) => { readonly status: ModelContainer['status']; readonly id: string } | undefined;

const started = (c: ModelContainer, actual: () => ModelContainer['status']): ModelContainer['status'] =>
  c.keepsRunning === undefined ? actual() : c.keepsRunning ? 'running' : 'exited';

/**
 * Updates the model from what the CLI answered. `lookup` reads the engine's view of a
 * container: its id once created, and its status where the model cannot know it (a user's
 * container starting: does it stay up?); everything else follows from the spec and the
 * exit status.
 */
export const applyOutcome = (model: CheckModel, spec: LineSpec, result: CliResult, lookup: Lookup): void => {
  const actualStatus = (name: string): ModelContainer['status'] => lookup(name)?.status ?? 'exited';
  const m = hostModel(model, spec.host);
  const ok = result.exit === 0;
  switch (spec.kind) {
    case 'network-create':
      if (ok) m.networks.add(spec.name);
      return;
    case 'network-rm':
      if (ok) m.networks.delete(spec.name);
      return;
    case 'run': {
      const stays = keepsRunning(spec);
      const status = spec.create ? 'created' : stays === undefined ? actualStatus(spec.name) : stays ? 'running' : 'exited';
      const id = lookup(spec.name)?.id;
      if (ok) m.containers.set(spec.name, { status, keepsRunning: stays, id });
      // create succeeded, start failed: the container is left `Created` (docker-facts.md §6.4).
      else if (!spec.create && printedId(result.stdout)) m.containers.set(spec.name, { status: 'created', keepsRunning: stays, id });
      return;
    }
    case 'lifecycle': {
      const c = m.containers.get(spec.name);
      if (c === undefined) return;
      const live = c.status === 'running' || c.status === 'paused';
      // restart is stop then start: when the start half fails, the container stays stopped.
      if (!ok && spec.verb === 'restart' && live) c.status = 'exited';
      if (!ok) return;
      if (spec.verb === 'start' && !live) c.status = started(c, () => actualStatus(spec.name));
      if (spec.verb === 'restart') c.status = started(c, () => actualStatus(spec.name));
      if ((spec.verb === 'stop' || spec.verb === 'kill') && live) c.status = 'exited';
      if (spec.verb === 'pause') c.status = 'paused';
      if (spec.verb === 'unpause') c.status = 'running';
      return;
    }
    case 'rm':
      if (ok) m.containers.delete(spec.name);
      return;
    case 'rename': {
      const c = m.containers.get(spec.name);
      if (!ok || c === undefined) return;
      m.containers.delete(spec.name);
      m.containers.set(spec.to, c);
      return;
    }
    case 'connect':
    case 'disconnect':
    case 'query':
      return;
  }
};

/**
 * Whether a line makes sense in the model: the names it needs exist and the names it
 * creates are free. Most generated lines are asked to be plausible, so sequences build
 * things up; the rest run regardless and exercise Docker's refusals.
 */
export const plausible = (model: CheckModel, spec: LineSpec): boolean => {
  const m = peekHost(model, spec.host);
  switch (spec.kind) {
    case 'network-create':
      return !m.networks.has(spec.name);
    case 'network-rm':
      return m.networks.has(spec.name);
    case 'run': {
      const ref = spec.network?.ref;
      const needs = ref === undefined ? true : ref.startsWith('container:') ? m.containers.has(ref.slice('container:'.length)) : m.networks.has(ref);
      return !m.containers.has(spec.name) && needs;
    }
    case 'lifecycle':
    case 'rm':
      return m.containers.has(spec.name);
    case 'rename':
      return m.containers.has(spec.name) && !m.containers.has(spec.to);
    case 'connect':
    case 'disconnect':
      return m.containers.has(spec.name) && m.networks.has(spec.network);
    case 'query':
      return true;
  }
};
