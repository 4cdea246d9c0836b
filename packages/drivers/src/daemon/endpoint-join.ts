/**
 * Joining a running container to a network: address (static or lowest free), MAC by
 * profile, veth pair and interface name (docker-facts.md §1.1, §5, §8).
 */
import * as E from 'fp-ts/lib/Either.js';
import {
  daemonError,
  type Attachment,
  type AttachmentConfig,
  type ContainerState,
  type DecideContext,
  type DockerError,
  type Endpoint,
  type HostState,
  type NetworkState,
} from '@docknet/core';
import type { DaemonIds } from './ids.js';
import { ipInAnySubnet, prefixLength } from './ipam-adapter.js';
import { isUserDefined } from './lookup.js';
import { containerMac, overlayMac } from './macs.js';
import { msg } from './messages.js';

/** Running counters while one command joins several networks. */
export interface JoinCursor {
  /** Next host interface index (a veth pair takes two). */
  nextIfIndex: number;
  /** Interface indexes (`eth<N>`) in use inside the sandbox. */
  readonly usedIfaces: Set<number>;
  /** ≤v27: the sandbox's only-increasing counter. */
  nextIface: number;
  /** Ids/MACs/veth names taken so far in this command. */
  idIndex: number;
}

export const newJoinCursor = (host: HostState, container: ContainerState | undefined): JoinCursor => {
  const used = new Set<number>();
  for (const a of container?.attachments.values() ?? []) {
    const n = a.endpoint?.ifName === undefined ? NaN : Number(a.endpoint.ifName.slice(3));
    if (!Number.isNaN(n)) used.add(n);
  }
  const counter = container?.ifaceCounter ?? 0;
  return { nextIfIndex: host.nextIfIndex, usedIfaces: used, nextIface: Math.max(counter, used.size === 0 ? 0 : Math.max(...used) + 1), idIndex: 1 };
};

const nextIfaceName = (ctx: DecideContext, cursor: JoinCursor): string => {
  let n: number;
  if (ctx.profile.ifaceIndex === 'lowest-free') {
    n = 0;
    while (cursor.usedIfaces.has(n)) n++;
  } else {
    n = cursor.nextIface;
  }
  cursor.usedIfaces.add(n);
  cursor.nextIface = n + 1;
  return `eth${n}`;
};

const chooseAddress = (
  ctx: DecideContext,
  network: NetworkState,
  requested: string | undefined,
  family: 4 | 6,
): E.Either<DockerError, string | undefined> => {
  const config = (network.ipam.config ?? []).filter((c) => (c.subnet.includes(':') ? 6 : 4) === family);
  if (config.length === 0) return E.right(undefined);
  if (requested !== undefined) {
    if (ctx.profile.ipCheckedAt === 'start') {
      if (!isUserDefined(network)) return E.left(daemonError(msg.userIpOnPredefined(ctx.profile)));
      if (!config.some((c) => c.userSubnet) && !ctx.profile.ipWithoutUserSubnet) return E.left(daemonError(msg.userIpNoSubnet));
      // ≤v24 has no create-time containment check; libnetwork's assignAddressVersion refuses it here.
      if (!ipInAnySubnet(requested, config.map((c) => c.subnet))) return E.left(daemonError(msg.ipNotInNetworkSubnets(requested)));
    }
    const refusal = network.pools.refuseStatic(requested);
    return refusal === undefined ? E.right(requested) : E.left(daemonError(refusal, 'conflict'));
  }
  const ip = network.pools.nextDynamic(family);
  return ip === undefined
    ? E.left(daemonError(msg.noAddresses(family, network.name, network.id), 'unavailable'))
    : E.right(ip);
};

/**
 * Decides the endpoint for `container` on `network`. Host and none networks get an
 * endpoint without address or interface (they share the host's or have only `lo`).
 */
export const decideEndpoint = (
  ctx: DecideContext,
  ids: DaemonIds,
  cursor: JoinCursor,
  container: { readonly id: string },
  network: NetworkState,
  attachment: AttachmentConfig | Attachment,
): E.Either<DockerError, Endpoint> => {
  const id = ids.hex('endpoint', cursor.idIndex);
  const index = cursor.idIndex++;
  const base = { id, networkId: network.id, containerId: container.id, ipv4PrefixLen: 0, ipv6PrefixLen: 0 };
  if (network.driver === 'host' || network.driver === 'null') return E.right({ ...base, mac: '' });
  const v4 = chooseAddress(ctx, network, attachment.ipv4, 4);
  if (E.isLeft(v4)) return v4;
  const v6 = chooseAddress(ctx, network, attachment.ipv6, 6);
  if (E.isLeft(v6)) return v6;
  const v4Config = (network.ipam.config ?? []).find((c) => !c.subnet.includes(':'));
  const v6Config = (network.ipam.config ?? []).find((c) => c.subnet.includes(':'));
  const ifName = nextIfaceName(ctx, cursor);
  const ifIndex = cursor.nextIfIndex;
  cursor.nextIfIndex += 2;
  // The overlay driver gives its endpoints no gateway (the sandbox routes out via docker_gwbridge).
  const noGateway = network.internal || network.driver === 'overlay';
  const gateway = noGateway ? undefined : v4Config?.gateway;
  const v6Gateway = noGateway ? undefined : v6Config?.gateway;
  return E.right({
    ...base,
    mac: attachment.mac ?? (network.driver === 'overlay' ? overlayMac(ids, index, v4.right) : containerMac(ctx, ids, index, v4.right)),
    ...(v4.right === undefined || v4Config === undefined
      ? {}
      : { ipv4: v4.right, ipv4PrefixLen: prefixLength(v4Config.subnet) }),
    ...(gateway === undefined ? {} : { gateway }),
    ...(v6.right === undefined || v6Config === undefined
      ? {}
      : { ipv6: v6.right, ipv6PrefixLen: prefixLength(v6Config.subnet) }),
    ...(v6Gateway === undefined ? {} : { ipv6Gateway: v6Gateway }),
    ifName,
    ifIndex,
    veth: { name: ids.veth(index), ifIndex: ifIndex + 1 },
  });
};
