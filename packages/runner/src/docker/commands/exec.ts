/**
 * `docker exec [OPTIONS] CONTAINER COMMAND [ARG...]`: runs a simulated tool inside a
 * running container (docs/tools.md). Flags after the container belong to the command.
 */
import type { DockerCommandSpec } from '../command-spec.js';
import { flagBool, flagValues } from '../flags.js';
import { execInContainer } from '../../tools/exec/exec-in-container.js';

export const dockerExec: DockerCommandSpec = {
  path: 'docker exec',
  usage: 'docker exec [OPTIONS] CONTAINER COMMAND [ARG...]',
  description: 'Execute a command in a running container',
  args: { atLeast: 2 },
  interspersed: false,
  usageExit: 1,
  flags: [
    { name: 'detach', short: 'd', kind: 'bool', description: 'Detached mode: run command in the background' },
    { name: 'detach-keys', kind: 'string', description: 'Override the key sequence for detaching a container' },
    { name: 'env', short: 'e', kind: 'list', description: 'Set environment variables' },
    { name: 'env-file', kind: 'list', description: 'Read in a file of environment variables' },
    { name: 'interactive', short: 'i', kind: 'bool', description: 'Keep STDIN open even if not attached' },
    { name: 'privileged', kind: 'bool', description: 'Give extended privileges to the command' },
    { name: 'tty', short: 't', kind: 'bool', description: 'Allocate a pseudo-TTY' },
    { name: 'user', short: 'u', kind: 'string', description: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
    { name: 'workdir', short: 'w', kind: 'string', description: 'Working directory inside the container' },
  ],
  run: (ctx, f) => {
    const [ref = '', ...argv] = f.positionals;
    return execInContainer(ctx, ref, argv, { detach: flagBool(f, 'detach'), tty: flagBool(f, 'tty'), env: flagValues(f, 'env') });
  },
};
