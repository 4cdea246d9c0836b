/** What a check run did, for the report: invariant evaluations, lines, refusals, events, subnets. */
import type { EventEnvelope } from '@docknet/core';
import type { CheckCounts } from './invariants/state-invariants.js';

export interface CheckStats {
  readonly counts: CheckCounts;
  lines: number;
  /** Lines docker answered with a non-zero exit status. */
  refused: number;
  readonly eventTypes: Map<string, number>;
  /** Networks created, by prefix length of their IPv4 subnet. */
  readonly prefixes: Map<number, number>;
  /** False once a failure is found: shrinking's runs are not counted. */
  counting: boolean;
}

export const newStats = (): CheckStats => ({ counts: new Map(), lines: 0, refused: 0, eventTypes: new Map(), prefixes: new Map(), counting: true });

export const countLine = (stats: CheckStats, exit: number, events: readonly EventEnvelope[]): void => {
  if (!stats.counting) return;
  stats.lines++;
  if (exit !== 0) stats.refused++;
  for (const e of events) {
    stats.eventTypes.set(e.type, (stats.eventTypes.get(e.type) ?? 0) + 1);
    if (e.type !== 'NetworkCreated') continue;
    for (const c of e.data.network.ipam.config ?? []) {
      if (c.subnet.includes(':')) continue;
      const prefix = Number(c.subnet.split('/')[1]);
      stats.prefixes.set(prefix, (stats.prefixes.get(prefix) ?? 0) + 1);
    }
  }
};
