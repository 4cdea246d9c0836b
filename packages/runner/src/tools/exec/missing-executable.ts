/**
 * What Docker prints when the program does not exist in the image (runc's
 * `exec: "ping": executable file not found in $PATH`, wrapped by containerd and the daemon).
 *
 * - `docker exec`: the daemon writes the error into the attached stdout stream
 *   (api/server/router/container/exec.go) and records exit code 126 for a failed exec start
 *   (daemon/exec.go; its deferred 126 overrides the 127 of translateContainerdStartErr).
 * - `docker run`: the start fails with exit 127 (translateContainerdStartErr); the CLI
 *   prints the daemon error. v23+ prefixes `failed to create task for container: `; runc
 *   1.2 (engines 28, 29) adds `error during container init: `.
 *
 * The real stream ends the exec line with `\r\n`; docknet prints `\n`.
 */
import type { EngineProfile } from '@docknet/core';

export const EXEC_MISSING_EXIT = 126;
export const RUN_MISSING_EXIT = 127;

const notFound = (program: string): string => `exec: "${program}": executable file not found in $PATH: unknown`;

export const execMissingMessage = (program: string): string =>
  `OCI runtime exec failed: exec failed: unable to start container process: ${notFound(program)}`;

export const runMissingMessage = (profile: EngineProfile, program: string): string => {
  const wording = profile.missingExecutableWording;
  const init = wording === 'task-init' ? 'error during container init: ' : '';
  const task = wording === 'shim' ? '' : 'failed to create task for container: ';
  return `${task}failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${init}${notFound(program)}`;
};
