/**
 * The environment of a process in a container (moby `container.CreateDaemonEnvironment`):
 * PATH, HOSTNAME, TERM with a terminal, the link variables, then the container's own
 * variables replacing or appending, and HOME last (set for root by the runtime).
 */
import type { ContainerState, EngineProfile, HostState } from '@docknet/core';
import { linkEnv } from './link-env.js';

const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const keyOf = (entry: string): string => entry.slice(0, entry.indexOf('=') === -1 ? entry.length : entry.indexOf('='));

const replaceOrAppend = (env: string[], entries: readonly string[]): string[] => {
  const out = [...env];
  for (const entry of entries) {
    const at = out.findIndex((e) => keyOf(e) === keyOf(entry));
    if (at === -1) out.push(entry);
    else out[at] = entry;
  }
  return out;
};

export const processEnv = (
  profile: EngineProfile,
  host: HostState,
  container: ContainerState,
  tty: boolean,
  extra: readonly string[],
): string[] => {
  const base = [DEFAULT_PATH, `HOSTNAME=${container.hostname}`, ...(tty ? ['TERM=xterm'] : []), ...(profile.linkEnvVars ? linkEnv(host, container) : [])];
  const env = replaceOrAppend(replaceOrAppend(base, container.env), extra);
  return env.some((e) => keyOf(e) === 'HOME') ? env : [...env, 'HOME=/root'];
};
