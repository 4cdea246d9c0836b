/** `/etc/hosts` as text: Docker writes `IP\tnames` lines; the host keeps Ubuntu's layout. */
import type { HostState } from '@docknet/core';
import type { HostsRecord } from '@docknet/drivers';

export const renderSandboxHosts = (records: readonly HostsRecord[]): string => records.map((r) => `${r.ip}\t${r.names.join(' ')}\n`).join('');

export const renderHostHosts = (host: HostState): string =>
  `127.0.0.1 localhost
127.0.1.1 ${host.name}

# The following lines are desirable for IPv6 capable hosts
::1     ip6-localhost ip6-loopback
fe00::0 ip6-localnet
ff00::0 ip6-mcastprefix
ff02::1 ip6-allnodes
ff02::2 ip6-allrouters
`;
