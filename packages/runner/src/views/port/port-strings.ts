/**
 * Docker's user-visible strings for `docker port` (`cli/command/container/port.go`,
 * docker-facts.md §6.5), together for comparison with Docker's.
 */
import type { EngineProfile } from '@docknet/core';
import { goQuote } from '../../template/go-quote.js';

const v29 = (profile: EngineProfile): boolean => profile.portMissingWording === 'v29';

export const portStrings = {
  /** No binding for the asked port; the port and the container are echoed as typed. */
  noPublicPort: (port: string, containerRef: string, profile: EngineProfile): string =>
    v29(profile)
      ? `no public port '${port}' published for ${containerRef}`
      : `Error: No public port '${port}' published for ${containerRef}`,
  /** The private port is not a 16-bit number (`strconv.ParseUint(port, 10, 16)`). */
  invalidPort: (port: string, reason: 'invalid syntax' | 'value out of range', profile: EngineProfile): string =>
    `${v29(profile) ? 'invalid port' : 'Error: invalid port'} (${port}): strconv.ParseUint: parsing ${goQuote(port)}: ${reason}`,
} as const;
