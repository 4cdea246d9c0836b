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
