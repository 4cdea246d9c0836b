/**
 * Docker's `--filter key=value` arguments (`api/types/filters`): parsing the flag values,
 * checking the keys a command accepts, and the matching helpers the daemon uses.
 */
import { cliError, daemonError, type DockerError } from '@docknet/core';
import * as E from 'fp-ts/lib/Either.js';

/** Parsed filters: key → its values (a set in Go, so each value once), in the order given. */
export type FilterArgs = ReadonlyMap<string, readonly string[]>;

export const filterStrings = {
  /** CLI: a `--filter` value without `=` (`opts.FilterOpt`). */
  badFormat: 'bad format of filter (expected name=value)',
  /** Daemon: a filter key the command does not accept. */
  invalidFilter: (key: string): string => `invalid filter '${key}'`,
} as const;

/**
 * Parses `--filter` values and rejects keys outside `accepted`.
 *
 * @example
 * parseFilterArgs(['driver=bridge'], new Set(['driver'])) // Right(Map { 'driver' => ['bridge'] })
 */
export function parseFilterArgs(flags: readonly string[], accepted: ReadonlySet<string>): E.Either<DockerError, FilterArgs> {
  const out = new Map<string, string[]>();
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq < 0) return E.left(cliError(filterStrings.badFormat));
    const key = flag.slice(0, eq).trim().toLowerCase();
    const value = flag.slice(eq + 1).trim();
    const values = out.get(key) ?? [];
    if (!values.includes(value)) values.push(value);
    out.set(key, values);
  }
  for (const key of out.keys()) if (!accepted.has(key)) return E.left(daemonError(filterStrings.invalidFilter(key)));
  return E.right(out);
}

/**
 * `filters.Args.Match`: a value equal to the source, or used as a regular expression that
 * matches part of it (RE2 and JavaScript agree on the patterns people write here). A pattern
 * that does not compile matches nothing, as in Go.
 */
export function matchesAny(values: readonly string[], source: string): boolean {
  return values.some((v) => {
    if (v === source) return true;
    try {
      return new RegExp(v, 'u').test(source);
    } catch {
      return false;
    }
  });
}

/** `filters.Args.MatchKVList`: every `key` or `key=value` holds in the labels. */
export function matchesLabels(values: readonly string[], labels: Readonly<Record<string, string>>): boolean {
  if (Object.keys(labels).length === 0) return false;
  return values.every((v) => {
    const eq = v.indexOf('=');
    const key = eq < 0 ? v : v.slice(0, eq);
    if (!Object.prototype.hasOwnProperty.call(labels, key)) return false;
    return eq < 0 || labels[key] === v.slice(eq + 1);
  });
}
