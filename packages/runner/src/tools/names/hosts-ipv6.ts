/**
 * Which IPv6 lines Docker writes to a container's `/etc/hosts` (docker-facts.md §7):
 * 20.10 always writes them (`fe00::0`); from v26 they are left out when IPv6 is disabled in
 * the container (no IPv6 network), and v28 shortened them to `fe00::`.
 */
import type { ContainerState, EngineProfile, HostState } from '@docknet/core';
import { sandboxOwner, type Ipv6HostsLines } from '@docknet/drivers';

export const ipv6HostsLines = (profile: EngineProfile, host: HostState, container: ContainerState | undefined): Ipv6HostsLines => {
  if (profile.etcHostsIpv6Always) return 'long';
  const owner = container === undefined ? undefined : sandboxOwner(host, container);
  const ipv6 = owner !== undefined && [...owner.attachments.values()].some((a) => a.endpoint?.ipv6 !== undefined);
  if (!ipv6) return 'none';
  return profile.etcHostsShortIPv6 ? 'short' : 'long';
};
