/**
 * `docker ps --filter` (`daemon/list.go`): the filters tutorials use — `id`, `name`, `status`,
 * `network`, `ancestor`, `exited`, `label`. Other keys Docker accepts are taken but not applied.
 */
import { CONTAINER_STATUSES, daemonError, type ContainerState, type DockerError, type HostState } from '@docknet/core';
import * as E from 'fp-ts/lib/Either.js';
import { normalizeImageRef } from '../container-inspect/image-id.js';
import { matchesAny, parseFilterArgs, type FilterArgs } from '../filter/filter-args.js';
import { psStrings } from './ps-strings.js';

const ACCEPTED: ReadonlySet<string> = new Set([
  'ancestor', 'before', 'expose', 'exited', 'health', 'id', 'isolation', 'is-task',
  'label', 'name', 'network', 'publish', 'since', 'status', 'volume',
]);

/** Parses and validates `--filter` values for `docker ps`. */
export function parsePsFilters(flags: readonly string[]): E.Either<DockerError, FilterArgs> {
  const parsed = parseFilterArgs(flags, ACCEPTED);
  if (E.isLeft(parsed)) return parsed;
  for (const s of parsed.right.get('status') ?? []) {
    if (!(CONTAINER_STATUSES as readonly string[]).includes(s)) return E.left(daemonError(psStrings.invalidStatus(s)));
  }
  return parsed;
}

/** Whether a container passes the filters (`name` matches `/<name>`, as the daemon stores names). */
export function psFilterMatches(host: HostState, container: ContainerState, filters: FilterArgs): boolean {
  const get = (k: string): readonly string[] => filters.get(k) ?? [];
  if (get('id').length > 0 && !matchesAny(get('id'), container.id)) return false;
  if (get('name').length > 0 && !matchesAny(get('name'), `/${container.name}`)) return false;
  if (get('status').length > 0 && !get('status').includes(container.status)) return false;
  // docknet containers carry no labels, so any label filter excludes them.
  if (get('label').length > 0) return false;
  const ancestors = get('ancestor');
  if (ancestors.length > 0 && !ancestors.some((a) => normalizeImageRef(a) === normalizeImageRef(container.image))) return false;
  const exited = get('exited');
  if (exited.length > 0 && (container.status !== 'exited' || !exited.includes(String(container.exitCode)))) return false;
  const nets = get('network');
  if (nets.length > 0) {
    const onOne = [...container.attachments.values()].some((a) => {
      const name = host.networks.get(a.networkId)?.name ?? a.networkName;
      return nets.some((n) => n === name || (n !== '' && a.networkId.startsWith(n)));
    });
    if (!onOne) return false;
  }
  return true;
}
