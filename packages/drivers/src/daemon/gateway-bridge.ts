/**
 * libnetwork's default-gateway endpoint (`default_gateway.go`): a sandbox whose networks
 * give it no default gateway — only swarm overlays — also joins docker_gwbridge, as the
 * interface after its others. The endpoint is named `gateway_<container id[:12]>` and is
 * not part of the container's NetworkSettings. Internal overlays need no gateway.
 */
import type { AttachmentConfig, HostState, NetworkState } from '@docknet/core';
import { GWBRIDGE_NAME } from './swarm/node-networks.js';

/** docker_gwbridge, when a sandbox with these attachments needs it; `scopeOf` tells a network's scope. */
export const gatewayBridgeFor = (
  host: HostState,
  attachments: Iterable<AttachmentConfig>,
  networkOf: (networkId: string) => { readonly scope: string; readonly internal: boolean } | undefined,
): NetworkState | undefined => {
  let any = false;
  for (const a of attachments) {
    if (a.sandboxOnly === true) continue;
    const network = networkOf(a.networkId);
    if (network?.scope !== 'swarm') return undefined;
    // `needDefaultGW` skips internal networks: an internal overlay gives no way out at all.
    if (!network.internal) any = true;
  }
  if (!any) return undefined;
  for (const n of host.networks.values()) if (n.name === GWBRIDGE_NAME && n.driver === 'bridge') return n;
  return undefined;
};

/** The sandbox-only attachment to docker_gwbridge. */
export const gatewayAttachment = (gw: NetworkState): AttachmentConfig => ({
  networkId: gw.id,
  networkName: gw.name,
  aliases: [],
  links: [],
  sandboxOnly: true,
});

export const gatewayEndpointLabel = (containerId: string): string => `gateway_${containerId.slice(0, 12)}`;
