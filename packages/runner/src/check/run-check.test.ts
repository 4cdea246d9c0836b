import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { daemonRegistry } from '@docknet/drivers';
import { parseScenario, type Scenario } from '../scenario/index.js';
import { replayScenario } from '../replay/replay-scenario.js';
import { renderCheckReport } from './check-report.js';
import { counterexampleYaml } from './counterexample-scenario.js';
import { INVARIANTS } from './invariants/invariant.js';
import { runCheck, type CheckResult } from './run-check.js';
import { leakyPoolsRegistry, leakyPortsRegistry, mutatingRefusalRegistry, portsKeptOnStopRegistry, reusedAddressRegistry } from './testing/faulty-registry.js';

const scenarioOf = (text: string, file = 'plan.yaml'): Scenario => {
  const parsed = parseScenario(file, text);
  if (E.isLeft(parsed)) throw new Error(JSON.stringify(parsed.left));
  return parsed.right;
};

const failed = (result: CheckResult) => {
  if (result.kind !== 'failed') throw new Error(`expected a failure, got ${result.kind}`);
  return result.failure;
};

/** CI keeps it modest; `pnpm check:deep` (DOCKNET_DEEP=1) runs many more. */
const RUNS = process.env['DOCKNET_DEEP'] === undefined ? 60 : 3000;

describe('runCheck on docknet’s daemon', () => {
  const result = runCheck({ runs: RUNS, seed: 1, steps: 40 });

  it('property: every invariant holds over random sequences, each checked many times', () => {
    expect(result.kind).toBe('passed');
    if (result.kind !== 'passed') return;
    expect(result.runs).toBe(RUNS);
    for (const { id } of INVARIANTS) if (id !== 'no-crash') expect(result.stats.counts.get(id) ?? 0, id).toBeGreaterThan(0);
    expect(result.stats.lines).toBeGreaterThan(200);
    // The generator reaches the tiny and the huge pools.
    for (const prefix of [8, 30, 31]) expect(result.stats.prefixes.get(prefix) ?? 0, `/${prefix}`).toBeGreaterThan(0);
  });

  it('prints the same bytes for the same seed', () => {
    const ctx = { runs: RUNS, seed: 1, steps: 40 };
    expect(renderCheckReport(runCheck(ctx), ctx)).toBe(renderCheckReport(result, ctx));
  });

  it("starts from a user's scenario: its profile, and its state under random churn", () => {
    const plan = scenarioOf(
      [
        'name: plan',
        'engine: "20.10"',
        'steps:',
        '  - docker network create --subnet 192.168.50.0/29 --ip-range 192.168.50.4/30 plan',
        '  - docker run -itd --name web --network plan busybox',
        '',
      ].join('\n'),
    );
    const r = runCheck({ runs: 30, seed: 3, steps: 30, scenario: plan });
    expect(r.kind).toBe('passed');
    if (r.kind === 'passed') expect(r.starts.map((s) => [s.profile.id, s.fromUser])).toEqual([['20.10', true]]);
  });
});

describe('runCheck against a faulty allocator (hands out a used IP)', () => {
  const result = runCheck({ runs: 200, seed: 1, steps: 40, registry: reusedAddressRegistry });
  const failure = failed(result);

  it('finds the reused address and shrinks it to a handful of lines', () => {
    expect(failure.violation.invariant).toBe('address-unique');
    expect(failure.lines.length).toBeLessThanOrEqual(4);
    expect(failure.step).toBe(failure.lines.length - 1);
  });

  it('replays the failure exactly from its seed and path', () => {
    const again = failed(runCheck({ runs: 200, seed: failure.seed, steps: 40, path: failure.path, registry: reusedAddressRegistry }));
    expect(again.lines.map((l) => l.line)).toEqual(failure.lines.map((l) => l.line));
    expect(again.violation).toEqual(failure.violation);
  });

  it('writes a scenario that replays and fails on the same invariant, and holds on the real daemon', () => {
    const yaml = counterexampleYaml({ ...failure, reproduce: 'docknet check --seed 1' });
    expect(yaml).toContain('note: "The next step breaks address-unique');
    const scenario = scenarioOf(yaml, 'counterexample.yaml');
    const broken = runCheck({ runs: 0, seed: 1, steps: 40, scenario, registry: reusedAddressRegistry });
    expect(broken.kind).toBe('scenario-broken');
    if (broken.kind === 'scenario-broken') expect(broken.broken.violation.invariant).toBe('address-unique');
    expect(runCheck({ runs: 0, seed: 1, steps: 40, scenario, registry: daemonRegistry }).kind).toBe('passed');
    expect(replayScenario(scenario).passed).toBe(true);
  });

  it('reports the property, the seed and the path', () => {
    const text = renderCheckReport(result, { runs: 200, seed: 1, steps: 40, written: 'out/x.yaml' });
    expect(text).toContain('✗ address-unique: live addresses are unique per network');
    expect(text).toContain(`seed ${failure.seed}, path ${failure.path}`);
    expect(text).toContain(`docknet check --seed ${failure.seed} --steps 40 --path '${failure.path}'`);
    expect(text).toContain('counterexample scenario: out/x.yaml');
  });
});

describe('runCheck against other deliberate faults', () => {
  it.each([
    ['pools that leak addresses', leakyPoolsRegistry, ['lowest-free-choice', 'pool-accounting']],
    ['a port table that leaks ports', leakyPortsRegistry, ['host-ports-unique']],
    ['a refusal that changes the state', mutatingRefusalRegistry, ['refusal-changes-nothing']],
    ['a stop that keeps its ports', portsKeptOnStopRegistry, ['stopped-hold-nothing', 'host-ports-unique']],
  ] as const)('catches %s in a handful of lines', (_, registry, invariants) => {
    const failure = failed(runCheck({ runs: 300, seed: 1, steps: 40, registry }));
    expect(invariants).toContain(failure.violation.invariant);
    expect(failure.lines.length).toBeLessThanOrEqual(4);
  });
});

describe('runCheck refusals', () => {
  it('names the step of a scenario that itself breaks an invariant', () => {
    const plan = scenarioOf(['name: p', 'steps:', '  - docker run -itd --name web busybox', '  - docker run -itd --name db busybox', ''].join('\n'));
    const r = runCheck({ runs: 10, seed: 1, steps: 10, scenario: plan, registry: reusedAddressRegistry });
    expect(r.kind).toBe('scenario-broken');
    if (r.kind === 'scenario-broken') expect([r.broken.violation.invariant, r.broken.line, r.broken.text]).toEqual(['address-unique', 4, 'docker run -itd --name db busybox']);
  });

  it('refuses a path no failure printed', () => {
    expect(runCheck({ runs: 10, seed: 1, steps: 10, path: 'nonsense' }).kind).toBe('bad-path');
  });
});
