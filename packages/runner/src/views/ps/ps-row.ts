/**
 * The `docker ps` template data: one row object per container with the placeholders Docker's
 * `ContainerContext` offers, already formatted as Docker formats them.
 */
import type { ContainerState, EngineProfile, HostState, Instant } from '@docknet/core';
import { right } from 'fp-ts/lib/Either.js';
import { goQuote } from '../../template/go-quote.js';
import { goStruct, type TemplateValue } from '../../template/index.js';
import { compareBytes } from '../go-json/go-json-value.js';
import { containerPortMap } from '../port/container-ports.js';
import { goTimeString, instantOf, truncateToSeconds } from '../time/docker-time.js';
import { displayablePorts, portSummaries } from './displayable-ports.js';
import { ellipsis } from './ellipsis.js';
import { runningFor, statusText } from './container-status.js';
import { COMMAND_WIDTH } from './ps-strings.js';

/**
 * One `docker ps` row: every placeholder's text. Keys are sorted, as Docker's
 * `ContainerContext.MarshalJSON` writes them for `--format '{{json .}}'`.
 */
export interface PsRow {
  readonly Command: string;
  readonly CreatedAt: string;
  readonly ID: string;
  readonly Image: string;
  readonly Labels: string;
  readonly LocalVolumes: string;
  readonly Mounts: string;
  readonly Names: string;
  readonly Networks: string;
  readonly Ports: string;
  readonly RunningFor: string;
  readonly Size: string;
  readonly State: string;
  readonly Status: string;
}

/** The `docker ps` options that change what a row shows. */
export interface PsRowOptions {
  readonly noTrunc: boolean;
}

/**
 * The daemon's `Command` for a container: the path, then the arguments, each quoted with
 * single quotes when it contains a space (`daemon/list.go`).
 *
 * @example
 * commandLine(['nginx', '-g', 'daemon off;']) // "nginx -g 'daemon off;'"
 */
export function commandLine(cmd: readonly string[]): string {
  const [path = '', ...args] = cmd;
  if (args.length === 0) return path;
  return `${path} ${args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}`;
}

/**
 * The container's names as the API lists them: its own, plus `<linker>/<alias>` for every
 * container that links to it with `--link`. Truncated output shows only the first.
 */
function names(host: HostState, container: ContainerState): string[] {
  const linked: string[] = [];
  for (const other of host.containers.values()) {
    for (const link of other.links) if (link.containerId === container.id) linked.push(`${other.name}/${link.alias}`);
  }
  return [container.name, ...linked.sort()];
}

/**
 * `Labels`: `k=v` joined by `,`. Docker ranges over a Go map (no stable order); docknet
 * sorts by key, as Go prints maps.
 */
function labelsText(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels)
    .sort(([a], [b]) => compareBytes(a, b))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/**
 * Network names, sorted (Docker ranges over a Go map here, which has no stable order).
 * A sandbox-only docker_gwbridge is not among the container's networks.
 */
function networkNames(host: HostState, container: ContainerState): string {
  if (container.networkMode.startsWith('container:')) return '';
  const list = [...container.attachments.values()].filter((a) => a.sandboxOnly !== true).map((a) => host.networks.get(a.networkId)?.name ?? a.networkName);
  return list.sort().join(',');
}

/**
 * One container's `docker ps` row.
 *
 * @example
 * psRow(host, web, { noTrunc: false }, profileFor('28'), now).Status // 'Up 8 minutes'
 */
export function psRow(
  host: HostState,
  container: ContainerState,
  options: PsRowOptions,
  profile: EngineProfile,
  now: Instant,
): PsRow {
  const trunc = !options.noTrunc;
  const command = commandLine(container.cmd);
  const created = instantOf(container.created);
  return {
    Command: goQuote(trunc ? ellipsis(command, COMMAND_WIDTH) : command),
    CreatedAt: created === undefined ? container.created : goTimeString(truncateToSeconds(created)),
    ID: trunc ? container.id.slice(0, 12) : container.id,
    Image: container.image === '' ? '<no image>' : container.image,
    Labels: labelsText(container.labels),
    LocalVolumes: '0',
    Mounts: '',
    Names: trunc ? container.name : names(host, container).join(','),
    Networks: networkNames(host, container),
    Ports: displayablePorts(portSummaries(containerPortMap(container)), profile),
    RunningFor: runningFor(container, now),
    Size: '0B',
    State: container.status,
    Status: statusText(container, now),
  };
}

/**
 * A row as the template engine should see it: a Go struct named like Docker's context (so an
 * unknown placeholder fails as in Docker) with its `Label` method (`{{.Label "k"}}`, empty
 * for a label the container lacks).
 */
export function psTemplateRow(row: PsRow, labels: Readonly<Record<string, string>> = {}): TemplateValue {
  return goStruct('*formatter.ContainerContext', { ...row }, {
    Label: { params: ['string'], call: (name) => right(typeof name === 'string' && Object.prototype.hasOwnProperty.call(labels, name) ? (labels[name] ?? '') : '') },
  });
}
