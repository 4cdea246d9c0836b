/**
 * `Config` of `docker inspect <ctr>` (`container.Config`, field order of the API struct).
 */
import type { ContainerState } from '@docknet/core';
import { goMapOf, type GoJson, type GoJsonStruct } from '../go-json/go-json-value.js';

/**
 * The container's `Config`. `ExposedPorts` is `omitempty`, so it is absent when the
 * container exposes nothing; each exposed port maps to an empty struct (`{}`).
 *
 * @example
 * containerConfigJson(web).ExposedPorts // Map { '80/tcp' => {} }
 */
export function containerConfigJson(container: ContainerState): GoJsonStruct {
  const exposed =
    container.exposedPorts.length === 0
      ? {}
      : { ExposedPorts: goMapOf(container.exposedPorts.map((p): [string, GoJson] => [p, {}])) };
  return {
    Hostname: container.hostname,
    Domainname: container.domainname,
    User: '',
    // docknet does not record whether `docker run` attached (no -d); detached is the
    // tutorials' common case.
    AttachStdin: false,
    AttachStdout: false,
    AttachStderr: false,
    ...exposed,
    Tty: container.tty,
    OpenStdin: container.openStdin,
    StdinOnce: false,
    Env: container.env.length === 0 ? null : [...container.env],
    Cmd: container.cmd.length === 0 ? null : [...container.cmd],
    Image: container.image,
    Volumes: null,
    WorkingDir: '',
    Entrypoint: null,
    OnBuild: null,
    // Task containers carry the com.docker.swarm.* labels (swarm-facts.md §9).
    Labels: goMapOf(container.labels),
  };
}
