/**
 * `docker network ls --filter`, applied as the daemon does (`daemon/network/filter.go`).
 * Values of one key are alternatives; keys combine.
 */
import { daemonError, type DockerError, type HostState, type NetworkState } from '@docknet/core';
import * as E from 'fp-ts/lib/Either.js';
import { matchesAny, matchesLabels, parseFilterArgs, type FilterArgs } from '../filter/filter-args.js';
import { networkLsStrings as S } from './network-ls-strings.js';

const ACCEPTED: ReadonlySet<string> = new Set(['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type']);

/** Networks whose names the daemon treats as built in (`IsPredefined`). */
const PREDEFINED: ReadonlySet<string> = new Set(['bridge', 'host', 'none', 'default']);

const isPredefined = (n: NetworkState): boolean => PREDEFINED.has(n.name);

/**
 * Parses `--filter` values for `docker network ls`.
 *
 * @example
 * parseNetworkFilters(['driver=bridge']) // Right(Map { 'driver' => ['bridge'] })
 */
export function parseNetworkFilters(flags: readonly string[]): E.Either<DockerError, FilterArgs> {
  return parseFilterArgs(flags, ACCEPTED);
}

/** The host's networks that pass the filters, in the host's order (the CLI sorts afterwards). */
export function filterNetworks(host: HostState, filters: FilterArgs): E.Either<DockerError, NetworkState[]> {
  const get = (k: string): readonly string[] => filters.get(k) ?? [];
  let list = [...host.networks.values()].filter((n) => {
    if (get('driver').length > 0 && !get('driver').includes(n.driver)) return false;
    if (get('name').length > 0 && !matchesAny(get('name'), n.name)) return false;
    if (get('id').length > 0 && !matchesAny(get('id'), n.id)) return false;
    if (get('label').length > 0 && !matchesLabels(get('label'), n.labels)) return false;
    if (get('scope').length > 0 && !get('scope').includes(n.scope)) return false;
    return true;
  });
  const dangling = get('dangling');
  if (dangling.length > 1) return E.left(daemonError(S.danglingTwice));
  const [d] = dangling;
  if (d !== undefined) {
    if (!['0', 'false', '1', 'true'].includes(d)) return E.left(daemonError(S.invalidDangling));
    const danglingOnly = d === '1' || d === 'true';
    const inUse = (n: NetworkState): boolean => isPredefined(n) || n.endpoints.size > 0;
    list = list.filter((n) => (danglingOnly ? !inUse(n) : inUse(n)));
  }
  const types = get('type');
  if (types.length > 0) {
    const typed: NetworkState[] = [];
    for (const t of types) {
      if (t !== 'builtin' && t !== 'custom') return E.left(daemonError(S.invalidType(t)));
      typed.push(...list.filter((n) => isPredefined(n) === (t === 'builtin')));
    }
    list = typed;
  }
  return E.right(list);
}
