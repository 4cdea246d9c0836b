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
export declare function containerName(seed: number, n: number, retry?: number): string;
/**
 * The name the daemon gives an unnamed container (daemon/names.go `generateNewName`): up to six
 * attempts of {@link containerName} (attempt 0 without a digit, 1–5 with one), skipping names
 * `isTaken` reports as in use; if all six are taken, the container's 12-character short ID.
 *
 * @example
 * generateContainerName(0, 1, (name) => usedNames.has(name), containerId)
 */
export declare function generateContainerName(seed: number, n: number, isTaken: (name: string) => boolean, containerId: string): string;
//# sourceMappingURL=container-name.d.ts.map