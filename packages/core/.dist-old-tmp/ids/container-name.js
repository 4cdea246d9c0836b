import { digest } from './digest.js';
import { NAME_ADJECTIVES, NAME_SURNAMES } from './name-words.js';
// Docker's joke, kept: namesgenerator.GetRandomName loops until the name is not this one.
const FORBIDDEN_NAME = 'boring_wozniak';
/** How many names Docker tries before falling back to the short ID (daemon/names.go). */
const NAME_ATTEMPTS = 6;
function wordAt(words, byteA, byteB) {
    const word = words[((byteA << 8) | byteB) % words.length];
    if (word === undefined)
        throw new Error('empty word list'); // unreachable: lists are non-empty
    return word;
}
/**
 * A Docker-style generated name (`adjective_surname`) for the `n`th unnamed container, attempt
 * `retry`. Like `namesgenerator.GetRandomName(retry)`, a retry picks a fresh name and appends
 * one digit 0–9; here both come from sha256(seed, n, retry, draw) instead of a PRNG.
 * `boring_wozniak` is never returned.
 *
 * @example
 * containerName(0, 1)    // e.g. 'festive_hopper'
 * containerName(0, 1, 2) // e.g. 'quiet_noether7'
 */
export function containerName(seed, n, retry = 0) {
    for (let draw = 0;; draw++) {
        const bytes = digest(['docknet-name', seed, n, retry, draw]);
        const name = `${wordAt(NAME_ADJECTIVES, bytes[0] ?? 0, bytes[1] ?? 0)}_${wordAt(NAME_SURNAMES, bytes[2] ?? 0, bytes[3] ?? 0)}`;
        if (name === FORBIDDEN_NAME)
            continue;
        return retry > 0 ? `${name}${(bytes[4] ?? 0) % 10}` : name;
    }
}
/**
 * The name the daemon gives an unnamed container (daemon/names.go `generateNewName`): up to six
 * attempts of {@link containerName} (attempt 0 without a digit, 1–5 with one), skipping names
 * `isTaken` reports as in use; if all six are taken, the container's 12-character short ID.
 *
 * @example
 * generateContainerName(0, 1, (name) => usedNames.has(name), containerId)
 */
export function generateContainerName(seed, n, isTaken, containerId) {
    for (let retry = 0; retry < NAME_ATTEMPTS; retry++) {
        const name = containerName(seed, n, retry);
        if (!isTaken(name))
            return name;
    }
    return containerId.slice(0, 12);
}
//# sourceMappingURL=container-name.js.map