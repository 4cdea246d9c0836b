/**
 * Docker's user-visible strings for `docker ps` (`cli/command/formatter/container.go`,
 * `container/state.go State.String`), together for comparison with Docker's.
 */

/** The default `docker ps` format. */
export const PS_DEFAULT_FORMAT =
  'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

/** Column headers per placeholder (`NewContainerContext`). */
export const PS_HEADERS: Readonly<Record<string, string>> = {
  ID: 'CONTAINER ID',
  Names: 'NAMES',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES',
  Networks: 'NETWORKS',
};

/** `State.String()` for the states without a duration. */
export const STATUS_TEXT = {
  created: 'Created',
  removing: 'Removal In Progress',
  dead: 'Dead',
} as const;

/** `Command()` truncates to this display width unless `--no-trunc`. */
export const COMMAND_WIDTH = 20;
/** `Mounts()` truncates each name to this width unless `--no-trunc`. */
export const MOUNT_WIDTH = 15;

export const psStrings = {
  /** Daemon: `status=` with a value that is not a container state. */
  invalidStatus: (value: string): string => `invalid filter 'status=${value}'`,
  /** `publish=`/`expose=` with a host address (`portOp`). */
  portFilterColon: (key: string, value: string): string => `filter for '${key}' should not contain ':': ${value}`,
  /** `publish=`/`expose=` that is not a port or range (`nat.ParsePortRange`). */
  portFilterInvalid: (key: string, port: string, reason: string): string => `error while looking up for ${key} ${port}: ${reason}`,
} as const;
