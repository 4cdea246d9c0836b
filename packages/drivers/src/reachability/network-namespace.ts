/**
 * The network namespace a viewer's processes live in (docker-facts.md §8): the host's for
 * the host and `--network host` containers, a lone `lo` for `--network none`, and a
 * sandbox for everything else. `--network container:<x>` shares x's sandbox, so its owner
 * is the donor (followed through chains of donors).
 */
import type { ContainerState, Endpoint, HostState } from '@docknet/core';
import type { Viewer } from './viewer.js';

export type NetworkNamespace =
  | { readonly kind: 'host' }
  | { readonly kind: 'none'; readonly owner: ContainerState }
  | { readonly kind: 'sandbox'; readonly owner: ContainerState; readonly endpoints: readonly Endpoint[] }
  /** The container (or its donor) is not running: no namespace to look into. */
  | { readonly kind: 'down' };

const DONOR_PREFIX = 'container:';

/** The container whose sandbox `container` uses (itself unless in `container:` mode). */
export const sandboxOwner = (host: HostState, container: ContainerState): ContainerState | undefined => {
  let current = container;
  // A chain of donors is finite in practice; the bound only guards a malformed state.
  for (let hops = 0; hops < 16; hops++) {
    if (!current.networkMode.startsWith(DONOR_PREFIX)) return current;
    const donor = host.containers.get(current.networkMode.slice(DONOR_PREFIX.length));
    if (donor === undefined) return undefined;
    current = donor;
  }
  return undefined;
};

const isLive = (c: ContainerState): boolean => c.status === 'running' || c.status === 'paused';

/** Live endpoints of a container in join order (interface order inside the sandbox). */
export const liveEndpoints = (container: ContainerState): Endpoint[] =>
  [...container.attachments.values()].flatMap((a) => (a.endpoint === undefined ? [] : [a.endpoint]));

export const namespaceOf = (host: HostState, viewer: Viewer): NetworkNamespace => {
  if (viewer.kind === 'host') return { kind: 'host' };
  const owner = sandboxOwner(host, viewer.container);
  if (owner === undefined || !isLive(owner) || !isLive(viewer.container)) return { kind: 'down' };
  if (owner.networkMode === 'host') return { kind: 'host' };
  if (owner.networkMode === 'none') return { kind: 'none', owner };
  return { kind: 'sandbox', owner, endpoints: liveEndpoints(owner) };
};

/** Containers running inside the namespace owned by `owner` (the owner and its joiners). */
export const namespaceMembers = (host: HostState, owner: ContainerState): ContainerState[] =>
  [...host.containers.values()].filter((c) => isLive(c) && sandboxOwner(host, c)?.id === owner.id);

/** Running containers that share the host's namespace (`--network host`). */
export const hostModeContainers = (host: HostState): ContainerState[] =>
  [...host.containers.values()].filter((c) => isLive(c) && sandboxOwner(host, c)?.networkMode === 'host');
