/**
 * `docker network ls` with the default table, `-q`, `--no-trunc`, `--filter` and `--format`
 * (docker-facts.md §9.1).
 */
import { cliError, type DockerError, type HostState, type NetworkState } from '@docknet/core';
import * as E from 'fp-ts/lib/Either.js';
import { formatTable } from '../../tabwriter/index.js';
import { renderDockerFormat, templateErrorText } from '../../template/index.js';
import { naturalCompare } from '../sort/natural-less.js';
import { filterNetworks, parseNetworkFilters } from './network-filters.js';
import { NETWORK_HEADERS } from './network-ls-strings.js';
import { networkRow, networkTemplateRow, type NetworkRow } from './network-row.js';

/** `docker network ls` flags. */
export interface NetworkLsOptions {
  readonly quiet: boolean;
  readonly noTrunc: boolean;
  /** The raw `--filter` values, e.g. `['driver=bridge', 'name=my']`. */
  readonly filters: readonly string[];
  /** `--format`; the default table when absent or empty. */
  readonly format?: string | undefined;
}

/**
 * The rows `docker network ls` shows, sorted by name in natural order as the CLI does.
 *
 * @example
 * networkLsRows(host, { noTrunc: false, filters: ['type=custom'] })
 */
export function networkLsRows(
  host: HostState,
  options: Pick<NetworkLsOptions, 'noTrunc' | 'filters'>,
): E.Either<DockerError, NetworkRow[]> {
  return E.map((networks: NetworkState[]) => networks.map((n) => networkRow(n, { noTrunc: options.noTrunc })))(
    listedNetworks(host, options.filters),
  );
}

/** The networks `docker network ls` lists: filtered, then natural-sorted by name. */
function listedNetworks(host: HostState, flags: readonly string[]): E.Either<DockerError, NetworkState[]> {
  const filters = parseNetworkFilters(flags);
  if (E.isLeft(filters)) return filters;
  const networks = filterNetworks(host, filters.right);
  if (E.isLeft(networks)) return networks;
  return E.right([...networks.right].sort((a, b) => naturalCompare(a.name, b.name)));
}

const DEFAULT_COLUMNS: readonly (keyof NetworkRow)[] = ['ID', 'Name', 'Driver', 'Scope'];

/**
 * What `docker network ls` prints: the default table, one ID per line with `-q` (which wins
 * over `--format`), or the `--format` template per row.
 *
 * @example
 * networkLsTable(host, { quiet: false, noTrunc: false, filters: [] })
 * // Right('NETWORK ID     NAME      DRIVER    SCOPE\n0a1b2c3d4e5f   bridge    bridge    local\n…')
 */
export function networkLsTable(host: HostState, options: NetworkLsOptions): E.Either<DockerError, string> {
  const networks = listedNetworks(host, options.filters);
  if (E.isLeft(networks)) return networks;
  const rows = networks.right.map((n) => networkRow(n, { noTrunc: options.noTrunc }));
  if (options.quiet) return E.right(rows.map((r) => `${r.ID}\n`).join(''));
  if (options.format === undefined || options.format === '' || options.format === 'table') {
    const header = DEFAULT_COLUMNS.map((k) => NETWORK_HEADERS[k] ?? k);
    return E.right(formatTable([header, ...rows.map((r) => DEFAULT_COLUMNS.map((k) => r[k]))]));
  }
  const templateRows = networks.right.map((n) => networkTemplateRow(networkRow(n, options), n.labels));
  const out = renderDockerFormat({ format: options.format, rows: templateRows, headers: NETWORK_HEADERS });
  return E.mapLeft((err: Parameters<typeof templateErrorText>[0]) => cliError(templateErrorText(err)))(out);
}
