/**
 * `NetworkSettings.Ports` of a container, the one source for `docker inspect`, the `docker ps`
 * PORTS column and `docker port` (docker-facts.md §6.3–§6.6).
 */
import type { ContainerState } from '@docknet/core';

/** One host binding of a container port, as the API shows it (`HostIp`, `HostPort`). */
export interface HostBinding {
  readonly hostIp: string;
  readonly hostPort: string;
}

/** `"80/tcp"` → its bindings, or `null` for a port that is exposed but not published. */
export type ContainerPortMap = ReadonlyMap<string, readonly HostBinding[] | null>;

/** Whether the container currently holds a network sandbox of its own with port mappings. */
export function hasOwnPortMappings(container: ContainerState): boolean {
  const live = container.status === 'running' || container.status === 'paused';
  const mode = container.networkMode;
  // Host, none and container: modes have no port mapping; a stopped container's map is nil (§6.6).
  return live && mode !== 'host' && mode !== 'none' && !mode.startsWith('container:');
}

/**
 * The container's port map: every exposed port (`null` when unpublished) and the bindings
 * of published ones, IPv4 before IPv6 for each port (§6.3). Empty unless running with its
 * own network namespace. Keys are in Go map order (sorted).
 *
 * @example
 * containerPortMap(web) // Map { '80/tcp' => [{hostIp:'0.0.0.0',hostPort:'8080'}, {hostIp:'::',hostPort:'8080'}] }
 */
export function containerPortMap(container: ContainerState): ContainerPortMap {
  if (!hasOwnPortMappings(container)) return new Map();
  const map = new Map<string, HostBinding[] | null>();
  for (const key of container.exposedPorts) map.set(key, null);
  for (const p of container.published) {
    const key = `${p.containerPort}/${p.proto}`;
    const list = map.get(key) ?? [];
    list.push({ hostIp: p.hostIp, hostPort: String(p.hostPort) });
    map.set(key, list);
  }
  const isV6 = (b: HostBinding): number => (b.hostIp.includes(':') ? 1 : 0);
  const sorted = [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map(([k, v]) => [k, v === null ? null : [...v].sort((x, y) => isV6(x) - isV6(y))]));
}
