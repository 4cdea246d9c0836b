/**
 * `docker port CONTAINER [PRIVATE_PORT[/PROTO]]` (docker-facts.md §6.5).
 */
import { cliError, type ContainerState, type DockerError, type EngineProfile } from '@docknet/core';
import * as E from 'fp-ts/lib/Either.js';
import { joinHostPort } from '../ps/displayable-ports.js';
import { naturalCompare } from '../sort/natural-less.js';
import { containerPortMap } from './container-ports.js';
import { portStrings } from './port-strings.js';

function checkPort(port: string, profile: EngineProfile): DockerError | undefined {
  if (!/^[0-9]+$/.test(port)) return cliError(portStrings.invalidPort(port, 'invalid syntax', profile));
  if (Number(port) > 0xffff) return cliError(portStrings.invalidPort(port, 'value out of range', profile));
  return undefined;
}

/**
 * The lines `docker port` prints, natural-sorted as the CLI sorts them: `80/tcp -> 0.0.0.0:8080`
 * for every binding, or only the host side (`0.0.0.0:8080`, `[::]:8080`) for one asked port
 * (protocol `tcp` unless given). A port without bindings is an error naming the port and the
 * container as the user typed them.
 *
 * @param containerRef - the container argument as typed (the error echoes it)
 * @example
 * portLines(web, '80', profileFor('28')) // Right(['0.0.0.0:8080', '[::]:8080'])
 */
export function portLines(
  container: ContainerState,
  portArg: string | undefined,
  profile: EngineProfile,
  containerRef: string = container.name,
): E.Either<DockerError, string[]> {
  const map = containerPortMap(container);
  const out: string[] = [];
  if (portArg !== undefined && portArg !== '') {
    const slash = portArg.indexOf('/');
    const port = slash < 0 ? portArg : portArg.slice(0, slash);
    const proto = slash < 0 || portArg.slice(slash + 1) === '' ? 'tcp' : portArg.slice(slash + 1);
    const bad = checkPort(port, profile);
    if (bad !== undefined) return E.left(bad);
    const bindings = map.get(`${port}/${proto}`);
    if (bindings === undefined || bindings === null || bindings.length === 0) {
      return E.left(cliError(portStrings.noPublicPort(portArg, containerRef, profile)));
    }
    for (const b of bindings) out.push(joinHostPort(b.hostIp, b.hostPort));
  } else {
    for (const [key, bindings] of map) for (const b of bindings ?? []) out.push(`${key} -> ${joinHostPort(b.hostIp, b.hostPort)}`);
  }
  return E.right(out.sort(naturalCompare));
}
