/**
 * MAC addresses by profile (docker-facts.md §5): ≤v27 derives a container's MAC from its
 * IPv4 address; v28+ is random (seeded here). Bridge devices were `02:42:` + 4 random
 * bytes on the older engines (as `brctl show` in the 2020 tutorials shows) and fully random on v28+.
 */
import * as E from 'fp-ts/lib/Either.js';
import { macFromIPv4, type DecideContext } from '@docknet/core';
import type { DaemonIds } from './ids.js';

export const containerMac = (ctx: DecideContext, ids: DaemonIds, index: number, ipv4: string | undefined): string =>
  {
  if (ctx.profile.macAddress !== 'from-ipv4' || ipv4 === undefined) return ids.mac(index);
  const derived = macFromIPv4(ipv4);
  return E.isRight(derived) ? derived.right : ids.mac(index);
};

export const bridgeMac = (ctx: DecideContext, ids: DaemonIds): string => {
  const random = ids.mac(PER_BRIDGE_INDEX);
  return ctx.profile.macAddress === 'from-ipv4' ? `02:42:${random.slice(6)}` : random;
};

/** Index reserved for the bridge device's MAC among a command's ids. */
const PER_BRIDGE_INDEX = 63;

/**
 * The overlay driver derives an endpoint's MAC from its IPv4 address on every version
 * (`drivers/overlay/ov_endpoint.go CreateEndpoint`: `netutils.GenerateMACFromIP`).
 */
export const overlayMac = (ids: DaemonIds, index: number, ipv4: string | undefined): string => {
  if (ipv4 === undefined) return ids.mac(index);
  const derived = macFromIPv4(ipv4);
  return E.isRight(derived) ? derived.right : ids.mac(index);
};
