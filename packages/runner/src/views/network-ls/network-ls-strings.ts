/**
 * Docker's user-visible strings for `docker network ls` (`cli/command/network/formatter.go`,
 * `daemon/network/filter.go`), together for comparison with Docker's.
 */

/** The default `docker network ls` format. */
export const NETWORK_LS_DEFAULT_FORMAT = 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';

/** Column headers per placeholder (`newNetworkContext`). */
export const NETWORK_HEADERS: Readonly<Record<string, string>> = {
  ID: 'NETWORK ID',
  Name: 'NAME',
  Driver: 'DRIVER',
  Scope: 'SCOPE',
  IPv4: 'IPV4',
  IPv6: 'IPV6',
  Internal: 'INTERNAL',
  Labels: 'LABELS',
  CreatedAt: 'CREATED AT',
};

export const networkLsStrings = {
  /** Daemon: `type=` other than `custom`/`builtin`. */
  invalidType: (value: string): string => `invalid filter: 'type'='${value}'`,
  /** Daemon: more than one `dangling=` value. */
  danglingTwice: 'got more than one value for filter key "dangling"',
  /** Daemon: `dangling=` not a boolean. */
  invalidDangling: `invalid value for filter 'dangling', must be "true" (or "1"), or "false" (or "0")`,
} as const;
