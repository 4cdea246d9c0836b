/**
 * `docker ps --filter` (`daemon/list.go`): the filters tutorials use — `id`, `name`, `status`,
 * `network`, `ancestor`, `exited`, `label`, `publish`, `expose`. Other keys Docker accepts are
 * taken but not applied.
 */
import { CONTAINER_STATUSES, daemonError, type ContainerState, type DockerError, type HostState } from '@docknet/core';
import * as E from 'fp-ts/lib/Either.js';
import { normalizeImageRef } from '../container-inspect/image-id.js';
import { matchesAny, matchesLabels, parseFilterArgs, type FilterArgs } from '../filter/filter-args.js';
import { goQuote } from '../../template/go-quote.js';
import { containerPortMap } from '../port/container-ports.js';
import { portSummaries } from './displayable-ports.js';
import { psStrings } from './ps-strings.js';

/** Go's `strconv.ParseUint(s, 10, 16)` error text, or the number. */
function parseUint16(text: string): E.Either<string, number> {
  if (!/^\d+$/.test(text)) return E.left(`strconv.ParseUint: parsing ${goQuote(text)}: invalid syntax`);
  const n = Number(text);
  return n > 0xffff ? E.left(`strconv.ParseUint: parsing ${goQuote(text)}: value out of range`) : E.right(n);
}

/** go-connections `nat.ParsePortRange`: `80` or `8000-8080`. */
function parsePortRange(text: string): E.Either<string, { start: number; end: number }> {
  if (text === '') return E.left('empty string specified for ports');
  const dash = text.indexOf('-');
  if (dash === -1) return E.map((n: number) => ({ start: n, end: n }))(parseUint16(text));
  const start = parseUint16(text.slice(0, dash));
  if (E.isLeft(start)) return start;
  const end = parseUint16(text.slice(dash + 1));
  if (E.isLeft(end)) return end;
  return end.right < start.right ? E.left(`invalid range specified for port: ${text}`) : E.right({ start: start.right, end: end.right });
}

/**
 * `publish=`/`expose=` values (`portOp`): `port[/proto]` or `start-end[/proto]`, expanded to
 * `port/proto` keys; tcp unless given.
 */
function portFilter(key: string, values: readonly string[]): E.Either<DockerError, ReadonlySet<string>> {
  const out = new Set<string>();
  for (const value of values) {
    if (value.includes(':')) return E.left(daemonError(psStrings.portFilterColon(key, value)));
    const slash = value.indexOf('/');
    const port = slash < 0 ? value : value.slice(0, slash);
    const proto = slash < 0 || value.slice(slash + 1) === '' ? 'tcp' : value.slice(slash + 1).toLowerCase();
    const range = parsePortRange(port);
    if (E.isLeft(range)) return E.left(daemonError(psStrings.portFilterInvalid(key, port, range.left)));
    for (let p = range.right.start; p <= range.right.end; p++) out.add(`${p}/${proto}`);
  }
  return E.right(out);
}

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
  for (const key of ['publish', 'expose']) {
    const checked = portFilter(key, parsed.right.get(key) ?? []);
    if (E.isLeft(checked)) return checked;
  }
  return parsed;
}

/** Whether a container passes the filters (`name` matches `/<name>`, as the daemon stores names). */
export function psFilterMatches(host: HostState, container: ContainerState, filters: FilterArgs): boolean {
  const get = (k: string): readonly string[] => filters.get(k) ?? [];
  if (get('id').length > 0 && !matchesAny(get('id'), container.id)) return false;
  if (get('name').length > 0 && !matchesAny(get('name'), `/${container.name}`)) return false;
  if (get('status').length > 0 && !get('status').includes(container.status)) return false;
  if (get('label').length > 0 && !matchesLabels(get('label'), container.labels)) return false;
  const ancestors = get('ancestor');
  if (ancestors.length > 0 && !ancestors.some((a) => normalizeImageRef(a) === normalizeImageRef(container.image))) return false;
  const exited = get('exited');
  if (exited.length > 0 && (container.status !== 'exited' || !exited.includes(String(container.exitCode)))) return false;
  const publish = get('publish');
  const expose = get('expose');
  if (publish.length > 0 || expose.length > 0) {
    // The container's API `Ports` list: published ports match on the host side, exposed on the container side.
    const published = E.getOrElse((): ReadonlySet<string> => new Set())(portFilter('publish', publish));
    const exposed = E.getOrElse((): ReadonlySet<string> => new Set())(portFilter('expose', expose));
    const ports = portSummaries(containerPortMap(container));
    if (!ports.some((p) => published.has(`${p.publicPort}/${p.type}`) || exposed.has(`${p.privatePort}/${p.type}`))) return false;
  }
  const nets = get('network');
  if (nets.length > 0) {
    // docker_gwbridge joined only for the sandbox is not in the container's settings.
    const onOne = [...container.attachments.values()].some((a) => {
      if (a.sandboxOnly === true) return false;
      const name = host.networks.get(a.networkId)?.name ?? a.networkName;
      return nets.some((n) => n === name || (n !== '' && a.networkId.startsWith(n)));
    });
    if (!onOne) return false;
  }
  return true;
}
