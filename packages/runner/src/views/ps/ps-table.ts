/**
 * `docker ps`: the containers listed, their rows, and the printed output for the default
 * table, `-q`, `--no-trunc`, `-a`, `-n`/`--latest`, `--filter` and `--format`.
 */
import { cliError, type ContainerState, type DockerError, type EngineProfile, type HostState, type Instant } from '@docknet/core';
import * as E from 'fp-ts/lib/Either.js';
import { formatTable } from '../../tabwriter/index.js';
import { renderDockerFormat, templateErrorText } from '../../template/index.js';
import { instantOf } from '../time/docker-time.js';
import { parsePsFilters, psFilterMatches } from './ps-filters.js';
import { psRow, psTemplateRow, type PsRow } from './ps-row.js';
import { PS_HEADERS } from './ps-strings.js';

/** `docker ps` flags. */
export interface PsOptions {
  readonly all: boolean;
  readonly quiet: boolean;
  readonly noTrunc: boolean;
  /** Raw `--filter` values (`status=exited`). */
  readonly filters?: readonly string[] | undefined;
  /** `--format`; the default table when absent or empty. */
  readonly format?: string | undefined;
  /** `-n N` (and `--latest` as 1): the N newest containers in any state. */
  readonly last?: number | undefined;
}

const EPOCH: Instant = { epochNs: 0n, offsetMinutes: 0 };

const nowInstant = (now: string | Instant): Instant => (typeof now === 'string' ? (instantOf(now) ?? EPOCH) : now);

/**
 * The containers `docker ps` lists, newest first: running ones (including paused and
 * restarting), or all with `-a`. The daemon sorts by creation time; containers created in the
 * same instant list the newest-inserted first.
 */
export function listedContainers(host: HostState, all: boolean): ContainerState[] {
  const listed = [...host.containers.values()].filter(
    (c) => all || c.status === 'running' || c.status === 'paused' || c.status === 'restarting',
  );
  const createdNs = (c: ContainerState): bigint => instantOf(c.created)?.epochNs ?? 0n;
  return listed
    .map((c, i) => ({ c, i, t: createdNs(c) }))
    .sort((a, b) => (a.t === b.t ? b.i - a.i : a.t > b.t ? -1 : 1))
    .map((x) => x.c);
}

/** The containers `docker ps` shows after `-a`, `-n` and `--filter`, newest first. */
function shownContainers(host: HostState, options: Pick<PsOptions, 'all' | 'filters' | 'last'>): E.Either<DockerError, ContainerState[]> {
  const filters = parsePsFilters(options.filters ?? []);
  if (E.isLeft(filters)) return filters;
  const limit = options.last !== undefined && options.last > 0 ? options.last : undefined;
  // A status filter lists stopped containers without -a (`daemon/list.go`), as does -n.
  const all = options.all || limit !== undefined || filters.right.has('status');
  const listed = listedContainers(host, all).filter((c) => psFilterMatches(host, c, filters.right));
  return E.right(limit === undefined ? listed : listed.slice(0, limit));
}

/**
 * The rows of `docker ps` (the data a `--format` template runs on).
 *
 * @param now - the logical clock's current time (`state.at`, or the instant)
 */
export function psRows(
  host: HostState,
  options: Pick<PsOptions, 'all' | 'noTrunc' | 'filters' | 'last'>,
  profile: EngineProfile,
  now: string | Instant,
): E.Either<DockerError, PsRow[]> {
  const at = nowInstant(now);
  return E.map((shown: ContainerState[]) => shown.map((c) => psRow(host, c, { noTrunc: options.noTrunc }, profile, at)))(
    shownContainers(host, options),
  );
}

const DEFAULT_COLUMNS: readonly (keyof PsRow)[] = ['ID', 'Image', 'Command', 'RunningFor', 'Status', 'Ports', 'Names'];

/**
 * What `docker ps` prints: the default table (always with its header), one ID per line with
 * `-q` (which wins over `--format`, as in Docker), or the `--format` template per row.
 *
 * @example
 * psTable(host, { all: false, quiet: false, noTrunc: false }, profileFor('28'), state.at)
 */
export function psTable(
  host: HostState,
  options: PsOptions,
  profile: EngineProfile,
  now: string | Instant,
): E.Either<DockerError, string> {
  const shown = shownContainers(host, options);
  if (E.isLeft(shown)) return shown;
  const at = nowInstant(now);
  const rows = shown.right.map((c) => psRow(host, c, { noTrunc: options.noTrunc }, profile, at));
  if (options.quiet) return E.right(rows.map((r) => `${r.ID}\n`).join(''));
  if (options.format === undefined || options.format === '' || options.format === 'table') {
    const header = DEFAULT_COLUMNS.map((k) => PS_HEADERS[k] ?? k);
    return E.right(formatTable([header, ...rows.map((r) => DEFAULT_COLUMNS.map((k) => r[k]))]));
  }
  const templateRows = rows.map((r, i) => psTemplateRow(r, shown.right[i]?.labels));
  const out = renderDockerFormat({ format: options.format, rows: templateRows, headers: PS_HEADERS });
  // A template error is the CLI's own, printed bare.
  return E.mapLeft((err: Parameters<typeof templateErrorText>[0]) => cliError(templateErrorText(err)))(out);
}
