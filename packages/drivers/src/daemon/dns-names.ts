/**
 * `DNSNames` of an endpoint (docker-facts.md §7): container name, aliases, short id and an
 * explicit hostname, deduplicated, on user-defined networks only (`null` elsewhere).
 */
import type { AttachmentConfig, NetworkState } from '@docknet/core';
import { isUserDefined } from './lookup.js';

export const dnsNamesFor = (
  network: NetworkState,
  container: { readonly id: string; readonly name: string; readonly hostname: string },
  attachment: AttachmentConfig,
  hostnameGiven: boolean,
): string[] => {
  if (!isUserDefined(network)) return [];
  const names = [container.name, ...attachment.aliases, container.id.slice(0, 12)];
  if (hostnameGiven) names.push(container.hostname);
  return [...new Set(names)];
};
