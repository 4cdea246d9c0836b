import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
// Unique temp names without randomness: the pid separates processes, the counter separates
// concurrent writes within one process.
let temporaryCounter = 0;
/**
 * Replaces (or creates) `path` with `data` so that readers see either the old file or the new
 * one, never a mix: the data goes to a temp file in the same directory (same file system, so
 * the rename is atomic), is fsynced, then renamed over `path`; the directory is fsynced too so
 * the rename itself survives a crash.
 *
 * @example
 * await writeFileAtomic('out/state.json', JSON.stringify(state))
 */
export async function writeFileAtomic(path, data) {
    const directory = dirname(path);
    const temporary = join(directory, `.${basename(path)}.${process.pid}.${temporaryCounter++}.tmp`);
    const file = await open(temporary, 'wx');
    try {
        await file.writeFile(data);
        await file.sync();
    }
    catch (error) {
        await file.close();
        await unlink(temporary).catch(() => undefined);
        throw error;
    }
    await file.close();
    try {
        await rename(temporary, path);
    }
    catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
    }
    await syncDirectory(directory);
}
/** fsync a directory so a rename or create in it is durable (not supported everywhere). */
export async function syncDirectory(directory) {
    try {
        const handle = await open(directory, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // Some platforms (Windows) cannot open or fsync a directory: durability is best effort there.
    }
}
//# sourceMappingURL=write-file-atomic.js.map