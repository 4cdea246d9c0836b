/**
 * A deliberately wrong daemon for tests of `docknet check` itself: its start handler hands
 * every later container on a network the address of the first one already there (a used
 * IP), the kind of allocator bug check exists to catch.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { DriverRegistry, EventBody } from '@docknet/core';
import { daemonRegistry } from '@docknet/drivers';

const reuseFirstAddress = (body: EventBody, usedOn: (networkId: string) => string | undefined): EventBody => {
  if (body.type !== 'EndpointJoined' || body.data.endpoint.ipv4 === undefined) return body;
  const used = usedOn(body.data.endpoint.networkId);
  return used === undefined ? body : { ...body, data: { endpoint: { ...body.data.endpoint, ipv4: used } } };
};

export const reusedAddressRegistry: DriverRegistry = {
  ...daemonRegistry,
  handlers: {
    ...daemonRegistry.handlers,
    StartContainer: (ctx, command) =>
      E.map((bodies: readonly EventBody[]) =>
        bodies.map((b) =>
          reuseFirstAddress(b, (networkId) => [...(ctx.host?.networks.get(networkId)?.endpoints.values() ?? [])].find((ep) => ep.ipv4 !== undefined)?.ipv4),
        ),
      )(daemonRegistry.handlers.StartContainer(ctx, command)),
  },
};

/** Pools that never take an address back: a stopped container's address leaks. */
export const leakyPoolsRegistry: DriverRegistry = {
  ...daemonRegistry,
  openPools: (network, profile) => {
    const pools = daemonRegistry.openPools(network, profile);
    return {
      nextDynamic: (family) => pools.nextDynamic(family),
      refuseStatic: (ip) => pools.refuseStatic(ip),
      usage: () => pools.usage(),
      allocate: (ip, kind) => pools.allocate(ip, kind),
      release: () => undefined,
      toJSON: () => pools.toJSON(),
    };
  },
};

/** A port table that never frees a port. */
export const leakyPortsRegistry: DriverRegistry = {
  ...daemonRegistry,
  openPortTable: () => {
    const table = daemonRegistry.openPortTable();
    return {
      isBound: (proto, hostIp, port) => table.isBound(proto, hostIp, port),
      nextEphemeral: (proto, hostIp, lo, hi, taken) => table.nextEphemeral(proto, hostIp, lo, hi, taken),
      bind: (proto, hostIp, port, ephemeral) => table.bind(proto, hostIp, port, ephemeral),
      release: () => undefined,
      toJSON: () => table.toJSON(),
    };
  },
};

/** A stop handler that touches the state while refusing (decide must be pure). */
export const mutatingRefusalRegistry: DriverRegistry = {
  ...daemonRegistry,
  handlers: {
    ...daemonRegistry.handlers,
    StopContainer: (ctx, command) => {
      const decided = daemonRegistry.handlers.StopContainer(ctx, command);
      if (E.isLeft(decided) && ctx.host !== undefined) ctx.host.poolCursor += 1;
      return decided;
    },
  },
};

/** A stop that forgets to release the container's host ports. */
export const portsKeptOnStopRegistry: DriverRegistry = {
  ...daemonRegistry,
  handlers: {
    ...daemonRegistry.handlers,
    StopContainer: (ctx, command) =>
      E.map((bodies: readonly EventBody[]) => bodies.filter((b) => b.type !== 'PortsReleased'))(daemonRegistry.handlers.StopContainer(ctx, command)),
  },
};
