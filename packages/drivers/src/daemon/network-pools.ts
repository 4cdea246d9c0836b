/**
 * A network's address pools (one IPAM pool per configured subnet) behind core's
 * `AddressPools` interface. Created by evolve on `NetworkCreated`, with the gateway and
 * aux addresses reserved as the daemon reserves them at network creation.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { AddressPools, EngineProfile, NetworkRecord } from '@docknet/core';
import { contains, createPool, ipFamily, restorePool, type IpamPool, type IpamPoolSnapshot } from '../ipam/index.js';

export class NetworkPools implements AddressPools {
  constructor(private readonly pools: readonly IpamPool[]) {}

  private poolFor(ip: string): IpamPool | undefined {
    return this.pools.find((p) => p.contains(ip));
  }

  nextDynamic(family: 4 | 6): string | undefined {
    for (const p of this.pools) {
      if (p.family !== family) continue;
      const ip = p.nextDynamic();
      if (ip !== undefined) return ip;
    }
    return undefined;
  }

  refuseStatic(ip: string): string | undefined {
    const pool = this.poolFor(ip);
    if (pool === undefined) return 'requested address is out of range';
    const checked = pool.checkStatic(ip);
    return E.isLeft(checked) ? checked.left : undefined;
  }

  usage(): readonly { subnet: string; ipsInUse: number; dynamicIpsAvailable: number }[] {
    return this.pools.map((p) => {
      const s = p.status();
      return { subnet: p.subnet, ipsInUse: Number(s.ipsInUse), dynamicIpsAvailable: Number(s.dynamicIpsAvailable) };
    });
  }

  /**
   * The pool `evolve`'s `allocate`/`release` go to. With one pool (most networks) it is
   * that pool: its own methods ignore an address outside it, and skipping `contains`
   * saves parsing every address twice when a log is folded.
   */
  private mutatedPool(ip: string): IpamPool | undefined {
    return this.pools.length === 1 ? this.pools[0] : this.poolFor(ip);
  }

  allocate(ip: string, kind: 'dynamic' | 'static'): void {
    this.mutatedPool(ip)?.allocate(ip, kind);
  }

  release(ip: string): void {
    this.mutatedPool(ip)?.release(ip);
  }

  toJSON(): unknown {
    return this.pools.map((p) => p.toJSON());
  }
}

/** `DriverRegistry.openPools`: pools for a created network, gateway and aux addresses taken. */
export const openNetworkPools = (network: NetworkRecord, profile: EngineProfile): AddressPools => {
  const pools: IpamPool[] = [];
  for (const c of network.ipam.config ?? []) {
    const created = createPool({
      subnet: c.subnet,
      reserve: profile.reservedAddresses,
      order: network.scope === 'swarm' ? 'serial' : 'lowest-free',
      ...(c.ipRange === undefined ? {} : { ipRange: c.ipRange }),
    });
    if (E.isLeft(created)) continue; // decide validated the config; evolve stays total
    const pool = created.right;
    if (c.gateway !== undefined && contains(c.subnet, c.gateway)) pool.allocate(c.gateway, c.userGateway ? 'static' : 'dynamic');
    for (const aux of Object.values(c.auxAddresses ?? {})) {
      if (ipFamily(aux) === pool.family && pool.contains(aux)) pool.allocate(aux, 'static');
    }
    pools.push(pool);
  }
  return new NetworkPools(pools);
};

const isRunValue = (v: unknown): boolean => typeof v === 'number' || typeof v === 'string';

/** The shape of {@link IpamPool.toJSON} output; `restorePool` checks the values. */
const isPoolSnapshot = (u: unknown): u is IpamPoolSnapshot => {
  if (typeof u !== 'object' || u === null) return false;
  const p = u as Record<string, unknown>;
  return (
    typeof p['subnet'] === 'string' &&
    (p['ipRange'] === undefined || typeof p['ipRange'] === 'string') &&
    (p['reserve'] === 'v27' || p['reserve'] === 'legacy') &&
    (p['order'] === 'lowest-free' || p['order'] === 'serial') &&
    isRunValue(p['cursor']) &&
    Array.isArray(p['allocated']) &&
    p['allocated'].every((r: unknown) => Array.isArray(r) && r.length === 2 && isRunValue(r[0]) && isRunValue(r[1]))
  );
};

/** `DriverRegistry.restorePools`: a network's pools from {@link NetworkPools.toJSON} output. */
export const restoreNetworkPools = (_network: NetworkRecord, snapshot: unknown, _profile: EngineProfile): E.Either<string, AddressPools> => {
  if (!Array.isArray(snapshot)) return E.left('expected an array of pool snapshots');
  const pools: IpamPool[] = [];
  for (const [i, entry] of snapshot.entries()) {
    if (!isPoolSnapshot(entry)) return E.left(`pool ${i}: not a pool snapshot`);
    const pool = restorePool(entry);
    if (E.isLeft(pool)) return E.left(`pool ${i}: ${pool.left}`);
    pools.push(pool.right);
  }
  return E.right(new NetworkPools(pools));
};
