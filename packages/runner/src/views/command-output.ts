/**
 * The views as the docker command handlers call them: the text a command prints, or the
 * error text it prints on stderr (with Docker's `Error response from daemon: ` framing for
 * daemon errors). Thin adapters over the views; all behaviour lives in the views.
 */
import type { ClusterState, DockerError, EngineProfile, HostState, Instant } from '@docknet/core';
import * as E from 'fp-ts/lib/Either.js';
import { containerInspectJson } from './container-inspect/container-inspect.js';
import type { GoJson } from './go-json/go-json-value.js';
import { renderInspectArray } from './go-json/render-go-json.js';
import { inspectObject } from './inspect/inspect-targets.js';
import { inspectStrings } from './inspect/inspect-strings.js';
import { lookupContainer, lookupNetwork } from './lookup/find-object.js';
import { networkInspectJson } from './network-inspect/network-inspect.js';
import { networkLsTable, type NetworkLsOptions } from './network-ls/network-ls.js';
import { portLines } from './port/port-lines.js';
import { psTable, type PsOptions } from './ps/ps-table.js';

/** How the docker CLI prints an error: daemon errors framed, the CLI's own bare. */
export function dockerErrorText(err: DockerError): string {
  return err.source === 'daemon' ? `Error response from daemon: ${err.message}` : err.message;
}

/** `docker ps` output, or the error text. */
export function psOutput(
  host: HostState,
  profile: EngineProfile,
  now: string | Instant,
  options: PsOptions,
): E.Either<string, string> {
  return E.mapLeft(dockerErrorText)(psTable(host, options, profile, now));
}

/** `docker network ls` output, or the error text. */
export function networkLsOutput(host: HostState, options: NetworkLsOptions): E.Either<string, string> {
  return E.mapLeft(dockerErrorText)(networkLsTable(host, options));
}

/**
 * `docker inspect [--type T] REF`: the object, or undefined when nothing of the allowed types
 * matches (the caller prints `Error: No such object: REF`, see `inspectStrings.noSuchObject`).
 */
export function inspectAny(
  host: HostState,
  ref: string,
  profile: EngineProfile,
  type?: string | undefined,
  swarms: ReadonlyMap<string, ClusterState> = new Map(),
): GoJson | undefined {
  if (type === undefined || type === '') {
    const found = inspectObject(host, ref, profile, swarms);
    return E.isRight(found) ? found.right : undefined;
  }
  if (type === 'container') {
    const c = lookupContainer(host, ref);
    return c.kind === 'found' ? containerInspectJson(host, c.value, profile) : undefined;
  }
  if (type === 'network') {
    const n = lookupNetwork(host, ref);
    return n.kind === 'found' ? networkInspectJson(host, n.value, profile, swarms) : undefined;
  }
  return undefined;
}

/** The indented JSON array `docker inspect` prints for the found objects, with its newline. */
export function renderInspectJson(objects: readonly unknown[]): string {
  // The objects come from the inspect views, whose values are GoJson.
  return renderInspectArray(objects as readonly GoJson[]);
}

/** `docker port CONTAINER [PORT]` output (lines with a final newline, or nothing), or the error text. */
export function portOutput(host: HostState, ref: string, port: string | undefined, profile: EngineProfile): E.Either<string, string> {
  const c = lookupContainer(host, ref);
  if (c.kind === 'not-found') return E.left(dockerErrorText({ source: 'daemon', kind: 'not-found', message: inspectStrings.noSuchContainer(ref) }));
  if (c.kind === 'ambiguous') return E.left(dockerErrorText({ source: 'daemon', kind: 'invalid-parameter', message: inspectStrings.containerAmbiguous(ref) }));
  return E.bimap(dockerErrorText, (lines: string[]) => lines.map((l) => `${l}\n`).join(''))(portLines(c.value, port, profile, ref));
}
