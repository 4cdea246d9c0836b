/**
 * What a text filter printed and how it exited, as a process would: `exit` is the status
 * a shell's `$?` would show for that stage.
 */
export interface FilterResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
}

/** A text filter: pure, total, deterministic. */
export type Filter = (args: readonly string[], input: string) => FilterResult;

/** A successful run. */
export const ok = (stdout: string): FilterResult => ({ stdout, stderr: '', exit: 0 });

/** A run that printed only an error. */
export const failed = (stderr: string, exit: number): FilterResult => ({ stdout: '', stderr, exit });

/**
 * The usage error every GNU tool prints: `prog: message`, then `Try 'prog --help' …`.
 * grep also prints its `Usage:` line in between, so the caller can pass extra lines.
 */
export const usageError = (program: string, message: string | undefined, exit: number, usageLines: readonly string[] = []): FilterResult =>
  failed(
    [...(message === undefined ? [] : [`${program}: ${message}`]), ...usageLines, `Try '${program} --help' for more information.`]
      .map((line) => `${line}\n`)
      .join(''),
    exit,
  );
