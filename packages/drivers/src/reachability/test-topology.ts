/** Test support: engine states built from daemon commands, and viewers by container name. */
import type { EngineState, HostState } from '@docknet/core';
import { SPEC_HOST, containerNamed, deciderSpec, type History } from '../daemon/testing/index.js';
import { containerViewer, HOST_VIEWER, type Viewer } from './viewer.js';

export const stateOf = (...history: History): EngineState => deciderSpec().given(...history).state();

export const hostIn = (state: EngineState): HostState => {
  const host = state.hosts.get(SPEC_HOST);
  if (host === undefined) throw new Error('no host');
  return host;
};

export const viewerOf = (state: EngineState, name: string | 'host'): Viewer =>
  name === 'host' ? HOST_VIEWER : containerViewer(containerNamed(state, name));
