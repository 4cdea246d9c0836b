/** Why an event log could not be read. Every variant names the 1-based line it is about. */
export type LogError = {
    readonly kind: 'header-missing';
    readonly line: 1;
    readonly reason: string;
} | {
    readonly kind: 'header-wrong-kind';
    readonly line: 1;
    readonly found: string;
} | {
    readonly kind: 'version-too-new';
    readonly line: 1;
    readonly found: number;
    readonly supported: number;
} | {
    readonly kind: 'not-json';
    readonly line: number;
    readonly excerpt: string;
} | {
    readonly kind: 'wrong-shape';
    readonly line: number;
    readonly reason: string;
} | {
    readonly kind: 'seq-out-of-order';
    readonly line: number;
    readonly expected: number;
    readonly found: number;
} | {
    readonly kind: 'truncated';
    readonly line: number;
    readonly excerpt: string;
};
/** Why an append was refused or failed. */
export type AppendError = LogError | {
    readonly kind: 'conflict';
    readonly expected: number;
    readonly found: number;
} | {
    readonly kind: 'no-header';
    readonly path: string;
} | {
    readonly kind: 'lock-timeout';
    readonly lockPath: string;
    readonly holder: string;
} | {
    readonly kind: 'io';
    readonly path: string;
    readonly message: string;
};
/**
 * One line of text for a log error, e.g. `events.jsonl:3: not JSON: {"seq":2,…`.
 *
 * @param file - the log's path or name, prefixed to line-numbered messages
 * @example
 * formatLogError({ kind: 'conflict', expected: 41, found: 42 }, 'events.jsonl')
 * // 'event log conflict: expected last seq 41, found 42'
 */
export declare function formatLogError(error: AppendError, file?: string): string;
//# sourceMappingURL=log-error.d.ts.map