/**
 * Reading a spec's state by the names a Docker user types (container and network names),
 * for assertions after a `then`.
 */
import type { ContainerState, EngineState, Endpoint, HostState, NetworkState } from '@docknet/core';
import { SPEC_HOST } from './decider-spec.js';

const hostOf = (state: EngineState, host: string): HostState => {
  const h = state.hosts.get(host);
  if (h === undefined) throw new Error(`no host ${host} in state`);
  return h;
};

/** The network named `name`. */
export const networkNamed = (state: EngineState, name: string, host = SPEC_HOST): NetworkState => {
  const h = hostOf(state, host);
  const n = h.networks.get(h.networkIdsByName.get(name) ?? '');
  if (n === undefined) throw new Error(`no network ${name} in state`);
  return n;
};

/** The container named `name`. */
export const containerNamed = (state: EngineState, name: string, host = SPEC_HOST): ContainerState => {
  const h = hostOf(state, host);
  const c = h.containers.get(h.containerIdsByName.get(name) ?? '');
  if (c === undefined) throw new Error(`no container ${name} in state`);
  return c;
};

/** The live endpoint of container `container` on network `network`, if it has one. */
export const endpointOf = (state: EngineState, container: string, network: string, host = SPEC_HOST): Endpoint | undefined =>
  containerNamed(state, container, host).attachments.get(networkNamed(state, network, host).id)?.endpoint;
