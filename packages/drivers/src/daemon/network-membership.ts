/**
 * `docker network connect|disconnect|rm` (docker-facts.md §3.4, §8).
 */
import * as E from 'fp-ts/lib/Either.js';
import {
  daemonError,
  type AttachmentConfig,
  type CommandHandler,
  type ConnectNetwork,
  type ContainerState,
  type DecideContext,
  type DisconnectNetwork,
  type DockerError,
  type EventBody,
  type HostState,
  type NetworkState,
  type RemoveNetwork,
} from '@docknet/core';
import { dnsNamesFor } from './dns-names.js';
import { decideEndpoint, newJoinCursor } from './endpoint-join.js';
import { idsFor } from './ids.js';
import { ipFamily, ipInAnySubnet } from './ipam-adapter.js';
import { findContainer, findNetwork, isUserDefined } from './lookup.js';
import { msg } from './messages.js';
import { removeSwarmNetwork } from './swarm/overlay-network.js';

const RUNNING = new Set(['running', 'paused', 'restarting']);

/** The host, network and container a connect/disconnect names, found as the daemon finds them (network first). */
const resolveMembership = (
  ctx: DecideContext,
  networkRef: string,
  containerRef: string,
): E.Either<DockerError, { host: HostState; network: NetworkState; container: ContainerState }> => {
  const host = ctx.host;
  if (host === undefined) return E.left(daemonError('no host'));
  const network = findNetwork(host, networkRef);
  if (E.isLeft(network)) return network;
  const container = findContainer(host, containerRef);
  if (E.isLeft(container)) return container;
  return E.right({ host, network: network.right, container: container.right });
};

export const connectNetwork: CommandHandler<ConnectNetwork> = (ctx, cmd) => {
  const resolved = resolveMembership(ctx, cmd.network, cmd.container);
  if (E.isLeft(resolved)) return resolved;
  const { host, network, container: c } = resolved.right;
  if (c.networkMode.startsWith('container:') || c.networkMode === 'host') {
    return E.left(daemonError(network.driver === 'host' ? msg.connectHost(ctx.profile) : msg.sharedNamespaceConnect, 'forbidden'));
  }
  if (network.driver === 'host') return E.left(daemonError(msg.connectHost(ctx.profile), 'forbidden'));
  const current = [...c.attachments.values()];
  const inNone = current.some((a) => host.networks.get(a.networkId)?.driver === 'null');
  if (network.driver === 'null' || inNone) {
    if (!(current.length === 1 && current[0]?.networkId === network.id)) return E.left(daemonError(msg.noneWithOthers, 'forbidden'));
  }
  const running = RUNNING.has(c.status);
  if (cmd.aliases.length > 0 && !isUserDefined(network)) return E.left(daemonError(msg.aliasOnPredefined(ctx.profile)));
  const ips = [cmd.ipv4, cmd.ipv6].filter((x): x is string => x !== undefined);
  if (ips.length > 0) {
    // v25+ validates endpoint settings up front and wraps the reasons; ≤v24 returned the bare
    // runconfig errors and left containment to libnetwork when the endpoint is created (§4.2).
    const legacy = ctx.profile.ipCheckedAt === 'start';
    const wrap = (reason: string) => daemonError(legacy ? reason : `invalid endpoint settings:\n${reason}`);
    if (!isUserDefined(network)) return E.left(wrap(msg.userIpOnPredefined(ctx.profile)));
    if (!(network.ipam.config ?? []).some((x) => x.userSubnet) && !ctx.profile.ipWithoutUserSubnet) {
      return E.left(wrap(msg.userIpNoSubnet));
    }
    for (const ip of legacy ? [] : ips) {
      const family = ipFamily(ip);
      if (family === undefined) return E.left(wrap(msg.invalidIp(ip.includes(':') ? 6 : 4, ip)));
      if (!ipInAnySubnet(ip, (network.ipam.config ?? []).map((x) => x.subnet))) return E.left(wrap(msg.ipOutsideSubnets(ctx.profile, ip)));
    }
  }
  // The endpoint settings are validated first (`updateNetworkConfig`); then a running
  // container cannot get a second endpoint, while a stopped one just has its settings replaced.
  if (c.attachments.has(network.id) && running) return E.left(daemonError(msg.endpointExists(c.name, network.name), 'forbidden'));
  const attachment: AttachmentConfig = {
    networkId: network.id,
    networkName: network.name,
    aliases: [...cmd.aliases],
    links: [...cmd.links],
    ...(cmd.ipv4 === undefined ? {} : { ipv4: cmd.ipv4 }),
    ...(cmd.ipv6 === undefined ? {} : { ipv6: cmd.ipv6 }),
  };
  const events: EventBody[] = [
    { type: 'NetworkConnected', data: { containerId: c.id, attachment, dnsNames: dnsNamesFor(network, c, attachment, c.hostname !== c.id.slice(0, 12)) } },
  ];
  if (!running) return E.right(events);
  const ep = decideEndpoint(ctx, idsFor(ctx), newJoinCursor(host, c), c, network, attachment);
  if (E.isLeft(ep)) return ep;
  events.push({ type: 'EndpointJoined', data: { endpoint: ep.right } });
  return E.right(events);
};

export const disconnectNetwork: CommandHandler<DisconnectNetwork> = (ctx, cmd) => {
  const resolved = resolveMembership(ctx, cmd.network, cmd.container);
  if (E.isLeft(resolved)) return resolved;
  const { host, network, container: c } = resolved.right;
  const running = RUNNING.has(c.status);
  if (c.networkMode === 'host' && network.driver === 'host') return E.left(daemonError(msg.disconnectHost(ctx.profile), 'forbidden'));
  const attachment = c.attachments.get(network.id);
  if (attachment === undefined) return E.left(daemonError(msg.notConnected(c.id, network.name, running), 'forbidden'));
  const events: EventBody[] = [];
  if (attachment.endpoint !== undefined) {
    events.push({ type: 'EndpointLeft', data: { containerId: c.id, networkId: network.id, endpointId: attachment.endpoint.id } });
  }
  events.push({ type: 'NetworkDisconnected', data: { containerId: c.id, networkId: network.id } });
  return E.right(events);
};

export const removeNetwork: CommandHandler<RemoveNetwork> = (ctx, cmd) => {
  const host = ctx.host;
  if (host === undefined) return E.left(daemonError('no host'));
  const found = findNetwork(host, cmd.ref);
  if (E.isLeft(found)) return found;
  const network = found.right;
  if (network.predefined) return E.left(daemonError(msg.predefinedRemove(network.name), 'forbidden'));
  if (network.scope === 'swarm') return removeSwarmNetwork(ctx, network);
  if (network.endpoints.size > 0) {
    const eps = [...network.endpoints.values()].map((ep) => ({ name: host.containers.get(ep.containerId)?.name ?? '', id: ep.id }));
    return E.left(daemonError(msg.activeEndpoints(ctx.profile, network, eps), 'forbidden'));
  }
  return E.right([{ type: 'NetworkRemoved', data: { networkId: network.id } }]);
};
