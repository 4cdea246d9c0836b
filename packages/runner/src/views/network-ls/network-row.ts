/**
 * The `docker network ls` template data: one row object per network with the placeholders
 * of Docker's `networkContext`, formatted as Docker formats them.
 */
import type { NetworkState } from '@docknet/core';
import { right } from 'fp-ts/lib/Either.js';
import { goStruct, type TemplateValue } from '../../template/index.js';
import { compareBytes } from '../go-json/go-json-value.js';
import { goTimeString, instantOf } from '../time/docker-time.js';

/**
 * One `docker network ls` row. Keys are sorted, as Docker's `networkContext.MarshalJSON`
 * writes them for `--format '{{json .}}'`.
 */
export interface NetworkRow {
  readonly CreatedAt: string;
  readonly Driver: string;
  readonly ID: string;
  readonly IPv4: string;
  readonly IPv6: string;
  readonly Internal: string;
  readonly Labels: string;
  readonly Name: string;
  readonly Scope: string;
}

/** `stringid.TruncateID`: drop an algorithm prefix, keep 12 characters. */
export function truncateId(id: string): string {
  const colon = id.indexOf(':');
  const bare = colon >= 0 ? id.slice(colon + 1) : id;
  return bare.slice(0, 12);
}

/**
 * One network's `docker network ls` row. Booleans print as Go's `%v` does; labels as `k=v`
 * sorted by key, joined by `,`; `CreatedAt` as Go's `time.Time.String()`.
 *
 * @example
 * networkRow(bridge, { noTrunc: false }).ID // '0a1b2c3d4e5f'
 */
export function networkRow(network: NetworkState, options: { readonly noTrunc: boolean }): NetworkRow {
  const created = instantOf(network.created);
  return {
    CreatedAt: created === undefined ? network.created : goTimeString(created),
    Driver: network.driver,
    ID: options.noTrunc ? network.id : truncateId(network.id),
    IPv4: String(network.enableIPv4),
    IPv6: String(network.enableIPv6),
    Internal: String(network.internal),
    Labels: Object.entries(network.labels)
      .sort(([a], [b]) => compareBytes(a, b))
      .map(([k, v]) => `${k}=${v}`)
      .join(','),
    Name: network.name,
    Scope: network.scope,
  };
}

/**
 * A row as the template engine should see it: a Go struct named like Docker's context, with
 * its `Label` method (`{{.Label "com.example"}}`).
 */
export function networkTemplateRow(row: NetworkRow, labels: Readonly<Record<string, string>> = {}): TemplateValue {
  return goStruct('*network.networkContext', { ...row }, {
    Label: { params: ['string'], call: (name) => right(typeof name === 'string' ? (labels[name] ?? '') : '') },
  });
}
