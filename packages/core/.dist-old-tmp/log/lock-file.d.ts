import type { Either } from 'fp-ts/lib/Either.js';
/** How long to keep trying for a lock held by another live process. */
export interface LockOptions {
    /** Attempts before giving up (default 1000). */
    readonly attempts?: number;
    /** Milliseconds between attempts (default 10, so ~10 s in all). */
    readonly delayMs?: number;
}
/** The lock stayed held by a live process for all attempts. */
export interface LockTimeout {
    readonly kind: 'lock-timeout';
    readonly lockPath: string;
    readonly holder: string;
}
/**
 * Runs `action` while holding an exclusive lock file at `lockPath` (`<pid>@<host>` inside).
 * Waits while another live process holds it; takes over a lock whose holder process is gone.
 * The lock is released when `action` settles, whether it succeeds or throws.
 */
export declare function withLockFile<T>(lockPath: string, action: () => Promise<T>, options?: LockOptions): Promise<Either<LockTimeout, T>>;
//# sourceMappingURL=lock-file.d.ts.map