/**
 * Why a command line could not be split.
 *
 * - `unsupported`: valid shell that docknet deliberately does not run (`;`, `&&`, `>`,
 *   `$(…)`, `$VAR`, backticks, `&`, …). `construct` names it in the user's own spelling.
 * - `syntax`: not valid shell at all (an unterminated quote, an empty pipeline stage).
 *
 * `index` is the 0-based offset in the command line where the problem starts, so a
 * caller can turn it into a line:column of its own source.
 */
export interface ShellError {
  readonly kind: 'unsupported' | 'syntax';
  readonly construct: string;
  readonly message: string;
  readonly index: number;
}

/** Builds the error for shell syntax that is valid but not supported by docknet. */
export const unsupported = (construct: string, what: string, index: number): ShellError => ({
  kind: 'unsupported',
  construct,
  message: `${what} (${construct}) is not supported; docknet runs one command, optionally piped into text filters`,
  index,
});

/** Builds the error for a line that is not valid shell. */
export const syntaxError = (construct: string, message: string, index: number): ShellError => ({
  kind: 'syntax',
  construct,
  message,
  index,
});
