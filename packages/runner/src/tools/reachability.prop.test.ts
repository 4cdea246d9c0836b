/**
 * Property: for random topologies (networks internal or not, ICC on or off, containers on
 * one or several networks, in host or none mode, some stopped), `docker exec A ping -c 1 IP`
 * succeeds exactly when a simple model of Docker's rules says A reaches IP; and every address
 * and MAC that `ip a` prints inside a container, and every veth `brctl show` prints on the
 * host, is the one in the engine state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContainerState, HostState, ProfileId } from '@docknet/core';
import { runLine } from '../replay/run-line.js';
import { freshContext, fuzzRuns } from '../testing/fuzz-context.js';

const NETS = ['n0', 'n1', 'n2'] as const;
const CONTAINERS = ['c0', 'c1', 'c2', 'c3'] as const;

const topology = fc.record({
  profile: fc.constantFrom<ProfileId>('20.10', '27', '28', '29'),
  networks: fc.tuple(...NETS.map(() => fc.record({ internal: fc.boolean(), icc: fc.boolean() }))),
  containers: fc.tuple(
    ...CONTAINERS.map(() =>
      fc.record({
        first: fc.constantFrom('bridge', 'n0', 'n1', 'n2', 'none', 'host'),
        extra: fc.subarray([...NETS]),
        running: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      }),
    ),
  ),
});

type Topology = typeof topology extends fc.Arbitrary<infer T> ? T : never;

const build = (t: Topology) => {
  const ctx = freshContext(t.profile);
  const sh = (line: string) => runLine(ctx, line);
  t.networks.forEach((n, i) => {
    const opts = `${n.internal ? '--internal ' : ''}${n.icc ? '' : '-o com.docker.network.bridge.enable_icc=false '}`;
    expect(sh(`docker network create ${opts}${NETS[i] ?? ''}`).exit).toBe(0);
  });
  t.containers.forEach((c, i) => {
    const name = CONTAINERS[i] ?? '';
    expect(sh(`docker run -itd --name ${name} --network ${c.first} busybox`).exit).toBe(0);
    if (c.first !== 'none' && c.first !== 'host') {
      for (const extra of c.extra) if (extra !== c.first) expect(sh(`docker network connect ${extra} ${name}`).exit).toBe(0);
    }
    if (!c.running) expect(sh(`docker stop ${name}`).exit).toBe(0);
  });
  return { ctx, sh };
};

const hostOf = (ctx: ReturnType<typeof freshContext>): HostState => {
  const host = ctx.session.state.hosts.get(ctx.host);
  if (host === undefined) throw new Error('no host');
  return host;
};

const byName = (host: HostState, name: string): ContainerState => {
  const c = host.containers.get(host.containerIdsByName.get(name) ?? '');
  if (c === undefined) throw new Error(`no ${name}`);
  return c;
};

/** The model: loopback-free IPv4 reachability between two running containers. */
const modelReaches = (host: HostState, a: ContainerState, b: ContainerState, networkId: string): boolean => {
  if (a.id === b.id || a.networkMode === 'host') return true;
  const shared = a.attachments.get(networkId)?.endpoint !== undefined;
  const network = host.networks.get(networkId);
  const icc = network?.options['com.docker.network.bridge.enable_icc'] !== 'false';
  return shared && icc;
};

describe('tools over random topologies (property)', () => {
  it('ping A→B succeeds exactly when the reachability rules say so', () => {
    fc.assert(
      fc.property(topology, (t) => {
        const { ctx, sh } = build(t);
        const host = hostOf(ctx);
        for (const aName of CONTAINERS) {
          const a = byName(host, aName);
          if (a.status !== 'running') continue;
          for (const bName of CONTAINERS) {
            const b = byName(host, bName);
            for (const attachment of b.attachments.values()) {
              const ip = attachment.endpoint?.ipv4;
              if (ip === undefined) continue;
              const result = sh(`docker exec ${aName} ping -c 1 ${ip}`);
              const expected = modelReaches(host, a, b, attachment.networkId);
              expect({ from: aName, to: `${bName}@${ip}`, ok: result.exit === 0 }).toEqual({ from: aName, to: `${bName}@${ip}`, ok: expected });
            }
          }
        }
      }),
      { numRuns: fuzzRuns(25) },
    );
  });

  it('every IP and MAC that ip a prints equals the state, and brctl shows exactly the live veths', () => {
    fc.assert(
      fc.property(topology, (t) => {
        const { ctx, sh } = build(t);
        const host = hostOf(ctx);
        for (const name of CONTAINERS) {
          const c = byName(host, name);
          if (c.status !== 'running' || c.networkMode === 'host') continue;
          const out = sh(`docker exec ${name} ip a`).stdout;
          const printedIps = [...out.matchAll(/inet (\S+)\/(\d+) /g)].map((m) => m[1]).filter((ip) => ip !== '127.0.0.1');
          const printedMacs = [...out.matchAll(/link\/ether (\S+)/g)].map((m) => m[1]);
          const endpoints = [...c.attachments.values()].flatMap((a) => (a.endpoint === undefined ? [] : [a.endpoint]));
          expect(new Set(printedIps)).toEqual(new Set(endpoints.flatMap((e) => (e.ipv4 === undefined ? [] : [e.ipv4]))));
          expect(new Set(printedMacs)).toEqual(new Set(endpoints.filter((e) => e.ifName !== undefined).map((e) => e.mac)));
          const inspected = sh(`docker inspect -f '{{range .NetworkSettings.Networks}}{{.MacAddress}} {{end}}' ${name}`).stdout.trim().split(/\s+/).filter((m) => m !== '');
          for (const mac of printedMacs) expect(inspected).toContain(mac);
          const ifconfigMacs = [...sh(`docker exec ${name} ifconfig`).stdout.matchAll(/HWaddr (\S+)/g)].map((m) => (m[1] ?? '').toLowerCase());
          expect(new Set(ifconfigMacs)).toEqual(new Set(printedMacs));
        }
        const hostLinks = sh('ip link').stdout;
        for (const network of host.networks.values()) {
          if (network.bridge === undefined) continue;
          expect(hostLinks).toContain(`${network.bridge.ifIndex}: ${network.bridge.name}: `);
          expect(hostLinks).toContain(`link/ether ${network.bridge.mac} `);
        }
        const brctl = sh('brctl show').stdout;
        const veths = new Set([...brctl.matchAll(/\b(veth[0-9a-f]{7})\b/g)].map((m) => m[1]));
        const live = new Set(
          [...host.containers.values()].flatMap((c) => [...c.attachments.values()].flatMap((a) => (a.endpoint?.veth === undefined ? [] : [a.endpoint.veth.name]))),
        );
        expect(veths).toEqual(live);
      }),
      { numRuns: fuzzRuns(25) },
    );
  });
});
