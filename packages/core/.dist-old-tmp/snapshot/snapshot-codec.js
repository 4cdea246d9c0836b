/**
 * The state snapshot format: the whole engine state as plain JSON, lossless (maps as
 * arrays in insertion order, the live pools and port table as their `toJSON()`), plus
 * where in its event log it was taken. Derived from the record codecs of
 * `state/records.ts`, which stay the single source of truth for every record inside.
 */
import * as t from 'io-ts';
import { EventLogHeaderCodec, integerAtLeast } from '../log/header.js';
import { PROFILE_IDS } from '../profile/profile.js';
import { CONTAINER_STATUSES } from '../lifecycle/status.js';
import { AttachmentConfigC, ContainerRecordC, EndpointC, HostInterfaceC, NetworkRecordC, PublishedPortC, } from '../state/records.js';
/** The kind every snapshot file declares. */
export const SNAPSHOT_KIND = 'docknet-snapshot';
/** The newest snapshot format this docknet reads and writes. */
export const SNAPSHOT_VERSION = 1;
const ContainerStatusC = t.keyof(Object.fromEntries(CONTAINER_STATUSES.map((s) => [s, null])), 'ContainerStatus');
const ProfileIdC = t.keyof(Object.fromEntries(PROFILE_IDS.map((p) => [p, null])), 'ProfileId');
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
/** A network: its record, live endpoints in join order, and its pools' own JSON. */
export const NetworkSnapshotC = t.type({
    network: NetworkRecordC,
    endpoints: t.readonlyArray(EndpointC),
    pools: t.unknown,
});
export const HostSnapshotC = t.type({
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
});
/** The engine state, losslessly. */
export const StateSnapshotC = t.type({
    profile: ProfileIdC,
    seed: t.number,
    seq: integerAtLeast(0, 'Seq'),
    at: t.string,
    hosts: t.readonlyArray(HostSnapshotC),
});
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
/** A snapshot file: `F.jsonl.snap/<seq>.json`. */
export const SnapshotFileC = t.type({
    kind: t.literal(SNAPSHOT_KIND),
    version: t.literal(SNAPSHOT_VERSION),
    log: LogPrefixC,
    state: StateSnapshotC,
});
//# sourceMappingURL=snapshot-codec.js.map