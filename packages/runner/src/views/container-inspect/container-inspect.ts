/**
 * `docker inspect <ctr>` — the container object as the daemon serialises it
 * (`container.InspectResponse`), with the networking parts exact per profile (§9.3).
 */
import type { ContainerState, EngineProfile, HostState } from '@docknet/core';
import type { GoJsonStruct } from '../go-json/go-json-value.js';
import { formatContainerTime, isZeroTime } from '../time/docker-time.js';
import { containerConfigJson } from './container-config.js';
import { hostConfigJson } from './host-config.js';
import { derivedHex, imageId } from './image-id.js';
import { networkSettingsJson } from './network-settings.js';

const CONTAINERS_DIR = '/var/lib/docker/containers';

/** `State` of the container. */
function stateJson(container: ContainerState): GoJsonStruct {
  const s = container.status;
  return {
    Status: s,
    Running: s === 'running' || s === 'paused' || s === 'restarting',
    Paused: s === 'paused',
    Restarting: s === 'restarting',
    OOMKilled: false,
    Dead: s === 'dead',
    Pid: container.pid,
    ExitCode: container.exitCode,
    Error: '',
    StartedAt: formatContainerTime(container.startedAt),
    FinishedAt: formatContainerTime(container.finishedAt),
  };
}

/**
 * `ResolvConfPath`, `HostnamePath`, `HostsPath`: written when networking is first set up
 * (empty before the first start); a `container:` mode container uses its donor's files.
 */
function filePaths(host: HostState, container: ContainerState): { resolv: string; hostname: string; hosts: string } {
  if (isZeroTime(container.startedAt)) return { resolv: '', hostname: '', hosts: '' };
  const donorId = container.networkMode.startsWith('container:') ? container.networkMode.slice('container:'.length) : undefined;
  const owner = donorId !== undefined && host.containers.has(donorId) ? donorId : container.id;
  const dir = `${CONTAINERS_DIR}/${owner}`;
  return { resolv: `${dir}/resolv.conf`, hostname: `${dir}/hostname`, hosts: `${dir}/hosts` };
}

function graphDriverJson(container: ContainerState): GoJsonStruct {
  const layer = `/var/lib/docker/overlay2/${derivedHex('docknet-layer', container.id)}`;
  const imageLayer = `/var/lib/docker/overlay2/${derivedHex('docknet-image-layer', imageId(container.image))}`;
  return {
    Data: new Map([
      ['LowerDir', `${layer}-init/diff:${imageLayer}/diff`],
      ['MergedDir', `${layer}/merged`],
      ['UpperDir', `${layer}/diff`],
      ['WorkDir', `${layer}/work`],
    ]),
    Name: 'overlay2',
  };
}

/**
 * The JSON object `docker inspect <container>` prints for one container.
 *
 * @example
 * renderInspectArray([containerInspectJson(host, web, profileFor('28'))])
 */
export function containerInspectJson(host: HostState, container: ContainerState, profile: EngineProfile): GoJsonStruct {
  const [path = '', ...args] = container.cmd;
  const paths = filePaths(host, container);
  const started = !isZeroTime(container.startedAt);
  return {
    Id: container.id,
    Created: formatContainerTime(container.created),
    Path: path,
    Args: args,
    State: stateJson(container),
    Image: imageId(container.image),
    ResolvConfPath: paths.resolv,
    HostnamePath: paths.hostname,
    HostsPath: paths.hosts,
    LogPath: started ? `${CONTAINERS_DIR}/${container.id}/${container.id}-json.log` : '',
    Name: `/${container.name}`,
    RestartCount: container.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: 'docker-default',
    ExecIDs: null,
    HostConfig: hostConfigJson(host, container),
    GraphDriver: graphDriverJson(container),
    Mounts: [],
    Config: containerConfigJson(container),
    NetworkSettings: networkSettingsJson(host, container, profile),
  };
}
