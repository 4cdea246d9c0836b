/**
 * Finding a container or a network from a user's reference the way the daemon does
 * (`daemon/container.go GetContainer`, `daemon/network.go FindNetwork`): full ID, then exact
 * name, then a unique ID prefix. Views only read, so a miss is a value, not an error thrown.
 */
import type { ContainerState, HostState, NetworkState } from '@docknet/core';

/** The outcome of resolving a reference. */
export type Lookup<T> =
  | { readonly kind: 'found'; readonly value: T }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'ambiguous'; readonly matches: number };

function byPrefix<T extends { readonly id: string }>(all: Iterable<T>, ref: string): Lookup<T> {
  if (ref === '') return { kind: 'not-found' };
  const matches = [...all].filter((x) => x.id.startsWith(ref));
  const [only] = matches;
  if (only === undefined) return { kind: 'not-found' };
  return matches.length === 1 ? { kind: 'found', value: only } : { kind: 'ambiguous', matches: matches.length };
}

/** A container by ID, name (with or without the leading `/`) or unique ID prefix. */
export function lookupContainer(host: HostState, ref: string): Lookup<ContainerState> {
  const byId = host.containers.get(ref);
  if (byId !== undefined) return { kind: 'found', value: byId };
  const name = ref.startsWith('/') ? ref.slice(1) : ref;
  const id = host.containerIdsByName.get(name);
  const byName = id === undefined ? undefined : host.containers.get(id);
  if (byName !== undefined) return { kind: 'found', value: byName };
  return byPrefix(host.containers.values(), ref);
}

/** A network by ID, name or unique ID prefix. */
export function lookupNetwork(host: HostState, ref: string): Lookup<NetworkState> {
  const byId = host.networks.get(ref);
  if (byId !== undefined) return { kind: 'found', value: byId };
  const id = host.networkIdsByName.get(ref);
  const byName = id === undefined ? undefined : host.networks.get(id);
  if (byName !== undefined) return { kind: 'found', value: byName };
  return byPrefix(host.networks.values(), ref);
}
