/**
 * Finding networks and containers the way the daemon does: full id, then exact name,
 * then a unique id prefix (`daemon/network.go FindNetwork`, `daemon/container.go GetContainer`).
 */
import * as E from 'fp-ts/lib/Either.js';
import { daemonError, type ContainerState, type DockerError, type HostState, type NetworkState } from '@docknet/core';

export const findNetwork = (host: HostState, ref: string): E.Either<DockerError, NetworkState> => {
  const byId = host.networks.get(ref);
  if (byId !== undefined) return E.right(byId);
  const nameId = host.networkIdsByName.get(ref);
  const byName = nameId === undefined ? undefined : host.networks.get(nameId);
  if (byName !== undefined) return E.right(byName);
  const matches = ref === '' ? [] : [...host.networks.values()].filter((n) => n.id.startsWith(ref));
  const [only, ...rest] = matches;
  if (only !== undefined && rest.length === 0) return E.right(only);
  if (rest.length > 0) {
    return E.left(daemonError(`network ${ref} is ambiguous (${matches.length} matches found based on ID prefix)`, 'invalid-parameter'));
  }
  return E.left(daemonError(`network ${ref} not found`, 'not-found'));
};

export const findContainer = (host: HostState, ref: string): E.Either<DockerError, ContainerState> => {
  const byId = host.containers.get(ref);
  if (byId !== undefined) return E.right(byId);
  const name = ref.startsWith('/') ? ref.slice(1) : ref;
  const nameId = host.containerIdsByName.get(name);
  const byName = nameId === undefined ? undefined : host.containers.get(nameId);
  if (byName !== undefined) return E.right(byName);
  const matches = ref === '' ? [] : [...host.containers.values()].filter((c) => c.id.startsWith(ref));
  const [only, ...rest] = matches;
  if (only !== undefined && rest.length === 0) return E.right(only);
  if (rest.length > 0) {
    return E.left(daemonError(`Multiple IDs found with provided prefix: ${ref}`, 'invalid-parameter'));
  }
  return E.left(daemonError(`No such container: ${ref}`, 'not-found'));
};

/** Predefined network names that users cannot create, remove or reuse. */
export const PREDEFINED_NETWORK_NAMES: ReadonlySet<string> = new Set(['bridge', 'host', 'none', 'default']);

/** Networks that are not user-defined (Docker's `IsUserDefined() == false`). */
export const isUserDefined = (network: NetworkState): boolean => !network.predefined;
