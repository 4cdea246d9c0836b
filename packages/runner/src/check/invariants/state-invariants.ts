/** Every invariant that reads one state, run over every host, counting what was checked. */
import type { EngineProfile, EngineState, HostState } from '@docknet/core';
import { addressViolations, poolAccountingViolations, poolOverlapViolations } from './address-invariants.js';
import { portViolations, sharerViolations, stoppedViolations } from './container-invariants.js';
import type { InvariantId, Violation } from './invariant.js';

/** How many times each invariant was evaluated (a report's "what was checked"). */
export type CheckCounts = Map<InvariantId, number>;

export const countCheck = (counts: CheckCounts, id: InvariantId, n = 1): void => {
  counts.set(id, (counts.get(id) ?? 0) + n);
};

const STATE_CHECKS: readonly { readonly ids: readonly InvariantId[]; readonly run: (host: HostState, profile: EngineProfile) => Violation[] }[] = [
  { ids: ['address-unique', 'address-in-subnet', 'address-not-reserved'], run: addressViolations },
  { ids: ['pool-accounting'], run: poolAccountingViolations },
  { ids: ['pools-disjoint'], run: (host) => poolOverlapViolations(host) },
  { ids: ['host-ports-unique'], run: (host) => portViolations(host) },
  { ids: ['stopped-hold-nothing'], run: (host) => stoppedViolations(host) },
  { ids: ['sharers-match-donor'], run: (host) => sharerViolations(host) },
];

/** The violations of `state`, first invariant first (the order of INVARIANTS). */
export const stateViolations = (state: EngineState, profile: EngineProfile, counts?: CheckCounts): Violation[] => {
  const out: Violation[] = [];
  for (const host of state.hosts.values()) {
    for (const check of STATE_CHECKS) {
      if (counts !== undefined) for (const id of check.ids) countCheck(counts, id);
      out.push(...check.run(host, profile).map((v) => (state.hosts.size > 1 ? { ...v, message: `[${host.name}] ${v.message}` } : v)));
    }
  }
  return out;
};
