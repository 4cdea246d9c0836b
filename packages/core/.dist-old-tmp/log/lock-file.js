import { hostname } from 'node:os';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { left, right } from 'fp-ts/lib/Either.js';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const errorCode = (error) => typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
let attemptCounter = 0;
const OWNER = `${process.pid}@${hostname()}`;
/**
 * Creates `path` holding `content`, atomically and only if it does not exist. The content goes
 * to a private temp file first and is then hard-linked to `path`: `link` fails with EEXIST when
 * `path` exists, and unlike open(…, 'wx') + write there is no moment where the lock file exists
 * but is still empty (which a rival could misread as stale).
 */
async function createExclusive(path, content) {
    const temporary = `${path}.${process.pid}.${attemptCounter++}.tmp`;
    await writeFile(temporary, content, { flag: 'wx' });
    try {
        await link(temporary, path);
        return true;
    }
    catch (error) {
        if (errorCode(error) === 'EEXIST')
            return false;
        throw error;
    }
    finally {
        await unlink(temporary).catch(() => undefined);
    }
}
async function readHolder(path) {
    try {
        return (await readFile(path, 'utf8')).trim();
    }
    catch (error) {
        if (errorCode(error) === 'ENOENT')
            return undefined;
        throw error;
    }
}
/**
 * A holder is stale when it names a process on this host that no longer exists. Holders on
 * other hosts (a log on a shared file system) are never judged: we cannot see their processes.
 */
function isStale(holder) {
    const at = holder.indexOf('@');
    const pid = Number(holder.slice(0, at));
    if (at < 0 || holder.slice(at + 1) !== hostname() || !Number.isSafeInteger(pid) || pid <= 0) {
        return false;
    }
    try {
        process.kill(pid, 0); // signal 0: existence check only
        return false;
    }
    catch (error) {
        return errorCode(error) === 'ESRCH'; // EPERM: it exists but belongs to someone else
    }
}
/**
 * Removes a stale lock without ever removing a live one. Two processes may find the same stale
 * lock; if both unlinked it, the slower one could delete the lock the faster one had just
 * taken. So breaking is itself serialised by a second lock file (`<lock>.break`), and under it
 * the lock is re-read and removed only if it still names the same dead holder.
 */
async function breakStaleLock(lockPath, staleHolder) {
    const breaker = `${lockPath}.break`;
    if (!(await createExclusive(breaker, OWNER))) {
        // Someone else is breaking it. If that breaker died mid-way (a window of microseconds),
        // clear it so the lock cannot wedge forever.
        const breakerHolder = await readHolder(breaker);
        if (breakerHolder !== undefined && isStale(breakerHolder))
            await unlink(breaker).catch(() => undefined);
        return;
    }
    try {
        if ((await readHolder(lockPath)) === staleHolder)
            await unlink(lockPath).catch(() => undefined);
    }
    finally {
        await unlink(breaker).catch(() => undefined);
    }
}
/**
 * Runs `action` while holding an exclusive lock file at `lockPath` (`<pid>@<host>` inside).
 * Waits while another live process holds it; takes over a lock whose holder process is gone.
 * The lock is released when `action` settles, whether it succeeds or throws.
 */
export async function withLockFile(lockPath, action, options = {}) {
    const attempts = options.attempts ?? 1000;
    const delayMs = options.delayMs ?? 10;
    let holder = 'unknown';
    for (let attempt = 0; attempt < attempts; attempt++) {
        if (await createExclusive(lockPath, OWNER)) {
            try {
                return right(await action());
            }
            finally {
                await unlink(lockPath).catch(() => undefined);
            }
        }
        holder = (await readHolder(lockPath)) ?? holder;
        if (isStale(holder)) {
            await breakStaleLock(lockPath, holder);
            continue;
        }
        await sleep(delayMs);
    }
    return left({ kind: 'lock-timeout', lockPath, holder });
}
//# sourceMappingURL=lock-file.js.map