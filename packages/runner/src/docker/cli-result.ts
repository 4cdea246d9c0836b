/**
 * What one command line printed and returned, and Docker's framing of errors
 * (docker-facts.md §4.5, §9.5).
 */
import type { DockerError, EngineProfile } from '@docknet/core';

export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
}

export const ok = (stdout = '', stderr = ''): CliResult => ({ stdout, stderr, exit: 0 });

export const fail = (stderr: string, exit = 1, stdout = ''): CliResult => ({ stdout, stderr, exit });

/** `Error response from daemon: …` for daemon errors, the bare text for CLI-side ones. */
export const errorText = (err: DockerError): string =>
  err.source === 'daemon' ? `Error response from daemon: ${err.message}` : err.message;

const withDot = (s: string): string => (s.endsWith('.') ? s : `${s}.`);

/**
 * How `docker run`/`docker create` print an error: CLI v28+ `docker: <err>` + blank line +
 * `Run 'docker run --help' …`; older CLIs `docker: <err>.` + `See 'docker run --help'.`
 * (start errors without the help line). Exit 125.
 */
export const runFailure = (
  profile: EngineProfile,
  command: string,
  err: DockerError,
  phase: 'create' | 'start',
  stdout = '',
): CliResult => {
  const text = errorText(err);
  if (profile.cliErrorFooter === 'run') {
    return fail(`docker: ${text}\n\nRun '${command} --help' for more information\n`, 125, stdout);
  }
  const body = `docker: ${withDot(text)}\n`;
  return fail(phase === 'create' ? `${body}See '${command} --help'.\n` : body, 125, stdout);
};

/** A flag or argument error: pflag's text, then usage by CLI generation. */
export const usageFailure = (
  profile: EngineProfile,
  command: string,
  usage: string,
  message: string,
  exit: number,
  footerWord: 'Run' | 'See' = 'Run',
): CliResult => {
  if (profile.cliErrorFooter === 'run') {
    return fail(`${message}\n\nUsage:  ${usage}\n\n${footerWord} '${command} --help' for more information\n`, exit);
  }
  return fail(`${message}\nSee '${command} --help'.\n`, exit);
};
