import { digest } from './digest.js';

/** Swarm objects, which swarmkit names with 25-character base-36 IDs. */
export type SwarmIdKind = 'swarm-network' | 'node' | 'service' | 'task' | 'secret' | 'config' | 'cluster';

const SWARM_ID_LENGTH = 25;

/**
 * The `n`th swarmkit-style ID of a kind for a seed: a 128-bit number written in base 36
 * (`[0-9a-z]`), left-padded with zeros to 25 characters (swarmkit `identity.NewID`).
 *
 * @example
 * swarmId(0, 'swarm-network', 1) // e.g. '0k6k2gpbhrb6l1dtekekr2ihs'
 */
export function swarmId(seed: number, kind: SwarmIdKind, n: number): string {
  const bytes = digest(['docknet-swarm-id', seed, kind, n]).subarray(0, 16);
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  // 36^25 > 2^128, so 25 characters always suffice.
  return value.toString(36).padStart(SWARM_ID_LENGTH, '0');
}

/**
 * A swarm join token, `SWMTKN-1-<root CA digest, 50 base-36>-<secret, 25 base-36>`
 * (swarmkit `ca.GenerateJoinToken`): the digest part is the cluster's (worker and manager
 * tokens share it), the secret is per role; both derive from the seed and the cluster id.
 */
export function joinToken(seed: number, clusterId: string, role: 'worker' | 'manager'): string {
  const base36 = (parts: readonly (string | number)[], length: number): string => {
    let value = 0n;
    for (const byte of digest(['docknet-join-token', seed, clusterId, ...parts])) value = (value << 8n) | BigInt(byte);
    return value.toString(36).padStart(length, '0').slice(-length);
  };
  return `SWMTKN-1-${base36(['ca'], 50)}-${base36([role], 25)}`;
}
