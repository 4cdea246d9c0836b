/**
 * `NetworkSettings` of `docker inspect <ctr>` in the profile's layout (docker-facts.md §9.3).
 */
import type { ContainerState, EngineProfile, HostState } from '@docknet/core';
import { goMapOf, type GoJson, type GoJsonStruct } from '../go-json/go-json-value.js';
import { containerPortMap } from '../port/container-ports.js';
import { endpointSettingsJson } from './endpoint-settings.js';

/** `Ports` as JSON: `{"80/tcp": [{"HostIp": …, "HostPort": …}], "443/tcp": null}`. */
export function portsJson(container: ContainerState): ReadonlyMap<string, GoJson> {
  const entries: [string, GoJson][] = [];
  for (const [key, bindings] of containerPortMap(container)) {
    entries.push([key, bindings === null ? null : bindings.map((b) => ({ HostIp: b.hostIp, HostPort: b.hostPort }))]);
  }
  return goMapOf(entries);
}

/**
 * `Networks`: the container's attachments keyed by network name (a Go map, so sorted).
 * docker_gwbridge joined by the daemon for an overlay-only container lives in the sandbox
 * but not in the container's settings (`sandboxOnly`).
 */
function networksJson(host: HostState, container: ContainerState, profile: EngineProfile): ReadonlyMap<string, GoJson> {
  // A container: mode container shares another's namespace and has no networks of its own.
  if (container.networkMode.startsWith('container:')) return new Map();
  const entries: [string, GoJson][] = [];
  for (const attachment of container.attachments.values()) {
    if (attachment.sandboxOnly === true) continue;
    const network = host.networks.get(attachment.networkId);
    entries.push([network?.name ?? attachment.networkName, endpointSettingsJson(container, attachment, network, profile)]);
  }
  return goMapOf(entries);
}

/**
 * The deprecated top-level address fields. They mirror the default `bridge` network only
 * (`daemon/inspect.go getDefaultNetworkSettings`); on other networks they stay empty.
 */
function defaultBridgeFields(host: HostState, container: ContainerState): Record<string, GoJson> {
  let ep;
  for (const a of container.attachments.values()) {
    if (a.sandboxOnly === true) continue;
    const network = host.networks.get(a.networkId);
    if ((network?.name ?? a.networkName) === 'bridge' && !container.networkMode.startsWith('container:')) ep = a.endpoint;
  }
  return {
    EndpointID: ep?.id ?? '',
    Gateway: ep?.ipv4 === undefined ? '' : (ep.gateway ?? ''),
    GlobalIPv6Address: ep?.ipv6 ?? '',
    GlobalIPv6PrefixLen: ep?.ipv6 === undefined ? 0 : ep.ipv6PrefixLen,
    IPAddress: ep?.ipv4 ?? '',
    IPPrefixLen: ep?.ipv4 === undefined ? 0 : ep.ipv4PrefixLen,
    IPv6Gateway: ep?.ipv6 === undefined ? '' : (ep.ipv6Gateway ?? ''),
    MacAddress: ep?.mac ?? '',
  };
}

/**
 * The container's `NetworkSettings` object.
 *
 * @example
 * networkSettingsJson(host, web, profileFor('27')).IPAddress // '172.17.0.2'
 */
export function networkSettingsJson(host: HostState, container: ContainerState, profile: EngineProfile): GoJsonStruct {
  const sandboxId = container.sandbox?.id ?? '';
  const sandboxKey = container.sandbox?.key ?? '';
  const ports = portsJson(container);
  const networks = networksJson(host, container, profile);
  const legacyLinkLocal = {
    HairpinMode: false,
    LinkLocalIPv6Address: '',
    LinkLocalIPv6PrefixLen: 0,
  };
  const secondary = { SecondaryIPAddresses: null, SecondaryIPv6Addresses: null };
  switch (profile.containerInspectLayout) {
    case 'v29':
      return { SandboxID: sandboxId, SandboxKey: sandboxKey, Ports: ports, Networks: networks };
    case 'v25':
      return {
        Bridge: '',
        SandboxID: sandboxId,
        SandboxKey: sandboxKey,
        Ports: ports,
        ...legacyLinkLocal,
        ...secondary,
        ...defaultBridgeFields(host, container),
        Networks: networks,
      };
    case 'v24':
      return {
        Bridge: '',
        SandboxID: sandboxId,
        ...legacyLinkLocal,
        Ports: ports,
        SandboxKey: sandboxKey,
        ...secondary,
        ...defaultBridgeFields(host, container),
        Networks: networks,
      };
  }
}
