/** Swarm objects, which swarmkit names with 25-character base-36 IDs. */
export type SwarmIdKind = 'swarm-network' | 'node' | 'service' | 'task' | 'secret' | 'config';
/**
 * The `n`th swarmkit-style ID of a kind for a seed: a 128-bit number written in base 36
 * (`[0-9a-z]`), left-padded with zeros to 25 characters (swarmkit `identity.NewID`).
 *
 * @example
 * swarmId(0, 'swarm-network', 1) // e.g. '0k6k2gpbhrb6l1dtekekr2ihs'
 */
export declare function swarmId(seed: number, kind: SwarmIdKind, n: number): string;
//# sourceMappingURL=swarm-id.d.ts.map