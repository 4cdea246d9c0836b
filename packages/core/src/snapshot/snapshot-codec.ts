/**
 * The state snapshot format: the whole engine state as plain JSON, lossless (maps as
 * arrays in insertion order, the live pools and port table as their `toJSON()`), plus
 * where in its event log it was taken. Derived from the record codecs of
 * `state/records.ts`, which stay the single source of truth for every record inside.
 */
import * as t from 'io-ts';
import { EventLogHeaderCodec, integerAtLeast } from '../log/header.js';
import { PROFILE_IDS, type ProfileId } from '../profile/profile.js';
import { CONTAINER_STATUSES, type ContainerStatus } from '../lifecycle/status.js';
import {
  AttachmentConfigC,
  ContainerRecordC,
  EndpointC,
  HostInterfaceC,
  NetworkRecordC,
  PublishedPortC,
  ServiceRecordC,
  SwarmClusterC,
  SwarmNodeC,
  TaskRecordC,
} from '../state/records.js';

/** The kind every snapshot file declares. */
export const SNAPSHOT_KIND = 'docknet-snapshot';
/** The newest snapshot format this docknet reads and writes. */
export const SNAPSHOT_VERSION = 1;

const ContainerStatusC: t.Type<ContainerStatus> = t.keyof(
  Object.fromEntries(CONTAINER_STATUSES.map((s) => [s, null])) as Record<ContainerStatus, null>,
  'ContainerStatus',
);

const ProfileIdC: t.Type<ProfileId> = t.keyof(
  Object.fromEntries(PROFILE_IDS.map((p) => [p, null])) as Record<ProfileId, null>,
  'ProfileId',
);

/** A name → id index (`networkIdsByName`, `containerIdsByName`) in insertion order. */
const NameIndexC = t.readonlyArray(t.tuple([t.string, t.string]));

/** One network a container is configured on, with its live endpoint if it has one. */
export const AttachmentSnapshotC = t.intersection([
  AttachmentConfigC,
  t.type({ dnsNames: t.readonlyArray(t.string) }),
  t.partial({ endpoint: EndpointC }),
]);

const { attachments: _attachments, ...containerRecordProps } = ContainerRecordC.props;

/** A container: its created record (`attachments` as they are now), lifecycle fields, ports. */
export const ContainerSnapshotC = t.intersection([
  t.type({
    ...containerRecordProps,
    status: ContainerStatusC,
    pid: t.number,
    exitCode: t.number,
    startedAt: t.string,
    finishedAt: t.string,
    restartCount: t.number,
    ifaceCounter: t.number,
    attachments: t.readonlyArray(AttachmentSnapshotC),
    published: t.readonlyArray(PublishedPortC),
  }),
  t.partial({ sandbox: t.type({ id: t.string, key: t.string }) }),
]);
export type ContainerSnapshot = t.TypeOf<typeof ContainerSnapshotC>;

/** A network: its record, live endpoints in join order, and its pools' own JSON. */
export const NetworkSnapshotC = t.type({
  network: NetworkRecordC,
  endpoints: t.readonlyArray(EndpointC),
  pools: t.unknown,
});
export type NetworkSnapshot = t.TypeOf<typeof NetworkSnapshotC>;

export const HostSnapshotC = t.intersection([t.type({
  name: t.string,
  engineId: t.string,
  interfaces: t.readonlyArray(HostInterfaceC),
  nextIfIndex: t.number,
  poolCursor: t.number,
  networks: t.readonlyArray(NetworkSnapshotC),
  networkIdsByName: NameIndexC,
  containers: t.readonlyArray(ContainerSnapshotC),
  containerIdsByName: NameIndexC,
  /** The port table's own JSON. */
  ports: t.unknown,
}), t.partial({ swarm: t.type({ clusterId: t.string, nodeId: t.string }) })]);
export type HostSnapshot = t.TypeOf<typeof HostSnapshotC>;

/** A swarm network: its record, the shared pools' JSON, every node's live endpoints, the VIPs. */
export const SwarmNetworkSnapshotC = t.type({
  network: NetworkRecordC,
  pools: t.unknown,
  endpoints: t.readonlyArray(
    t.intersection([
      t.type({ endpoint: EndpointC, host: t.string, names: t.readonlyArray(t.string) }),
      t.partial({ service: t.string }),
    ]),
  ),
  vips: NameIndexC,
});
export type SwarmNetworkSnapshot = t.TypeOf<typeof SwarmNetworkSnapshotC>;

/** A swarm: what init decided, its nodes, networks, services (with their tasks) and indexes. */
export const ClusterSnapshotC = t.type({
  cluster: SwarmClusterC,
  nodes: t.readonlyArray(t.intersection([SwarmNodeC, t.type({ status: t.union([t.literal('ready'), t.literal('down')]) })])),
  networks: t.readonlyArray(SwarmNetworkSnapshotC),
  networkIdsByName: NameIndexC,
  services: t.readonlyArray(t.type({ service: ServiceRecordC, tasks: t.readonlyArray(TaskRecordC) })),
  serviceIdsByName: NameIndexC,
  poolCursor: t.number,
});
export type ClusterSnapshot = t.TypeOf<typeof ClusterSnapshotC>;

/** The engine state, losslessly. */
export const StateSnapshotC = t.intersection([
  t.type({
    profile: ProfileIdC,
    seed: t.number,
    seq: integerAtLeast(0, 'Seq'),
    at: t.string,
    hosts: t.readonlyArray(HostSnapshotC),
  }),
  t.partial({ swarms: t.readonlyArray(ClusterSnapshotC) }),
]);
export type StateSnapshot = t.TypeOf<typeof StateSnapshotC>;

/**
 * Which prefix of which log a snapshot stands for: the log's header, the last event
 * folded, and the prefix's length and sha256 (header line through that event's newline),
 * so a snapshot of another or a rewritten log is never used.
 */
export const LogPrefixC = t.type({
  header: EventLogHeaderCodec,
  seq: integerAtLeast(0, 'Seq'),
  /** Lines in the prefix (the header is line 1). */
  lines: integerAtLeast(1, 'Lines'),
  /** Bytes in the prefix. */
  bytes: integerAtLeast(0, 'Bytes'),
  sha256: t.string,
});
export type LogPrefix = t.TypeOf<typeof LogPrefixC>;

/** A snapshot file: `F.jsonl.snap/<seq>.json`. */
export const SnapshotFileC = t.type({
  kind: t.literal(SNAPSHOT_KIND),
  version: t.literal(SNAPSHOT_VERSION),
  log: LogPrefixC,
  state: StateSnapshotC,
});
export type SnapshotFile = t.TypeOf<typeof SnapshotFileC>;
