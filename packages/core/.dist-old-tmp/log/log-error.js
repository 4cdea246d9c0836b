/**
 * One line of text for a log error, e.g. `events.jsonl:3: not JSON: {"seq":2,…`.
 *
 * @param file - the log's path or name, prefixed to line-numbered messages
 * @example
 * formatLogError({ kind: 'conflict', expected: 41, found: 42 }, 'events.jsonl')
 * // 'event log conflict: expected last seq 41, found 42'
 */
export function formatLogError(error, file = 'event log') {
    switch (error.kind) {
        case 'header-missing':
            return `${file}:1: missing header: ${error.reason}`;
        case 'header-wrong-kind':
            return `${file}:1: not a docknet event log (kind ${error.found}, expected "docknet-events")`;
        case 'version-too-new':
            return `${file}:1: written by a newer docknet: version ${error.found} > ${error.supported}`;
        case 'not-json':
            return `${file}:${error.line}: not JSON: ${error.excerpt}`;
        case 'wrong-shape':
            return `${file}:${error.line}: ${error.reason}`;
        case 'seq-out-of-order':
            return `${file}:${error.line}: seq ${error.found} out of order (expected ${error.expected})`;
        case 'truncated':
            return (`${file}:${error.line}: incomplete last line (no newline, not JSON: ${error.excerpt}); ` +
                'it looks like an interrupted append: run `docknet log --repair` to drop it');
        case 'conflict':
            return `event log conflict: expected last seq ${error.expected}, found ${error.found}`;
        case 'no-header':
            return `${error.path}: cannot create an event log without a header`;
        case 'lock-timeout':
            return `${error.lockPath}: timed out waiting for the lock held by ${error.holder}`;
        case 'io':
            return `${error.path}: ${error.message}`;
    }
}
//# sourceMappingURL=log-error.js.map