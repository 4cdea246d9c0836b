/** Why an event log could not be read. Every variant names the 1-based line it is about. */
export type LogError =
  | { readonly kind: 'header-missing'; readonly line: 1; readonly reason: string }
  | { readonly kind: 'header-wrong-kind'; readonly line: 1; readonly found: string }
  | { readonly kind: 'version-too-new'; readonly line: 1; readonly found: number; readonly supported: number }
  | { readonly kind: 'not-json'; readonly line: number; readonly excerpt: string }
  | { readonly kind: 'wrong-shape'; readonly line: number; readonly reason: string }
  | { readonly kind: 'seq-out-of-order'; readonly line: number; readonly expected: number; readonly found: number }
  | { readonly kind: 'truncated'; readonly line: number; readonly excerpt: string };

/** Why an append was refused or failed. */
export type AppendError =
  | LogError
  | { readonly kind: 'conflict'; readonly expected: number; readonly found: number }
  | { readonly kind: 'no-header'; readonly path: string }
  | { readonly kind: 'lock-timeout'; readonly lockPath: string; readonly holder: string }
  | { readonly kind: 'io'; readonly path: string; readonly message: string };

/**
 * One line of text for a log error, e.g. `events.jsonl:3: not JSON: {"seq":2,…`.
 *
 * @param file - the log's path or name, prefixed to line-numbered messages
 * @example
 * formatLogError({ kind: 'conflict', expected: 41, found: 42 }, 'events.jsonl')
 * // 'event log conflict: expected last seq 41, found 42'
 */
export function formatLogError(error: AppendError, file = 'event log'): string {
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
      return (
        `${file}:${error.line}: incomplete last line (no newline, not JSON: ${error.excerpt}); ` +
        'it looks like an interrupted append: run `docknet log --repair` to drop it'
      );
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
