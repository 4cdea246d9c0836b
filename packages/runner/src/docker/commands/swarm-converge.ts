/**
 * The swarm orchestrator's loop, driven by the CLI: `ConvergeSwarm` places or removes one
 * task per call, so a command that changed the desired state (service create/scale/rm, a
 * node leaving) repeats it until the cluster decides nothing more. Real Docker does this in
 * the background while the CLI polls; docknet does it before printing, so the output is the
 * converged state and stays deterministic.
 */
import * as E from 'fp-ts/lib/Either.js';
import { readyManagers } from '@docknet/drivers';
import type { Session } from '../../session/session.js';

/**
 * At most this many steps per command: a guard against a handler that never converges, and
 * against absurd replica counts (Docker's CLI would wait forever; a step costs more as the
 * cluster grows, so 10 000 took seconds). A later command resumes where this one stopped.
 */
const MAX_STEPS = 1_000;

/**
 * Runs orchestrator steps on `hostName`'s cluster until one returns no events (or fails).
 *
 * @example
 * convergeSwarm(session, 'manager1')
 */
export function convergeSwarm(session: Session, hostName: string): void {
  for (let step = 0; step < MAX_STEPS; step++) {
    const result = session.execute(hostName, { type: 'ConvergeSwarm' });
    if (E.isLeft(result) || result.right.length === 0) return;
  }
}

/** A ready manager's host in cluster `clusterId`, if the cluster still exists. */
export function managerHostOf(session: Session, clusterId: string): string | undefined {
  const cluster = session.state.swarms.get(clusterId);
  return cluster === undefined ? undefined : readyManagers(cluster)[0]?.hostName;
}

/** Converges cluster `clusterId` from one of its managers (after a node left it). */
export function convergeCluster(session: Session, clusterId: string): void {
  const manager = managerHostOf(session, clusterId);
  if (manager !== undefined) convergeSwarm(session, manager);
}
