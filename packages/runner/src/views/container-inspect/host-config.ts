/**
 * `HostConfig` of `docker inspect <ctr>`: the networking fields from the container record,
 * the rest at the values `docker run` leaves by default (API 1.44+ field order).
 */
import type { ContainerState, HostState } from '@docknet/core';
import { goMapOf, type GoJson, type GoJsonStruct } from '../go-json/go-json-value.js';

const MASKED_PATHS: readonly string[] = [
  '/proc/asound',
  '/proc/acpi',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/sys/firmware',
  '/sys/devices/virtual/powercap',
];

const READONLY_PATHS: readonly string[] = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

/** `--restart` as stored (`no`, `always`, `on-failure:3`) → `{Name, MaximumRetryCount}`. */
export function restartPolicyJson(policy: string): GoJsonStruct {
  const [name = '', count = '0'] = policy.split(':');
  const retries = Number.parseInt(count, 10);
  return { Name: name === '' ? 'no' : name, MaximumRetryCount: Number.isFinite(retries) ? retries : 0 };
}

/** `HostConfig.Links`: `/<target>:/<container>/<alias>` per legacy link, or `null`. */
function linksJson(host: HostState, container: ContainerState): GoJson {
  if (container.links.length === 0) return null;
  return container.links.map((link) => {
    const target = host.containers.get(link.containerId)?.name ?? link.containerId;
    return `/${target}:/${container.name}/${link.alias}`;
  });
}

/**
 * The container's `HostConfig`.
 *
 * @example
 * hostConfigJson(host, web).NetworkMode // 'bridge'
 */
export function hostConfigJson(host: HostState, container: ContainerState): GoJsonStruct {
  const portBindings = goMapOf(
    Object.entries(container.portBindings).map(([key, list]): [string, GoJson] => [
      key,
      list.map((b) => ({ HostIp: b.hostIp, HostPort: b.hostPort })),
    ]),
  );
  return {
    Binds: null,
    ContainerIDFile: '',
    LogConfig: { Type: 'json-file', Config: new Map() },
    NetworkMode: container.networkMode,
    PortBindings: portBindings,
    RestartPolicy: restartPolicyJson(container.restartPolicy),
    AutoRemove: container.autoRemove,
    VolumeDriver: '',
    VolumesFrom: null,
    ConsoleSize: [0, 0],
    CapAdd: null,
    CapDrop: null,
    CgroupnsMode: 'private',
    Dns: [...container.dns],
    DnsOptions: [],
    DnsSearch: [],
    ExtraHosts: container.extraHosts.length === 0 ? null : [...container.extraHosts],
    GroupAdd: null,
    IpcMode: 'private',
    Cgroup: '',
    Links: linksJson(host, container),
    OomScoreAdj: 0,
    PidMode: '',
    Privileged: false,
    PublishAllPorts: container.publishAllPorts,
    ReadonlyRootfs: false,
    SecurityOpt: null,
    UTSMode: '',
    UsernsMode: '',
    ShmSize: 67108864,
    Runtime: 'runc',
    Isolation: '',
    CpuShares: 0,
    Memory: 0,
    NanoCpus: 0,
    CgroupParent: '',
    BlkioWeight: 0,
    BlkioWeightDevice: [],
    BlkioDeviceReadBps: [],
    BlkioDeviceWriteBps: [],
    BlkioDeviceReadIOps: [],
    BlkioDeviceWriteIOps: [],
    CpuPeriod: 0,
    CpuQuota: 0,
    CpuRealtimePeriod: 0,
    CpuRealtimeRuntime: 0,
    CpusetCpus: '',
    CpusetMems: '',
    Devices: [],
    DeviceCgroupRules: null,
    DeviceRequests: null,
    MemoryReservation: 0,
    MemorySwap: 0,
    MemorySwappiness: null,
    OomKillDisable: null,
    PidsLimit: null,
    Ulimits: [],
    CpuCount: 0,
    CpuPercent: 0,
    IOMaximumIOps: 0,
    IOMaximumBandwidth: 0,
    MaskedPaths: [...MASKED_PATHS],
    ReadonlyPaths: [...READONLY_PATHS],
  };
}
