/**
 * `docker network create`: name rules, driver choice, IPAM (validation, subnet pick,
 * gateway), bridge options and device naming (docker-facts.md §2, §3).
 */
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import {
  daemonError,
  type CommandHandler,
  type CreateNetwork,
  type DecideContext,
  type DockerError,
  type HostState,
  type IpamConfigEntry,
  type NetworkRecord,
} from '@docknet/core';
import { idsFor } from './ids.js';
import { PREDEFINED_NETWORK_NAMES } from './lookup.js';
import { msg } from './messages.js';
import { firstGateway, pickLocalSubnet, subnetOverlaps, ulaSubnet, validateIpamRequest, type IpamEntry } from './ipam-adapter.js';
import { bridgeMac } from './macs.js';
import { createSwarmNetwork, wantsSwarmScope } from './swarm/overlay-network.js';

const BRIDGE_NAME_OPTION = 'com.docker.network.bridge.name';
const BOOL_OPTIONS = [
  'com.docker.network.bridge.enable_icc',
  'com.docker.network.bridge.enable_ip_masquerade',
  'com.docker.network.bridge.inhibit_ipv4',
] as const;

const PARSE_BOOL = new Set(['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False']);

/** All subnets in use by the host's local networks (the address space Docker checks overlaps in). */
export const localSubnets = (host: HostState): string[] =>
  [...host.networks.values()]
    .filter((n) => n.scope === 'local')
    .flatMap((n) => (n.ipam.config ?? []).map((c) => c.subnet));

/** On-link networks of the host's own interfaces: excluded from predefined pools (§2.2). */
export const hostRoutes = (host: HostState): string[] =>
  host.interfaces.flatMap((i) => (i.ipv4 === undefined ? [] : [i.ipv4]));

/** An `IPAM.Config` entry for a validated request entry (also used for swarm networks). */
export const toConfigEntry = (e: IpamEntry, gateway: string | undefined, userSubnet: boolean): IpamConfigEntry => ({
  subnet: e.subnet,
  ...(e.ipRange === undefined ? {} : { ipRange: e.ipRange }),
  ...(gateway === undefined ? {} : { gateway }),
  ...(Object.keys(e.aux).length === 0 ? {} : { auxAddresses: e.aux }),
  userSubnet,
  userGateway: e.gateway !== undefined,
});

const checkName = (host: HostState, name: string): E.Either<DockerError, string> => {
  if (PREDEFINED_NETWORK_NAMES.has(name)) return E.left(daemonError(msg.predefinedNetwork(name), 'forbidden'));
  if (host.networkIdsByName.has(name)) return E.left(daemonError(msg.networkExists(name), 'conflict'));
  return E.right(name);
};

const checkDriver = (host: HostState, driver: string): E.Either<DockerError, string> => {
  if (driver === 'bridge') return E.right(driver);
  if (driver === 'host' || driver === 'null') return E.left(daemonError(msg.onlyOneInstance(driver), 'forbidden'));
  void host;
  return E.left(daemonError(msg.pluginNotFound(driver), 'not-found'));
};

const checkOptions = (options: Readonly<Record<string, string>>): E.Either<DockerError, void> => {
  for (const key of BOOL_OPTIONS) {
    const v = options[key];
    if (v !== undefined && !PARSE_BOOL.has(v)) return E.left(daemonError(msg.parseBool(key, v)));
  }
  return E.right(undefined);
};

/** Chooses subnets and gateways for every family the network has. */
const planIpam = (
  ctx: DecideContext,
  host: HostState,
  cmd: CreateNetwork,
  entries: readonly IpamEntry[],
): E.Either<DockerError, { config: IpamConfigEntry[]; poolCursor?: number }> => {
  const v4 = entries.filter((e) => e.family === 4);
  const v6 = entries.filter((e) => e.family === 6);
  if (v4.length > 1) return E.left(daemonError(msg.multipleSubnets));
  const inUse = localSubnets(host);
  for (const e of entries) {
    if (inUse.some((s) => subnetOverlaps(s, e.subnet))) return E.left(daemonError(msg.poolOverlap(ctx.profile), 'forbidden'));
  }
  const config: IpamConfigEntry[] = [];
  let poolCursor: number | undefined;
  const [userV4] = v4;
  if (userV4 !== undefined) {
    config.push(toConfigEntry(userV4, userV4.gateway ?? firstGateway(userV4, ctx.profile), true));
  } else if (cmd.ipv4) {
    const picked = pickLocalSubnet(ctx.profile, 4, inUse, hostRoutes(host), host.poolCursor);
    if (E.isLeft(picked)) return E.left(daemonError(picked.left, 'unavailable'));
    poolCursor = picked.right.cursor;
    const entry: IpamEntry = { family: 4, subnet: picked.right.subnet, aux: {} };
    config.push(toConfigEntry(entry, firstGateway(entry, ctx.profile), false));
  }
  if (cmd.ipv6) {
    if (v6.length > 0) {
      for (const e of v6) config.push(toConfigEntry(e, e.gateway ?? firstGateway(e, ctx.profile), true));
    } else {
      const ula = ulaSubnet(ctx.profile, host.engineId, inUse);
      if (E.isLeft(ula)) return E.left(daemonError(ula.left, 'unavailable'));
      const entry: IpamEntry = { family: 6, subnet: ula.right, aux: {} };
      config.push(toConfigEntry(entry, firstGateway(entry, ctx.profile), false));
    }
  }
  return E.right(poolCursor === undefined ? { config } : { config, poolCursor });
};

const checkBridgeName = (host: HostState, id: string, name: string): E.Either<DockerError, string> => {
  const clash = [...host.networks.values()].find((n) => n.bridge?.name === name);
  return clash === undefined
    ? E.right(name)
    : E.left(daemonError(msg.bridgeNameConflict(id, name, clash.id), 'forbidden'));
};

export const createNetwork: CommandHandler<CreateNetwork> = (ctx, cmd) => {
  const host = ctx.host;
  if (host === undefined) return E.left(daemonError('no host'));
  if (wantsSwarmScope(cmd)) {
    return pipe(
      checkName(host, cmd.name),
      E.chain(() => checkOptions(cmd.options)),
      E.chain(() => createSwarmNetwork(ctx, cmd)),
    );
  }
  const ids = idsFor(ctx);
  const id = ids.hex('network');
  return pipe(
    checkName(host, cmd.name),
    E.chain(() => checkDriver(host, cmd.driver)),
    E.chain(() => checkOptions(cmd.options)),
    E.chain(() => validateIpamRequest(cmd, ctx.profile)),
    E.chain((entries) => planIpam(ctx, host, cmd, entries)),
    E.chain((plan) =>
      pipe(
        checkBridgeName(host, id, cmd.options[BRIDGE_NAME_OPTION] ?? `br-${id.slice(0, 12)}`),
        E.map((bridgeName) => {
          const network: NetworkRecord = {
            id,
            name: cmd.name,
            driver: cmd.driver,
            scope: 'local',
            created: ctx.at,
            enableIPv4: cmd.ipv4,
            enableIPv6: cmd.ipv6,
            internal: cmd.internal,
            attachable: cmd.attachable,
            ingress: cmd.ingress,
            ipam: { driver: cmd.ipamDriver, options: { ...cmd.ipamOptions }, config: plan.config },
            options: { ...cmd.options },
            labels: { ...cmd.labels },
            predefined: false,
            bridge: { name: bridgeName, mac: bridgeMac(ctx, ids), ifIndex: host.nextIfIndex, mtu: 1500 },
          };
          return [
            {
              type: 'NetworkCreated' as const,
              data: plan.poolCursor === undefined ? { network } : { network, poolCursor: plan.poolCursor },
            },
          ];
        }),
      ),
    ),
  );
};
