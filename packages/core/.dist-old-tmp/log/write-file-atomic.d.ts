/**
 * Replaces (or creates) `path` with `data` so that readers see either the old file or the new
 * one, never a mix: the data goes to a temp file in the same directory (same file system, so
 * the rename is atomic), is fsynced, then renamed over `path`; the directory is fsynced too so
 * the rename itself survives a crash.
 *
 * @example
 * await writeFileAtomic('out/state.json', JSON.stringify(state))
 */
export declare function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void>;
/** fsync a directory so a rename or create in it is durable (not supported everywhere). */
export declare function syncDirectory(directory: string): Promise<void>;
//# sourceMappingURL=write-file-atomic.d.ts.map