/**
 * IPAM invariants over random create/run/stop/rm/connect/disconnect sequences on random
 * subnets, ip-ranges, gateways and aux addresses (docker-facts.md §1, §2), on every profile:
 *
 * - no two live endpoints of a network share an address;
 * - every address lies inside its subnet, and a dynamic one inside its ip-range;
 * - network, broadcast, gateway and aux addresses are never handed out;
 * - user networks' subnets never overlap;
 * - lowest free: a dynamic address is the smallest free one of its (sub)pool.
 *
 * The expectations are computed from an independent model of the pool (plain bigints and
 * sets), not from the allocator under test.
 */
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  makeEngine,
  PROFILE_IDS,
  type Command,
  type EngineState,
  type EventEnvelope,
  type HostState,
  type NetworkState,
  type ProfileId,
} from '@docknet/core';
import { formatIpAddress, lastAddress, networkAddress, parseIpAddress, parseNetCidr } from '../ipam/index.js';
import { daemonRegistry } from './registry.js';
import {
  bootHost,
  connect,
  createContainer,
  createNetwork,
  disconnect,
  kill,
  removeContainer,
  removeNetwork,
  start,
  stop,
  type NetworkInput,
} from './testing/command-builders.js';
import { SPEC_AT, SPEC_EPOCH, SPEC_HOST } from './testing/decider-spec.js';

const NUM_RUNS = process.env['DOCKNET_DEEP'] === undefined ? 150 : 3000;
const engine = makeEngine(daemonRegistry);

const CONTAINERS = ['c0', 'c1', 'c2', 'c3', 'c4'] as const;
const NETWORKS = ['n0', 'n1', 'n2'] as const;

// ---------------------------------------------------------------------------------------
// The model: which addresses a pool must never hand out, and the lowest free one.

interface Block {
  readonly first: bigint;
  readonly last: bigint;
  readonly bits: number;
  readonly prefix: number;
}

const blockOf = (cidr: string): Block => {
  const c = parseNetCidr(cidr);
  if (E.isLeft(c)) throw new Error(`bad cidr ${cidr}`);
  const bits = cidr.includes(':') ? 128 : 32;
  return { first: networkAddress(c.right), last: lastAddress(c.right), bits, prefix: c.right.prefixLength };
};

const valueOf = (ip: string): bigint => {
  const p = parseIpAddress(ip);
  if (E.isLeft(p)) throw new Error(`bad ip ${ip}`);
  return p.right.value;
};

const inBlock = (b: Block, v: bigint): boolean => v >= b.first && v <= b.last;

/**
 * Addresses of a subnet that are never handed out: v27+ reserves the network and broadcast
 * addresses of IPv4 subnets larger than /31 and the first IPv6 address; ≤v26 always reserves
 * offset 0 and, for IPv4, the last address (§1.2).
 */
const reservedOf = (profile: ProfileId, subnet: Block): bigint[] => {
  const legacy = profile === '20.10';
  if (subnet.bits === 128) return [subnet.first];
  if (legacy) return subnet.first === subnet.last ? [subnet.first] : [subnet.first, subnet.last];
  return subnet.prefix >= 31 ? [] : [subnet.first, subnet.last];
};

/** What the model says about one IPv4 config entry of a network right now. */
interface PoolModel {
  readonly subnet: Block;
  readonly range: Block;
  /** Never handed out to a container: reserved, gateway, aux. */
  readonly forbidden: ReadonlySet<bigint>;
  /** Taken by live endpoints. */
  readonly live: Set<bigint>;
}

const poolModels = (profile: ProfileId, network: NetworkState): PoolModel[] =>
  (network.ipam.config ?? [])
    .filter((c) => !c.subnet.includes(':'))
    .map((c) => {
      const subnet = blockOf(c.subnet);
      const forbidden = new Set<bigint>(reservedOf(profile, subnet));
      if (c.gateway !== undefined) forbidden.add(valueOf(c.gateway));
      for (const aux of Object.values(c.auxAddresses ?? {})) forbidden.add(valueOf(aux));
      const live = new Set<bigint>();
      for (const ep of network.endpoints.values()) if (ep.ipv4 !== undefined && inBlock(subnet, valueOf(ep.ipv4))) live.add(valueOf(ep.ipv4));
      return { subnet, range: c.ipRange === undefined ? subnet : blockOf(c.ipRange), forbidden, live };
    });

/** The smallest address of the range that is neither forbidden nor live. */
const lowestFree = (pool: PoolModel): bigint | undefined => {
  for (let v = pool.range.first; v <= pool.range.last; v++) {
    if (!pool.forbidden.has(v) && !pool.live.has(v)) return v;
  }
  return undefined;
};

// ---------------------------------------------------------------------------------------
// Random inputs.

const v4 = (v: bigint): string => formatIpAddress({ family: 4, value: v });

/**
 * A small IPv4 subnet `10.a.b.x/len` with an optional ip-range, gateway and aux addresses;
 * `b` follows the network's name (n1 → 10.a.1.0), so static addresses often fall inside
 * and subnets still collide when `a` repeats or a /24 is recreated.
 */
const userSubnet = (b: number) => fc
  .record({
    a: fc.integer({ min: 0, max: 1 }),
    len: fc.integer({ min: 24, max: 31 }),
    rangeExtra: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    rangeHalf: fc.nat({ max: 7 }),
    gateway: fc.option(fc.nat({ max: 255 }), { nil: undefined }),
    aux: fc.uniqueArray(fc.nat({ max: 255 }), { maxLength: 3 }),
  })
  .map(({ a, len, rangeExtra, rangeHalf, gateway, aux }) => {
    const size = 2 ** (32 - len);
    const base = valueOf(`10.${a}.${b}.0`);
    const at = (offset: number) => v4(base + BigInt(offset % size));
    const rangeLen = rangeExtra === undefined ? undefined : Math.min(32, len + rangeExtra);
    const rangeSize = rangeLen === undefined ? size : 2 ** (32 - rangeLen);
    const rangeStart = ((rangeHalf * rangeSize) % size) | 0;
    return {
      subnets: [`10.${a}.${b}.0/${len}`],
      ipRanges: rangeLen === undefined ? [] : [`${at(rangeStart)}/${rangeLen}`],
      gateways: gateway === undefined ? [] : [at(gateway)],
      auxAddresses: aux.map((o, i) => `aux${i}=${at(o)}`),
    };
  });

const createNetworkCommand = fc
  .nat({ max: NETWORKS.length - 1 })
  .chain((i) => fc.record({ name: fc.constant(NETWORKS[i] ?? 'n0'), subnet: fc.option(userSubnet(i), { nil: undefined, freq: 4 }) }))
  .map(({ name, subnet }) => createNetwork({ name, ...(subnet ?? {}) }));

const containerName = fc.constantFrom(...CONTAINERS);
const networkRef = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...NETWORKS) }, { weight: 1, arbitrary: fc.constant('bridge') });
/** A user network and a static address that often lies in its subnet. */
const staticOn = fc
  .record({ i: fc.nat({ max: NETWORKS.length - 1 }), a: fc.integer({ min: 0, max: 1 }), c: fc.nat({ max: 9 }) })
  .map(({ i, a, c }) => ({ ref: NETWORKS[i] ?? 'n0', ipv4: `10.${a}.${i}.${c}` }));

const networksOf = fc.oneof(
  { weight: 2, arbitrary: fc.constant<readonly NetworkInput[]>([]) },
  { weight: 5, arbitrary: networkRef.map((ref): readonly NetworkInput[] => [ref]) },
  { weight: 2, arbitrary: staticOn.map((r): readonly NetworkInput[] => [r]) },
);

const createContainerCommand = fc
  .record({ name: containerName, networks: networksOf })
  .map(({ name, networks }) => createContainer({ name, networks, openStdin: true, tty: true }));

const step: fc.Arbitrary<readonly Command[]> = fc.oneof(
  { weight: 2, arbitrary: createNetworkCommand.map((c) => [c]) },
  { weight: 1, arbitrary: fc.constantFrom(...NETWORKS).map((n) => [removeNetwork(n)]) },
  { weight: 2, arbitrary: createContainerCommand.map((c) => [c]) },
  { weight: 5, arbitrary: createContainerCommand.map((c) => [c, start(c.name ?? '')]) },
  { weight: 4, arbitrary: containerName.map((c) => [start(c)]) },
  { weight: 3, arbitrary: containerName.map((c) => [stop(c)]) },
  { weight: 1, arbitrary: containerName.map((c) => [kill(c)]) },
  { weight: 1, arbitrary: containerName.map((c) => [stop(c), start(c)]) },
  { weight: 3, arbitrary: fc.tuple(containerName, fc.boolean()).map(([c, force]) => [removeContainer(c, force)]) },
  {
    weight: 4,
    arbitrary: fc.tuple(networkRef, containerName).map(([n, c]) => [connect(n, c)]),
  },
  { weight: 2, arbitrary: fc.tuple(staticOn, containerName).map(([s, c]) => [connect(s.ref, c, { ipv4: s.ipv4 })]) },
  { weight: 3, arbitrary: fc.tuple(networkRef, containerName).map(([n, c]) => [disconnect(n, c)]) },
);

const scenario = fc.record({
  profile: fc.constantFrom<ProfileId>(...PROFILE_IDS),
  seed: fc.nat({ max: 1_000_000 }),
  commands: fc
    .tuple(
      fc.uniqueArray(createNetworkCommand, { minLength: 1, maxLength: 3, selector: (c) => c.name }),
      fc.uniqueArray(createContainerCommand, { minLength: 1, maxLength: 5, selector: (c) => c.name }),
      fc.array(step, { minLength: 5, maxLength: 40 }),
    )
    .map(([networks, runs, tail]): Command[] => [...networks, ...runs.flatMap((c) => [c, start(c.name ?? '')]), ...tail.flat()]),
});

// ---------------------------------------------------------------------------------------
// Checks.

/** Addresses handed out against the model of the network before the command. */
const allocationViolations = (profile: ProfileId, before: HostState, after: HostState, events: readonly EventEnvelope[]): string[] => {
  const out: string[] = [];
  const models = new Map<string, PoolModel[]>();
  const modelOf = (networkId: string): PoolModel[] => {
    let m = models.get(networkId);
    if (m === undefined) {
      const n = before.networks.get(networkId) ?? after.networks.get(networkId);
      m = n === undefined ? [] : poolModels(profile, n);
      models.set(networkId, m);
    }
    return m;
  };
  const poolFor = (networkId: string, v: bigint) => modelOf(networkId).find((p) => inBlock(p.subnet, v));
  for (const e of events) {
    if (e.type === 'EndpointLeft') {
      const ep = before.networks.get(e.data.networkId)?.endpoints.get(e.data.endpointId);
      if (ep?.ipv4 !== undefined) poolFor(e.data.networkId, valueOf(ep.ipv4))?.live.delete(valueOf(ep.ipv4));
      continue;
    }
    if (e.type !== 'EndpointJoined' || e.data.endpoint.ipv4 === undefined) continue;
    const ep = e.data.endpoint;
    const ip = ep.ipv4 as string;
    const v = valueOf(ip);
    const name = after.networks.get(ep.networkId)?.name ?? ep.networkId;
    const pool = poolFor(ep.networkId, v);
    const where = `${name}: ${ip}`;
    if (pool === undefined) {
      out.push(`${where} outside every subnet`);
      continue;
    }
    if (pool.forbidden.has(v)) out.push(`${where} is a network, broadcast, gateway or aux address`);
    if (pool.live.has(v)) out.push(`${where} already held by a live endpoint`);
    const requested = after.containers.get(ep.containerId)?.attachments.get(ep.networkId)?.ipv4;
    if (requested === undefined) {
      if (!inBlock(pool.range, v)) out.push(`${where} dynamic but outside its ip-range`);
      const lowest = lowestFree(pool);
      if (lowest !== v) out.push(`${where} dynamic, but the lowest free address is ${lowest === undefined ? 'none' : v4(lowest)}`);
    }
    pool.live.add(v);
  }
  return out;
};

/** Live endpoints unique per network; local networks' subnets disjoint. */
const stateViolations = (host: HostState): string[] => {
  const out: string[] = [];
  for (const n of host.networks.values()) {
    const seen = new Set<string>();
    for (const ep of n.endpoints.values()) {
      for (const ip of [ep.ipv4, ep.ipv6]) {
        if (ip === undefined) continue;
        if (seen.has(ip)) out.push(`${n.name}: ${ip} held twice`);
        seen.add(ip);
      }
    }
  }
  const subnets = [...host.networks.values()].flatMap((n) => (n.ipam.config ?? []).map((c) => ({ name: n.name, block: blockOf(c.subnet) })));
  for (let i = 0; i < subnets.length; i++) {
    for (let j = i + 1; j < subnets.length; j++) {
      const a = subnets[i];
      const b = subnets[j];
      if (a === undefined || b === undefined || a.block.bits !== b.block.bits) continue;
      if (a.block.first <= b.block.last && b.block.first <= a.block.last) out.push(`${a.name} and ${b.name} overlap`);
    }
  }
  return out;
};

/** A deep enough copy of what the checks read from the host before a command (evolve mutates in place). */
const snapshotHost = (host: HostState): HostState => ({
  ...host,
  networks: new Map([...host.networks].map(([id, n]) => [id, { ...n, endpoints: new Map(n.endpoints) }])),
});

const run = (profile: ProfileId, seed: number, commands: readonly Command[]): { violations: string[]; joined: number; dynamic: number } => {
  let state: EngineState = engine.initialState({ profile, seed, at: SPEC_EPOCH });
  const violations: string[] = [];
  let joined = 0;
  let dynamic = 0;
  for (const command of [bootHost(), ...commands]) {
    const host = state.hosts.get(SPEC_HOST);
    const before = host === undefined ? undefined : snapshotHost(host);
    const decided = engine.decide(state, { host: SPEC_HOST, at: SPEC_AT, command });
    if (E.isLeft(decided)) continue;
    state = engine.fold(state, decided.right);
    const after = state.hosts.get(SPEC_HOST);
    if (after === undefined) continue;
    if (before !== undefined) violations.push(...allocationViolations(profile, before, after, decided.right).map((v) => `${command.type}: ${v}`));
    violations.push(...stateViolations(after).map((v) => `after ${command.type}: ${v}`));
    for (const e of decided.right) {
      if (e.type !== 'EndpointJoined' || e.data.endpoint.ipv4 === undefined) continue;
      joined++;
      if (after.containers.get(e.data.endpoint.containerId)?.attachments.get(e.data.endpoint.networkId)?.ipv4 === undefined) dynamic++;
    }
  }
  return { violations, joined, dynamic };
};

describe('IPAM invariants over random command sequences (property)', () => {
  it('property: unique, in subnet and range, never reserved/gateway/aux, subnets disjoint, lowest free first', () => {
    fc.assert(
      fc.property(scenario, ({ profile, seed, commands }) => {
        expect(run(profile, seed, commands).violations).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('the generator hands out many dynamic and some static addresses (sanity check of the inputs)', () => {
    let joined = 0;
    let dynamic = 0;
    for (const { profile, seed, commands } of fc.sample(scenario, { numRuns: 100, seed: 7 })) {
      const r = run(profile, seed, commands);
      joined += r.joined;
      dynamic += r.dynamic;
    }
    expect(dynamic).toBeGreaterThan(150);
    expect(joined - dynamic).toBeGreaterThan(10);
  });

  it('the model agrees with docker-facts §1.2/§1.3 on known pools', () => {
    const pool = (profile: ProfileId, subnet: string, range?: string): PoolModel => {
      const s = blockOf(subnet);
      return { subnet: s, range: range === undefined ? s : blockOf(range), forbidden: new Set(reservedOf(profile, s)), live: new Set() };
    };
    const lowest = (p: PoolModel) => {
      const v = lowestFree(p);
      return v === undefined ? undefined : v4(v);
    };
    // A /30: .1 (the gateway) then .2; a /31 on v27+ starts at .0; on ≤v26 a /31 has nothing.
    expect(lowest(pool('28', '10.99.0.0/30'))).toBe('10.99.0.1');
    expect(lowest(pool('28', '10.98.0.0/31'))).toBe('10.98.0.0');
    expect(lowest(pool('20.10', '10.98.0.0/31'))).toBeUndefined();
    // An ip-range's own first address is usable (the gateway takes 172.28.5.0).
    expect(lowest(pool('27', '172.28.0.0/16', '172.28.5.0/24'))).toBe('172.28.5.0');
  });
});
