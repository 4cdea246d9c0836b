/**
 * Resolving `docker inspect` and `docker network inspect` arguments to the objects printed.
 * Docker prints every object it found as one JSON array and reports each miss on stderr
 * (exit status 1), so a result carries both.
 */
import { cliError, daemonError, type DockerError, type EngineProfile, type HostState } from '@docknet/core';
import * as E from 'fp-ts/lib/Either.js';
import { containerInspectJson } from '../container-inspect/container-inspect.js';
import type { GoJsonStruct } from '../go-json/go-json-value.js';
import { lookupContainer, lookupNetwork } from '../lookup/find-object.js';
import { networkInspectJson } from '../network-inspect/network-inspect.js';
import type { ClusterState } from '@docknet/core';

/** The engine's swarms (for overlay `Peers`); none by default. */
type Swarms = ReadonlyMap<string, ClusterState>;
const NO_SWARMS: Swarms = new Map();
import { inspectStrings } from './inspect-strings.js';

/** What an inspect command found: the objects (in argument order) and one error per miss. */
export interface InspectResult {
  readonly found: readonly GoJsonStruct[];
  readonly errors: readonly DockerError[];
}

/** `docker network inspect REF`: one network, or the daemon's error. */
export function inspectNetwork(host: HostState, ref: string, profile: EngineProfile, swarms: Swarms = NO_SWARMS): E.Either<DockerError, GoJsonStruct> {
  const found = lookupNetwork(host, ref);
  switch (found.kind) {
    case 'found':
      return E.right(networkInspectJson(host, found.value, profile, swarms));
    case 'ambiguous':
      return E.left(daemonError(inspectStrings.networkAmbiguous(ref, found.matches), 'invalid-parameter'));
    case 'not-found':
      return E.left(daemonError(inspectStrings.networkNotFound(ref), 'not-found'));
  }
}

/**
 * `docker inspect REF` without `--type`: like the CLI, try a container first, then fall back
 * to a network (images, volumes and swarm objects are not simulated). Only "not found" falls
 * through; any other error (an ambiguous prefix) is reported as is.
 *
 * @example
 * inspectObject(host, 'bridge', profile) // Right(network inspect object)
 */
export function inspectObject(host: HostState, ref: string, profile: EngineProfile, swarms: Swarms = NO_SWARMS): E.Either<DockerError, GoJsonStruct> {
  const container = lookupContainer(host, ref);
  if (container.kind === 'found') return E.right(containerInspectJson(host, container.value, profile));
  if (container.kind === 'ambiguous') return E.left(daemonError(inspectStrings.containerAmbiguous(ref), 'invalid-parameter'));
  const network = inspectNetwork(host, ref, profile, swarms);
  if (E.isRight(network) || network.left.kind !== 'not-found') return network;
  return E.left(cliError(inspectStrings.noSuchObject(ref, profile)));
}

function collect(
  refs: readonly string[],
  one: (ref: string) => E.Either<DockerError, GoJsonStruct>,
): InspectResult {
  const found: GoJsonStruct[] = [];
  const errors: DockerError[] = [];
  for (const ref of refs) {
    const r = one(ref);
    if (E.isRight(r)) found.push(r.right);
    else errors.push(r.left);
  }
  return { found, errors };
}

/** `docker inspect REF...`. */
export function inspectObjects(host: HostState, refs: readonly string[], profile: EngineProfile, swarms: Swarms = NO_SWARMS): InspectResult {
  return collect(refs, (ref) => inspectObject(host, ref, profile, swarms));
}

/** `docker network inspect REF...`. */
export function inspectNetworks(host: HostState, refs: readonly string[], profile: EngineProfile, swarms: Swarms = NO_SWARMS): InspectResult {
  return collect(refs, (ref) => inspectNetwork(host, ref, profile, swarms));
}
