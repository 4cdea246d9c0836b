/**
 * Docker's user-visible strings for `docker inspect` and `docker network inspect`, together
 * so they can be compared with Docker's in one place.
 */
import type { EngineProfile } from '@docknet/core';

/**
 * CLI v29 lower-cased the CLI's own error strings (`docker port`, `docker inspect`). The
 * profile records that change as `portMissingWording`; these strings follow the same switch.
 */
export const cliV29Wording = (profile: EngineProfile): boolean => profile.portMissingWording === 'v29';

export const inspectStrings = {
  /** `docker inspect` found no object of any type (`cli/command/system/inspect.go`). */
  noSuchObject: (ref: string, profile: EngineProfile): string =>
    cliV29Wording(profile) ? `error: no such object: ${ref}` : `Error: No such object: ${ref}`,
  /** Daemon: no network by that ID, name or prefix. */
  networkNotFound: (ref: string): string => `network ${ref} not found`,
  /** Daemon: an ID prefix that matches several networks. */
  networkAmbiguous: (ref: string, matches: number): string =>
    `network ${ref} is ambiguous (${matches} matches found based on ID prefix)`,
  /** Daemon: no container by that ID, name or prefix. */
  noSuchContainer: (ref: string): string => `No such container: ${ref}`,
  /** Daemon: an ID prefix that matches several containers. */
  containerAmbiguous: (ref: string): string => `Multiple IDs found with provided prefix: ${ref}`,
} as const;
