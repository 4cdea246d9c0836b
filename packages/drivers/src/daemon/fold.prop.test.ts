/**
 * Property tests of decide + fold over random docker command sequences:
 * replay gives the same state, refusals change nothing, addresses stay unique and inside
 * their subnets (and ip-ranges), and the same input always decides the same events.
 */
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  makeEngine,
  stateToJsonText,
  type Command,
  type EngineState,
  type EventEnvelope,
  type HostState,
  type ProfileId,
} from '@docknet/core';
import { contains, lastAddress, networkAddress, parseIpAddress, parseNetCidr } from '../ipam/index.js';
import { daemonRegistry } from './registry.js';
import { dockerScenario } from './testing/command-arbitraries.js';
import { bootHost } from './testing/command-builders.js';
import { SPEC_AT, SPEC_EPOCH, SPEC_HOST } from './testing/decider-spec.js';

const NUM_RUNS = process.env['DOCKNET_DEEP'] === undefined ? 100 : 2000;

const engine = makeEngine(daemonRegistry);

interface Run {
  readonly state: EngineState;
  readonly events: readonly EventEnvelope[];
  /** Messages of refused commands whose refusal changed the state (must stay empty). */
  readonly mutatingRefusals: readonly string[];
  /** Invariant violations after accepted commands (must stay empty). */
  readonly violations: readonly string[];
  /** Docker's messages for the refused commands. */
  readonly refusals: readonly string[];
}

const ipValue = (ip: string): bigint | undefined => {
  const parsed = parseIpAddress(ip);
  return E.isRight(parsed) ? parsed.right.value : undefined;
};

const bounds = (cidr: string): { first: bigint; last: bigint; prefix: number } | undefined => {
  const c = parseNetCidr(cidr);
  return E.isRight(c) ? { first: networkAddress(c.right), last: lastAddress(c.right), prefix: c.right.prefixLength } : undefined;
};

/** (c): per network, live addresses are unique, inside a subnet, never the gateway or a reserved address, dynamic ones inside the ip-range. */
const addressViolations = (host: HostState): string[] => {
  const out: string[] = [];
  for (const network of host.networks.values()) {
    const seen = new Set<string>();
    const config = network.ipam.config ?? [];
    for (const ep of network.endpoints.values()) {
      const c = host.containers.get(ep.containerId);
      const attachment = c?.attachments.get(network.id);
      if (attachment?.endpoint?.id !== ep.id) out.push(`${network.name}: endpoint ${ep.id} not held by its container`);
      for (const [ip, requested] of [
        [ep.ipv4, attachment?.ipv4],
        [ep.ipv6, attachment?.ipv6],
      ] as const) {
        if (ip === undefined) continue;
        const where = `${network.name}: ${c?.name ?? ep.containerId} has ${ip}`;
        if (seen.has(ip)) out.push(`${where}, already taken on that network`);
        seen.add(ip);
        const entry = config.find((e) => contains(e.subnet, ip));
        if (entry === undefined) {
          out.push(`${where}, outside every subnet`);
          continue;
        }
        if (entry.gateway === ip) out.push(`${where}, the gateway`);
        const b = bounds(entry.subnet);
        const v = ipValue(ip);
        if (b !== undefined && v !== undefined && !ip.includes(':') && b.prefix < 31 && (v === b.first || v === b.last)) {
          out.push(`${where}, a reserved address of ${entry.subnet}`);
        }
        if (requested === undefined && entry.ipRange !== undefined && !contains(entry.ipRange, ip)) {
          out.push(`${where}, dynamic but outside ip-range ${entry.ipRange}`);
        }
        if (requested !== undefined && requested !== ip) out.push(`${where}, but asked for ${requested}`);
      }
    }
  }
  return out;
};

const header = (profile: ProfileId, seed: number) => ({ profile, seed, at: SPEC_EPOCH });

/** Boots the host, then decides each command and folds the accepted ones. */
const runCommands = (profile: ProfileId, seed: number, commands: readonly Command[]): Run => {
  let state = engine.initialState(header(profile, seed));
  const events: EventEnvelope[] = [];
  const mutatingRefusals: string[] = [];
  const violations: string[] = [];
  const refusals: string[] = [];
  for (const command of [bootHost(), ...commands]) {
    const before = stateToJsonText(state);
    const decided = engine.decide(state, { host: SPEC_HOST, at: SPEC_AT, command });
    if (E.isLeft(decided)) {
      refusals.push(decided.left.message);
      if (stateToJsonText(state) !== before) mutatingRefusals.push(`${command.type}: ${decided.left.message}`);
      continue;
    }
    events.push(...decided.right);
    state = engine.fold(state, decided.right);
    const host = state.hosts.get(SPEC_HOST);
    if (host !== undefined) violations.push(...addressViolations(host).map((v) => `after ${command.type}: ${v}`));
  }
  return { state, events, mutatingRefusals, violations, refusals };
};

describe('decide + fold over random command sequences (property)', () => {
  it('property: replaying the recorded events (as logged JSON) gives a byte-identical state', () => {
    fc.assert(
      fc.property(dockerScenario, ({ profile, seed, commands }) => {
        const run = runCommands(profile, seed, commands);
        const logged = JSON.parse(JSON.stringify(run.events)) as EventEnvelope[];
        const replayed = engine.fold(engine.initialState(header(profile, seed)), logged);
        expect(stateToJsonText(replayed)).toBe(stateToJsonText(run.state));
        expect(run.events.map((e) => e.seq)).toEqual(run.events.map((_, i) => i + 1));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('property: a refused command leaves the state unchanged', () => {
    fc.assert(
      fc.property(dockerScenario, ({ profile, seed, commands }) => {
        expect(runCommands(profile, seed, commands).mutatingRefusals).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('property: live addresses are unique per network, inside their subnet, never gateway or reserved, dynamic ones inside the ip-range', () => {
    fc.assert(
      fc.property(dockerScenario, ({ profile, seed, commands }) => {
        expect(runCommands(profile, seed, commands).violations).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('property: the same commands with the same seed decide the same events', () => {
    fc.assert(
      fc.property(dockerScenario, ({ profile, seed, commands }) => {
        const first = runCommands(profile, seed, commands);
        const second = runCommands(profile, seed, commands);
        expect(JSON.stringify(second.events)).toBe(JSON.stringify(first.events));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('the generator exercises the interesting paths (sanity check of the property inputs)', () => {
    const types = new Set<string>();
    const refusals = new Set<string>();
    for (const { profile, seed, commands } of fc.sample(dockerScenario, { numRuns: 200, seed: 42 })) {
      const run = runCommands(profile, seed, commands);
      for (const e of run.events) types.add(e.type);
      for (const r of run.refusals) refusals.add(r.replace(/[0-9a-f]{12,64}/g, '<id>').replace(/\b[cn]\d\b/g, '<name>'));
    }
    for (const t of [
      'NetworkCreated',
      'NetworkRemoved',
      'EndpointJoined',
      'EndpointLeft',
      'PortsPublished',
      'PortsReleased',
      'NetworkConnected',
      'NetworkDisconnected',
      'ContainerRemoved',
      'ContainerPaused',
    ]) {
      expect(types).toContain(t);
    }
    for (const r of [
      'network with name <name> already exists',
      'No such container: <name>',
      'invalid pool request: Pool overlaps with other one on this address space',
    ]) {
      expect(refusals).toContain(r);
    }
    expect([...refusals].some((r) => r.endsWith('Address already in use') || r.endsWith('port is already allocated'))).toBe(true);
  });
});
