/**
 * Replaying one scenario: boot its hosts, run each step at its logical instant, check the
 * step's expectations, and collect a transcript, the event log and the final state.
 */
import * as E from 'fp-ts/lib/Either.js';
import { makeEngine, parseInstant, profileFor, type Engine, type EventEnvelope, type EngineState, type Instant } from '@docknet/core';
import { daemonRegistry } from '@docknet/drivers';
import { checkExpectations, DEFAULT_CLOCK, DEFAULT_HOST_NAME, type ExpectationResult, type HostSpec, type Scenario } from '../scenario/index.js';
import { BUILTIN_IMAGES, type ImageCatalog, type ImageFacts } from '../images/catalog.js';
import { Session } from '../session/session.js';
import type { CliResult } from '../docker/cli-result.js';
import { runLine } from './run-line.js';

export interface StepOutcome {
  readonly index: number;
  readonly line: number;
  readonly kind: 'run' | 'note';
  readonly text: string;
  readonly host?: string;
  readonly result?: CliResult;
  readonly checks: readonly ExpectationResult[];
  readonly events: readonly EventEnvelope[];
}

export interface ScenarioOutcome {
  readonly file: string;
  readonly name: string;
  readonly description: string | undefined;
  readonly passed: boolean;
  readonly steps: readonly StepOutcome[];
  readonly events: readonly EventEnvelope[];
  readonly state: EngineState;
  readonly session: Session;
}

/** The host a scenario runs on when it names none: one NIC on a typical VM network. */
export const DEFAULT_HOST: HostSpec = { name: DEFAULT_HOST_NAME, interfaces: [{ name: 'eth0', ipv4: '10.0.2.15/24' }] };

/** The images a scenario's commands see: the built-in catalogue plus its `images:`. */
export const imageCatalog = (scenario: Scenario): ImageCatalog => {
  const extra: Record<string, ImageFacts> = {};
  for (const [name, image] of Object.entries(scenario.images)) {
    extra[name] = {
      cmd: image.cmd ?? ['sh'],
      expose: image.expose ?? [],
      env: image.env ?? [],
      tools: image.tools ?? 'busybox',
    };
  }
  return { ...BUILTIN_IMAGES, ...extra };
};

const originOf = (clock: string | undefined): Instant => {
  const parsed = parseInstant(clock ?? DEFAULT_CLOCK);
  if (E.isLeft(parsed)) throw new Error(`invalid clock ${clock ?? ''}`); // the loader validated it
  return parsed.right;
};

export interface ReplayOptions {
  readonly bail?: boolean;
  readonly stopAfter?: number;
  /** The engine to replay on (default: `makeEngine(daemonRegistry)`); `docknet check` passes an instrumented one. */
  readonly engine?: Engine;
  /** Called after each run step, with the session as that step left it. */
  readonly onStep?: (step: StepOutcome, session: Session) => void;
}

/** Replays `scenario`; with `bail`, stops after the first failing step. */
export const replayScenario = (scenario: Scenario, options: ReplayOptions = {}): ScenarioOutcome => {
  const session = new Session(options.engine ?? makeEngine(daemonRegistry), {
    profile: scenario.engine,
    seed: scenario.seed,
    origin: originOf(scenario.clock),
  });
  const profile = profileFor(scenario.engine);
  // A host always has a NIC: one given without `interfaces:` gets eth0 on the default LAN,
  // the first host 10.0.2.15 and each further one the next address, so hosts can reach
  // (and join) each other.
  const hosts = (scenario.hosts.length > 0 ? scenario.hosts : [DEFAULT_HOST]).map((h, i) =>
    h.interfaces.length > 0 ? h : { ...h, interfaces: [{ name: 'eth0', ipv4: `10.0.2.${15 + i}/24` }] },
  );
  for (const h of hosts) {
    const booted = session.execute(h.name, {
      type: 'BootHost',
      interfaces: h.interfaces.map((i) => ({
        name: i.name,
        ...(i.ipv4 === undefined ? {} : { ipv4: i.ipv4 }),
        ...(i.mac === undefined ? {} : { mac: i.mac }),
      })),
    });
    if (E.isLeft(booted)) throw new Error(`cannot boot host ${h.name}: ${booted.left.message}`);
  }
  const images = imageCatalog(scenario);
  const defaultHost = hosts[0]?.name ?? DEFAULT_HOST.name;
  const steps: StepOutcome[] = [];
  let passed = true;
  const limit = options.stopAfter ?? scenario.steps.length;
  for (const [index, step] of scenario.steps.entries()) {
    if (index >= limit) break;
    session.tick();
    if (step.kind === 'note') {
      steps.push({ index, line: step.line, kind: 'note', text: step.note, checks: [], events: [] });
      continue;
    }
    const host = step.on ?? defaultHost;
    const before = session.events.length;
    const result = runLine({ session, host, profile, images }, step.run);
    const checks = checkExpectations(step.expect, result);
    const ok = checks.every((c) => c.ok);
    passed &&= ok;
    const outcome: StepOutcome = {
      index,
      line: step.line,
      kind: 'run',
      text: step.run,
      host,
      result,
      checks,
      events: session.events.slice(before),
    };
    steps.push(outcome);
    options.onStep?.(outcome, session);
    if (!ok && options.bail === true) break;
  }
  return {
    file: scenario.file,
    name: scenario.name,
    description: scenario.description,
    passed,
    steps,
    events: session.events,
    state: session.state,
    session,
  };
};
