/**
 * The event catalogue. Events record decisions (allocated IPs, MACs, IDs, veth names,
 * host ports), never requests, so folding a log never re-runs allocation.
 * The io-ts codecs here define the JSONL log format (SPEC §4).
 */
import * as t from 'io-ts';
import { ContainerRecordC, EndpointC, HostInterfaceC, AttachmentConfigC, NetworkRecordC, PublishedPortC, } from '../state/records.js';
const event = (type, data) => t.type({ type: t.literal(type), data });
/** A Docker host came up: its hostname, physical interfaces and engine id. */
export const HostBootedC = event('HostBooted', t.type({ engineId: t.string, interfaces: t.array(HostInterfaceC), nextIfIndex: t.number }));
export const NetworkCreatedC = event('NetworkCreated', t.intersection([t.type({ network: NetworkRecordC }), t.partial({ poolCursor: t.number })]));
export const NetworkRemovedC = event('NetworkRemoved', t.type({ networkId: t.string }));
export const ContainerCreatedC = event('ContainerCreated', t.type({ container: ContainerRecordC, dnsNames: t.record(t.string, t.array(t.string)) }));
export const ContainerStartedC = event('ContainerStarted', t.type({ containerId: t.string, pid: t.number, sandbox: t.type({ id: t.string, key: t.string }) }));
/** A container joined a network: the endpoint with every decided value. */
export const EndpointJoinedC = event('EndpointJoined', t.type({ endpoint: EndpointC }));
/** A container left a network: its address goes back to the pool. */
export const EndpointLeftC = event('EndpointLeft', t.type({ containerId: t.string, networkId: t.string, endpointId: t.string }));
export const PortsPublishedC = event('PortsPublished', t.type({ containerId: t.string, ports: t.array(PublishedPortC) }));
export const PortsReleasedC = event('PortsReleased', t.type({ containerId: t.string }));
export const ContainerStoppedC = event('ContainerStopped', t.type({ containerId: t.string, exitCode: t.number }));
export const ContainerPausedC = event('ContainerPaused', t.type({ containerId: t.string }));
export const ContainerUnpausedC = event('ContainerUnpaused', t.type({ containerId: t.string }));
export const ContainerRemovedC = event('ContainerRemoved', t.type({ containerId: t.string }));
export const ContainerRenamedC = event('ContainerRenamed', t.type({ containerId: t.string, name: t.string }));
/** A network was added to a container's configuration (`docker network connect`, `--network` at create). */
export const NetworkConnectedC = event('NetworkConnected', t.type({ containerId: t.string, attachment: AttachmentConfigC, dnsNames: t.array(t.string) }));
export const NetworkDisconnectedC = event('NetworkDisconnected', t.type({ containerId: t.string, networkId: t.string }));
export const EventBodyC = t.union([
    HostBootedC,
    NetworkCreatedC,
    NetworkRemovedC,
    ContainerCreatedC,
    ContainerStartedC,
    EndpointJoinedC,
    EndpointLeftC,
    PortsPublishedC,
    PortsReleasedC,
    ContainerStoppedC,
    ContainerPausedC,
    ContainerUnpausedC,
    ContainerRemovedC,
    ContainerRenamedC,
    NetworkConnectedC,
    NetworkDisconnectedC,
]);
/** An event as stored in the log: its body with `seq`, logical time and host. */
export const EventEnvelopeC = t.intersection([
    t.type({ seq: t.number, at: t.string, host: t.string }),
    EventBodyC,
]);
export const EVENT_TYPES = EventBodyC.types.map((c) => c.props.type.value);
//# sourceMappingURL=events.js.map