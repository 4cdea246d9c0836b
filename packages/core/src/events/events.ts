/**
 * The event catalogue. Events record decisions (allocated IPs, MACs, IDs, veth names,
 * host ports), never requests, so folding a log never re-runs allocation.
 * The io-ts codecs here define the JSONL log format (SPEC §4).
 */
import * as t from 'io-ts';
import {
  ContainerRecordC,
  EndpointC,
  HostInterfaceC,
  AttachmentConfigC,
  NetworkRecordC,
  PublishedPortC,
  ServiceRecordC,
  SwarmClusterC,
  SwarmNodeC,
  TaskRecordC,
} from '../state/records.js';

const event = <T extends string, D extends t.Mixed>(type: T, data: D) =>
  t.type({ type: t.literal(type), data });

/** A Docker host came up: its hostname, physical interfaces and engine id. */
export const HostBootedC = event(
  'HostBooted',
  t.type({ engineId: t.string, interfaces: t.array(HostInterfaceC), nextIfIndex: t.number }),
);
export const NetworkCreatedC = event(
  'NetworkCreated',
  t.intersection([t.type({ network: NetworkRecordC }), t.partial({ poolCursor: t.number })]),
);
export const NetworkRemovedC = event('NetworkRemoved', t.type({ networkId: t.string }));
export const ContainerCreatedC = event(
  'ContainerCreated',
  t.type({ container: ContainerRecordC, dnsNames: t.record(t.string, t.array(t.string)) }),
);
export const ContainerStartedC = event(
  'ContainerStarted',
  t.type({ containerId: t.string, pid: t.number, sandbox: t.type({ id: t.string, key: t.string }) }),
);
/** A container joined a network: the endpoint with every decided value. */
export const EndpointJoinedC = event('EndpointJoined', t.type({ endpoint: EndpointC }));
/** A container left a network: its address goes back to the pool. */
export const EndpointLeftC = event(
  'EndpointLeft',
  t.type({ containerId: t.string, networkId: t.string, endpointId: t.string }),
);
export const PortsPublishedC = event(
  'PortsPublished',
  t.type({ containerId: t.string, ports: t.array(PublishedPortC) }),
);
export const PortsReleasedC = event('PortsReleased', t.type({ containerId: t.string }));
export const ContainerStoppedC = event(
  'ContainerStopped',
  t.type({ containerId: t.string, exitCode: t.number }),
);
export const ContainerPausedC = event('ContainerPaused', t.type({ containerId: t.string }));
export const ContainerUnpausedC = event('ContainerUnpaused', t.type({ containerId: t.string }));
export const ContainerRemovedC = event('ContainerRemoved', t.type({ containerId: t.string }));
export const ContainerRenamedC = event('ContainerRenamed', t.type({ containerId: t.string, name: t.string }));
/** A network was added to a container's configuration (`docker network connect`, `--network` at create). */
export const NetworkConnectedC = event(
  'NetworkConnected',
  t.type({ containerId: t.string, attachment: AttachmentConfigC, dnsNames: t.array(t.string) }),
);
export const NetworkDisconnectedC = event(
  'NetworkDisconnected',
  t.type({ containerId: t.string, networkId: t.string }),
);

/** `docker swarm init`: a new cluster with this host as its first manager. */
export const SwarmInitializedC = event('SwarmInitialized', t.type({ cluster: SwarmClusterC, node: SwarmNodeC }));
/** `docker swarm join`: the event's host became a node of the cluster. */
export const NodeJoinedC = event('NodeJoined', t.type({ clusterId: t.string, node: SwarmNodeC }));
/** `docker swarm leave`: the node left; the cluster ends with its last node. */
export const NodeLeftC = event('NodeLeft', t.type({ clusterId: t.string, nodeId: t.string }));
/** `docker node rm`: a node that left is forgotten. */
export const NodeRemovedC = event('NodeRemoved', t.type({ clusterId: t.string, nodeId: t.string }));
/**
 * A swarm-scope network exists in the cluster (its subnet and shared address pool); each
 * node that sees it gets its own `NetworkCreated` with the same record.
 */
export const SwarmNetworkCreatedC = event(
  'SwarmNetworkCreated',
  t.intersection([t.type({ clusterId: t.string, network: NetworkRecordC }), t.partial({ poolCursor: t.number })]),
);
export const SwarmNetworkRemovedC = event('SwarmNetworkRemoved', t.type({ clusterId: t.string, networkId: t.string }));
/** `docker service create`: the service and its virtual IPs (allocated in the networks' pools). */
export const ServiceCreatedC = event('ServiceCreated', t.type({ clusterId: t.string, service: ServiceRecordC }));
export const ServiceScaledC = event('ServiceScaled', t.type({ clusterId: t.string, serviceId: t.string, replicas: t.number }));
/** The service is gone; its virtual IPs go back to the pools. */
export const ServiceRemovedC = event('ServiceRemoved', t.type({ clusterId: t.string, serviceId: t.string }));
/** The orchestrator placed a task on a node; its container follows on that node's host. */
export const TaskCreatedC = event('TaskCreated', t.type({ clusterId: t.string, task: TaskRecordC }));
export const TaskRemovedC = event('TaskRemoved', t.type({ clusterId: t.string, serviceId: t.string, taskId: t.string }));

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
  SwarmInitializedC,
  NodeJoinedC,
  NodeLeftC,
  NodeRemovedC,
  SwarmNetworkCreatedC,
  SwarmNetworkRemovedC,
  ServiceCreatedC,
  ServiceScaledC,
  ServiceRemovedC,
  TaskCreatedC,
  TaskRemovedC,
]);
/** What `decide` produces: an event without its place in the log. */
export type EventBody = t.TypeOf<typeof EventBodyC>;
export type EventType = EventBody['type'];
export type EventOf<T extends EventType> = Extract<EventBody, { type: T }>;

/** An event as stored in the log: its body with `seq`, logical time and host. */
export const EventEnvelopeC = t.intersection([
  t.type({ seq: t.number, at: t.string, host: t.string }),
  EventBodyC,
]);
export type EventEnvelope = t.TypeOf<typeof EventEnvelopeC>;

/** A decided event addressed to a host, before the log gives it a seq and time. */
export type HostEvent = EventBody & { readonly host: string };

/**
 * What a handler returns: an event for the host the command ran on, or, with `host`, for
 * another host (a swarm command places tasks and networks on other nodes).
 */
export type DecidedEvent = EventBody & { readonly host?: string };

export const EVENT_TYPES: readonly EventType[] = EventBodyC.types.map((c) => c.props.type.value);
