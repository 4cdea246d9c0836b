/**
 * fast-check arbitraries for random docker command sequences. References are drawn from
 * small pools of names so that commands hit existing containers and networks often (and
 * missing ones sometimes); subnets are small so pools run out and overlap.
 */
import fc from 'fast-check';
import type { Command, PortSpec, ProfileId } from '@docknet/core';
import { PROFILE_IDS } from '@docknet/core';
import {
  connect,
  createContainer,
  createNetwork,
  disconnect,
  kill,
  pause,
  removeContainer,
  removeNetwork,
  rename,
  start,
  stop,
  unpause,
  type NetworkInput,
} from './command-builders.js';
import { portSpec } from './port-spec.js';

export const CONTAINER_NAMES = ['c0', 'c1', 'c2', 'c3'] as const;
export const NETWORK_NAMES = ['n0', 'n1', 'n2'] as const;

const containerName = fc.constantFrom(...CONTAINER_NAMES);
const networkName = fc.constantFrom(...NETWORK_NAMES);
/** Any network reference a user might type, predefined ones included. */
const networkRef = fc.oneof(
  { weight: 4, arbitrary: networkName },
  { weight: 1, arbitrary: fc.constantFrom('bridge', 'host', 'none') },
);

/** A small IPv4 subnet `10.a.b.0/len` (a /24 … /30), maybe with an ip-range and a gateway. */
const userSubnet = fc
  .record({
    a: fc.integer({ min: 0, max: 1 }),
    b: fc.integer({ min: 0, max: 3 }),
    len: fc.integer({ min: 24, max: 30 }),
    range: fc.option(fc.record({ extra: fc.integer({ min: 1, max: 2 }), half: fc.boolean() }), { nil: undefined }),
    gatewayOffset: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
  })
  .map(({ a, b, len, range, gatewayOffset }) => {
    const size = 2 ** (32 - len);
    const base = `10.${a}.${b}`;
    const rangeLen = range === undefined ? undefined : Math.min(30, len + range.extra);
    const rangeStart = range === undefined || rangeLen === undefined ? 0 : range.half ? size - 2 ** (32 - rangeLen) : 0;
    return {
      subnets: [`${base}.0/${len}`],
      ipRanges: rangeLen === undefined ? [] : [`${base}.${rangeStart}/${rangeLen}`],
      // A gateway at the top of the subnet, so it is not the first dynamic address.
      gateways: gatewayOffset === undefined ? [] : [`${base}.${size - 1 - gatewayOffset}`],
    };
  });

const staticIp = fc
  .record({ a: fc.integer({ min: 0, max: 1 }), b: fc.integer({ min: 0, max: 3 }), c: fc.integer({ min: 0, max: 7 }) })
  .map(({ a, b, c }) => `10.${a}.${b}.${c}`);

const publish = fc.constantFrom<readonly (string | PortSpec)[]>(
  [],
  [],
  ['8080:80'],
  ['80'],
  ['443', '80'],
  ['127.0.0.1:8080:80'],
  ['5353:53/udp'],
  [portSpec('8000-8002:80')],
);

const createNetworkCommand = fc
  .record({ name: networkName, subnet: fc.option(userSubnet, { nil: undefined }), internal: fc.boolean() })
  .map(({ name, subnet, internal }) => createNetwork({ name, internal, ...(subnet ?? {}) }));

const networksOf = fc.oneof(
  { weight: 3, arbitrary: fc.constant<readonly NetworkInput[]>([]) },
  { weight: 4, arbitrary: networkRef.map((ref): readonly NetworkInput[] => [ref]) },
  { weight: 2, arbitrary: fc.tuple(networkName, staticIp).map(([ref, ipv4]): readonly NetworkInput[] => [{ ref, ipv4 }]) },
  { weight: 1, arbitrary: containerName.map((c): readonly NetworkInput[] => [`container:${c}`]) },
);

const createContainerCommand = fc
  .record({
    name: fc.option(containerName, { nil: undefined, freq: 8 }),
    networks: networksOf,
    publish,
    // Mostly `-it`; sometimes a bare shell that exits as soon as it starts.
    openStdin: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
  })
  .map(({ name, networks, publish: ports, openStdin }) =>
    createContainer({ ...(name === undefined ? {} : { name }), networks, publish: ports, openStdin, tty: openStdin }),
  );

/** One docker command, or the two a `docker run` issues. */
export const dockerStep: fc.Arbitrary<readonly Command[]> = fc.oneof(
  { weight: 3, arbitrary: createNetworkCommand.map((c) => [c]) },
  { weight: 1, arbitrary: networkRef.map((r) => [removeNetwork(r)]) },
  { weight: 3, arbitrary: createContainerCommand.map((c) => [c]) },
  {
    weight: 4,
    arbitrary: fc.tuple(createContainerCommand, containerName).map(([c, name]) => [{ ...c, name }, start(name)]),
  },
  { weight: 4, arbitrary: containerName.map((c) => [start(c)]) },
  { weight: 2, arbitrary: containerName.map((c) => [stop(c)]) },
  { weight: 1, arbitrary: containerName.map((c) => [kill(c)]) },
  { weight: 1, arbitrary: containerName.map((c) => [pause(c)]) },
  { weight: 1, arbitrary: containerName.map((c) => [unpause(c)]) },
  { weight: 2, arbitrary: fc.tuple(containerName, fc.boolean()).map(([c, force]) => [removeContainer(c, force)]) },
  { weight: 1, arbitrary: fc.tuple(containerName, containerName).map(([c, to]) => [rename(c, to)]) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(networkRef, containerName, fc.option(staticIp, { nil: undefined, freq: 4 }))
      .map(([n, c, ipv4]) => [connect(n, c, ipv4 === undefined ? {} : { ipv4 })]),
  },
  { weight: 4, arbitrary: fc.tuple(networkRef, containerName).map(([n, c]) => [disconnect(n, c)]) },
);

/** `docker run` of a named container, for the prelude that populates the host. */
const runStep = fc.tuple(createContainerCommand, containerName).map(([c, name]) => ({ ...c, name }));

/**
 * A scenario: profile, seed and a command sequence. A prelude of network creates and runs
 * comes first, so the random tail mostly refers to things that exist.
 */
export const dockerScenario = fc.record({
  profile: fc.constantFrom<ProfileId>(...PROFILE_IDS),
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  commands: fc
    .tuple(
      fc.uniqueArray(createNetworkCommand, { minLength: 1, maxLength: 3, selector: (c) => c.name }),
      fc.uniqueArray(runStep, { minLength: 1, maxLength: 4, selector: (c) => c.name }),
      fc.array(dockerStep, { minLength: 5, maxLength: 40 }),
    )
    .map(([networks, runs, tail]): Command[] => [...networks, ...runs.flatMap((c) => [c, start(c.name ?? '')]), ...tail.flat()]),
});
