/**
 * A Docker host comes up: its interfaces, then the three predefined networks the daemon
 * creates at start (docker-facts.md §2.2, §9.2): `bridge` on docker0 with the first free
 * predefined pool, `host` and `none`.
 */
import * as E from 'fp-ts/lib/Either.js';
import {
  daemonError,
  engineId,
  type BootHost,
  type CommandHandler,
  type EventBody,
  type HostInterface,
  type NetworkRecord,
} from '@docknet/core';
import { idsFor } from './ids.js';
import { firstGateway, pickLocalSubnet } from './ipam-adapter.js';
import { bridgeMac } from './macs.js';

/** Options of the default bridge, exactly as `docker network inspect bridge` shows them. */
export const DEFAULT_BRIDGE_OPTIONS: Readonly<Record<string, string>> = {
  'com.docker.network.bridge.default_bridge': 'true',
  'com.docker.network.bridge.enable_icc': 'true',
  'com.docker.network.bridge.enable_ip_masquerade': 'true',
  'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
  'com.docker.network.bridge.name': 'docker0',
  'com.docker.network.driver.mtu': '1500',
};

const predefined = (
  id: string,
  name: string,
  driver: string,
  at: string,
  extra: Partial<NetworkRecord> = {},
): NetworkRecord => ({
  id,
  name,
  driver,
  scope: 'local',
  created: at,
  enableIPv4: true,
  enableIPv6: false,
  internal: false,
  attachable: false,
  ingress: false,
  ipam: { driver: 'default', options: null, config: null },
  options: {},
  labels: {},
  predefined: true,
  ...extra,
});

export const bootHost: CommandHandler<BootHost> = (ctx, cmd) => {
  if (ctx.state.hosts.has(ctx.hostName)) return E.left(daemonError(`host ${ctx.hostName} is already up`, 'conflict'));
  const ids = idsFor(ctx);
  const interfaces: HostInterface[] = cmd.interfaces.map((i, k) => ({
    name: i.name,
    mac: i.mac ?? ids.mac(k),
    ifIndex: k + 2,
    ...(i.ipv4 === undefined ? {} : { ipv4: i.ipv4 }),
  }));
  const docker0Index = interfaces.length + 2;
  const routes = interfaces.flatMap((i) => (i.ipv4 === undefined ? [] : [i.ipv4]));
  const picked = pickLocalSubnet(ctx.profile, 4, [], routes, 0);
  if (E.isLeft(picked)) return E.left(daemonError(picked.left, 'unavailable'));
  const subnet = picked.right.subnet;
  const gateway = firstGateway({ subnet }, ctx.profile);
  const bridge = predefined(ids.hex('network', 0), 'bridge', 'bridge', ctx.at, {
    ipam: {
      driver: 'default',
      options: null,
      config: [{ subnet, ...(gateway === undefined ? {} : { gateway }), userSubnet: false, userGateway: false }],
    },
    options: DEFAULT_BRIDGE_OPTIONS,
    bridge: { name: 'docker0', mac: bridgeMac(ctx, ids), ifIndex: docker0Index, mtu: 1500 },
  });
  const events: EventBody[] = [
    { type: 'HostBooted', data: { engineId: engineId(ctx.state.seed, ctx.hostName), interfaces, nextIfIndex: docker0Index } },
    { type: 'NetworkCreated', data: { network: bridge, poolCursor: picked.right.cursor } },
    { type: 'NetworkCreated', data: { network: predefined(ids.hex('network', 1), 'host', 'host', ctx.at) } },
    { type: 'NetworkCreated', data: { network: predefined(ids.hex('network', 2), 'none', 'null', ctx.at) } },
  ];
  return E.right(events);
};
