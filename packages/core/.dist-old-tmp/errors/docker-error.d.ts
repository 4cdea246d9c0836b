/**
 * A Docker error as a value. `decide` returns these in `Either.left`; the CLI layer
 * prints them with Docker's framing (`Error response from daemon: …`, `docker: …`).
 *
 * - `daemon`: the engine refused (`Error response from daemon: <message>`).
 * - `cli`: the docker CLI refused before contacting the daemon (printed bare).
 *
 * @example
 * daemonError('network foo not found', 'not-found')
 */
export interface DockerError {
    readonly source: 'daemon' | 'cli';
    readonly message: string;
    /** Docker's errdefs class; it decides nothing here but documents intent and aids tests. */
    readonly kind: DockerErrorKind;
}
export type DockerErrorKind = 'not-found' | 'conflict' | 'invalid-parameter' | 'forbidden' | 'unavailable' | 'system';
export declare const daemonError: (message: string, kind?: DockerErrorKind) => DockerError;
export declare const cliError: (message: string) => DockerError;
//# sourceMappingURL=docker-error.d.ts.map