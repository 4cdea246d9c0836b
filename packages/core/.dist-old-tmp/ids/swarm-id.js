import { digest } from './digest.js';
const SWARM_ID_LENGTH = 25;
/**
 * The `n`th swarmkit-style ID of a kind for a seed: a 128-bit number written in base 36
 * (`[0-9a-z]`), left-padded with zeros to 25 characters (swarmkit `identity.NewID`).
 *
 * @example
 * swarmId(0, 'swarm-network', 1) // e.g. '0k6k2gpbhrb6l1dtekekr2ihs'
 */
export function swarmId(seed, kind, n) {
    const bytes = digest(['docknet-swarm-id', seed, kind, n]).subarray(0, 16);
    let value = 0n;
    for (const byte of bytes)
        value = (value << 8n) | BigInt(byte);
    // 36^25 > 2^128, so 25 characters always suffice.
    return value.toString(36).padStart(SWARM_ID_LENGTH, '0');
}
//# sourceMappingURL=swarm-id.js.map