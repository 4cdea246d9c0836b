/**
 * The model of model-based testing: which containers and networks exist on each host and
 * what status each container is in, as the docker CLI's answers say. It follows the exit
 * statuses it sees (it does not re-implement the daemon's rules) and predicts only what is
 * certain (a missing name is refused, a taken name is refused); after every step the
 * engine's state must agree with it.
 */
import type { ContainerStatus, EngineState } from '@docknet/core';

export interface ModelContainer {
  status: ContainerStatus;
  /**
   * Whether its process keeps running once started: false for a bare shell without `-i`
   * (it exits at once, as on a real host); undefined when the model cannot know (a
   * container from the user's scenario): then the model takes the engine's word.
   */
  readonly keepsRunning: boolean | undefined;
  /** The container's id, so a name that is also an id prefix can be told apart (docker resolves `c0` to an id starting with c0). */
  readonly id: string | undefined;
}

export interface HostModel {
  readonly containers: Map<string, ModelContainer>;
  readonly networks: Set<string>;
  /**
   * Names the swarm manages on this host — swarm-scope networks and task containers. A
   * command on one node changes them on others (a worker sees an overlay once it runs on
   * it, a scale on the manager removes a worker's task), so the model takes them from the
   * engine after every line instead of predicting them.
   */
  readonly swarmOwned: Set<string>;
}

export type CheckModel = Map<string, HostModel>;

/** The model of an existing state (a user's scenario, or a freshly booted host). */
export const modelOf = (state: EngineState): CheckModel => {
  const model: CheckModel = new Map();
  for (const [name, host] of state.hosts) {
    const containers = new Map<string, ModelContainer>();
    for (const c of host.containers.values()) containers.set(c.name, { status: c.status, keepsRunning: undefined, id: c.id });
    model.set(name, { containers, networks: new Set([...host.networks.values()].map((n) => n.name)), swarmOwned: new Set() });
  }
  syncSwarmOwned(model, state);
  return model;
};

const TASK_LABEL = 'com.docker.swarm.task.id';

/** Takes every host's swarm-managed networks and task containers from the engine (see {@link HostModel.swarmOwned}). */
export const syncSwarmOwned = (model: CheckModel, state: EngineState): void => {
  for (const [name, host] of state.hosts) {
    const m = hostModel(model, name);
    for (const owned of m.swarmOwned) {
      m.networks.delete(owned);
      m.containers.delete(owned);
    }
    m.swarmOwned.clear();
    for (const n of host.networks.values()) {
      if (n.scope !== 'swarm') continue;
      m.networks.add(n.name);
      m.swarmOwned.add(n.name);
    }
    for (const c of host.containers.values()) {
      if (c.labels[TASK_LABEL] === undefined) continue;
      m.containers.set(c.name, { status: c.status, keepsRunning: undefined, id: c.id });
      m.swarmOwned.add(c.name);
    }
  }
};

const NO_HOST: HostModel = { containers: new Map(), networks: new Set(), swarmOwned: new Set() };

/** A host's model, read only: an unknown host is an empty one (for predictions, which must not change the model). */
export const peekHost = (model: CheckModel, host: string): HostModel => model.get(host) ?? NO_HOST;

/** A host's model, created empty if the host is new (for updates). */
export const hostModel = (model: CheckModel, host: string): HostModel => {
  const found = model.get(host);
  if (found !== undefined) return found;
  const fresh: HostModel = { containers: new Map(), networks: new Set(), swarmOwned: new Set() };
  model.set(host, fresh);
  return fresh;
};

/** How the engine's state disagrees with the model, or an empty list. */
export const modelDisagreements = (model: CheckModel, state: EngineState): string[] => {
  const out: string[] = [];
  for (const [hostName, m] of model) {
    const host = state.hosts.get(hostName);
    if (host === undefined) continue;
    const prefix = state.hosts.size > 1 ? `[${hostName}] ` : '';
    for (const [name, expected] of m.containers) {
      const id = host.containerIdsByName.get(name);
      const actual = id === undefined ? undefined : host.containers.get(id);
      if (actual === undefined) out.push(`${prefix}container ${name} should exist (${expected.status}) but does not`);
      else if (actual.status !== expected.status) out.push(`${prefix}container ${name} should be ${expected.status} but is ${actual.status}`);
    }
    for (const c of host.containers.values()) {
      if (!m.containers.has(c.name)) out.push(`${prefix}container ${c.name} (${c.status}) exists but the CLI never created it or said it was removed`);
    }
    const networks = new Set([...host.networks.values()].map((n) => n.name));
    for (const name of m.networks) if (!networks.has(name)) out.push(`${prefix}network ${name} should exist but does not`);
    for (const name of networks) if (!m.networks.has(name)) out.push(`${prefix}network ${name} exists but the CLI never created it or said it was removed`);
  }
  return out;
};
