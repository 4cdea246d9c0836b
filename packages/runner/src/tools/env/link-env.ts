/**
 * Legacy `--link` environment variables (moby `daemon/links/links.go ToEnv`,
 * docker-facts.md §4.3), set by engines up to v28: per exposed port of the child,
 * `ALIAS_PORT_5432_TCP…`, the lowest port as `ALIAS_PORT`, `ALIAS_NAME=/parent/alias` and the
 * child's own environment as `ALIAS_ENV_*` (HOME and PATH left out). Ranges of consecutive
 * ports are listed port by port here (Docker adds `_START`/`_END` variables for them).
 */
import type { ContainerState, HostState } from '@docknet/core';

interface ExposedPort {
  readonly port: number;
  readonly proto: string;
}

const parsePort = (spec: string): ExposedPort => {
  const [port = '0', proto = 'tcp'] = spec.split('/');
  return { port: Number(port), proto };
};

/** `nat.Sort` with TCP first: by port, tcp before other protocols. */
const byPortTcpFirst = (a: ExposedPort, b: ExposedPort): number =>
  a.port - b.port || (a.proto === 'tcp' ? -1 : 0) - (b.proto === 'tcp' ? -1 : 0);

export const linkEnv = (host: HostState, container: ContainerState): string[] => {
  const env: string[] = [];
  for (const link of container.links) {
    const child = host.containers.get(link.containerId);
    if (child === undefined) continue;
    const ip = [...child.attachments.values()].find((a) => host.networks.get(a.networkId)?.name === 'bridge')?.endpoint?.ipv4 ?? '';
    const alias = link.alias.toUpperCase().replaceAll('-', '_');
    const ports = child.exposedPorts.map(parsePort).sort(byPortTcpFirst);
    const [first] = ports;
    if (first !== undefined) env.push(`${alias}_PORT=${first.proto}://${ip}:${first.port}`);
    for (const p of ports) {
      const key = `${alias}_PORT_${p.port}_${p.proto.toUpperCase()}`;
      env.push(`${key}=${p.proto}://${ip}:${p.port}`, `${key}_ADDR=${ip}`, `${key}_PORT=${p.port}`, `${key}_PROTO=${p.proto}`);
    }
    env.push(`${alias}_NAME=/${container.name}/${link.alias}`);
    for (const entry of child.env) {
      const eq = entry.indexOf('=');
      if (eq === -1) continue;
      const name = entry.slice(0, eq);
      if (name === 'HOME' || name === 'PATH') continue;
      env.push(`${alias}_ENV_${name}=${entry.slice(eq + 1)}`);
    }
  }
  return env;
};
