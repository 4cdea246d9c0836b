/**
 * fast-check arbitraries for docker command lines. Names come from small pools (plus the
 * names a user's scenario already uses), so commands hit existing containers and networks
 * often and missing ones sometimes.
 */
import fc from 'fast-check';
import type { LineSpec, NetworkChoice } from './line-spec.js';
import { ipamFlagsArb } from './subnet-flags.js';

/** The names and hosts commands may refer to. */
export interface CheckUniverse {
  /** The default host first. */
  readonly hosts: readonly string[];
  readonly containers: readonly string[];
  /** User-defined network names. */
  readonly networks: readonly string[];
}

export const GENERATED_CONTAINERS = ['c0', 'c1', 'c2', 'c3'] as const;
export const GENERATED_NETWORKS = ['n0', 'n1', 'n2'] as const;

/** The pools: generated names plus up to four of each from the user's state. */
export const universeOf = (hosts: readonly string[], containers: readonly string[], networks: readonly string[]): CheckUniverse => ({
  hosts,
  containers: [...new Set([...GENERATED_CONTAINERS, ...containers.slice(0, 4)])],
  networks: [...new Set([...GENERATED_NETWORKS, ...networks.slice(0, 4)])],
});

const OFFSET = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 2, max: 6 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 1, -1, -2) });

const PUBLISH = fc.constantFrom<readonly string[]>(
  [],
  [],
  [],
  ['8080:80'],
  ['80'],
  ['443', '80'],
  ['127.0.0.1:8080:80'],
  ['5353:53/udp'],
  ['8000-8002:80'],
);

/** One docker command line, weighted towards runs, lifecycle changes and network membership. */
export const lineSpecArb = (u: CheckUniverse): fc.Arbitrary<LineSpec> => {
  const host = u.hosts.length === 1 ? fc.constant(u.hosts[0] ?? '') : fc.oneof({ weight: 3, arbitrary: fc.constant(u.hosts[0] ?? '') }, { weight: 1, arbitrary: fc.constantFrom(...u.hosts) });
  const container = fc.constantFrom(...u.containers);
  const network = fc.constantFrom(...u.networks);
  const anyNetwork = fc.oneof({ weight: 4, arbitrary: network }, { weight: 1, arbitrary: fc.constantFrom('bridge', 'host', 'none') });
  const networkChoice: fc.Arbitrary<NetworkChoice | undefined> = fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: network.map((ref): NetworkChoice => ({ ref })) },
    { weight: 2, arbitrary: fc.tuple(network, OFFSET).map(([ref, ip]): NetworkChoice => ({ ref, ip })) },
    { weight: 1, arbitrary: container.map((c): NetworkChoice => ({ ref: `container:${c}` })) },
    { weight: 1, arbitrary: fc.constantFrom<NetworkChoice>({ ref: 'host' }, { ref: 'none' }, { ref: 'bridge' }) },
  );
  const run = fc
    .record({
      host,
      create: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      name: container,
      flavour: fc.constantFrom('shell', 'shell', 'shell', 'shell', 'shell', 'shell', 'exits', 'server', 'server-P'),
      network: networkChoice,
      publish: PUBLISH,
    })
    .map(({ host, create, name, flavour, network, publish }): LineSpec => ({
      kind: 'run',
      host,
      create,
      name,
      interactive: flavour === 'shell',
      image: flavour.startsWith('server') ? 'nginx' : 'busybox',
      network,
      publish,
      publishAll: flavour === 'server-P',
    }));
  const query = fc.tuple(host, container, network).chain(([h, c, n]) =>
    fc.constantFrom<LineSpec>(
      { kind: 'query', host: h, line: 'docker ps -a' },
      { kind: 'query', host: h, line: 'docker network ls' },
      { kind: 'query', host: h, line: `docker network inspect ${n}` },
      { kind: 'query', host: h, line: `docker inspect ${c}` },
      { kind: 'query', host: h, line: `docker port ${c}` },
    ),
  );
  const weighted = (weight: number, arbitrary: fc.Arbitrary<LineSpec>) => ({ weight, arbitrary });
  return fc.oneof(
    weighted(3, fc.record({ host, name: anyNetwork, flags: fc.tuple(ipamFlagsArb, fc.integer({ min: 0, max: 5 })).map(([f, i]) => (i === 0 ? [...f, '--internal'] : f)) }).map((r): LineSpec => ({ kind: 'network-create', ...r }))),
    weighted(1, fc.record({ host, name: anyNetwork }).map((r): LineSpec => ({ kind: 'network-rm', ...r }))),
    weighted(6, run),
    weighted(
      6,
      fc
        .record({ host, verb: fc.constantFrom('start', 'start', 'stop', 'stop', 'restart', 'kill', 'pause', 'unpause'), name: container })
        .map((r): LineSpec => ({ kind: 'lifecycle', ...r })),
    ),
    weighted(2, fc.record({ host, name: container, force: fc.boolean() }).map((r): LineSpec => ({ kind: 'rm', ...r }))),
    weighted(1, fc.record({ host, name: container, to: container }).map((r): LineSpec => ({ kind: 'rename', ...r }))),
    weighted(
      4,
      fc
        .record({ host, network: anyNetwork, name: container, ip: fc.option(OFFSET, { nil: undefined, freq: 3 }) })
        .map(({ ip, ...r }): LineSpec => ({ kind: 'connect', ...r, ...(ip === undefined ? {} : { ip }) })),
    ),
    weighted(3, fc.record({ host, network: anyNetwork, name: container, force: fc.boolean() }).map((r): LineSpec => ({ kind: 'disconnect', ...r }))),
    weighted(1, query),
  );
};
