/**
 * Publishing ports at start (docker-facts.md §6): bindings, ephemeral ports, order, conflicts.
 */
import { describe, expect, it } from 'vitest';
import { PROFILE_IDS, type EventEnvelope, type PublishedPort } from '@docknet/core';
import {
  createContainer,
  createNetwork,
  deciderSpec,
  endpointOf,
  kill,
  NGINX,
  removeContainer,
  run,
  start,
  stop,
} from './testing/index.js';

const published = (events: readonly EventEnvelope[]): PublishedPort[] =>
  events.flatMap((e) => (e.type === 'PortsPublished' ? e.data.ports : []));

/** container port → host port, one entry per mapping (the v4/v6 pair collapsed). */
const hostPorts = (events: readonly EventEnvelope[]): Record<string, number> =>
  Object.fromEntries(published(events).map((p) => [`${p.containerPort}/${p.proto}`, p.hostPort]));

describe('port publishing', () => {
  describe.each(PROFILE_IDS)('profile %s', (profile) => {
    const spec = deciderSpec({ profile });
    const prefixed = (m: string) => (profile === '28' || profile === '29' ? `failed to set up container networking: ${m}` : m);

    it('-p 8080:80 binds 0.0.0.0 and :: on the same port (§6.2)', () => {
      spec
        .given(createContainer({ name: 'web', publish: ['8080:80'] }))
        .when(start('web'))
        .then([
          { type: 'ContainerStarted' },
          { type: 'EndpointJoined' },
          {
            type: 'PortsPublished',
            data: {
              ports: [
                { containerPort: 80, proto: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 },
                { containerPort: 80, proto: 'tcp', hostIp: '::', hostPort: 8080 },
              ],
            },
          },
        ]);
    });

    it('an explicit host IP binds exactly that address', () => {
      const { events } = spec.given(createContainer({ name: 'web', publish: ['127.0.0.1:8080:80'] })).when(start('web')).thenDecided();
      expect(published(events)).toEqual([{ containerPort: 80, proto: 'tcp', hostIp: '127.0.0.1', hostPort: 8080 }]);
    });

    it('ephemeral ports start at 32768 and go on serially: 32768, 32769 (§6.3)', () => {
      const given = spec.given(run({ name: 'pa', publish: ['80'] }), createContainer({ name: 'pb', publish: ['80'] }));
      const { events, before } = given.when(start('pb')).thenDecided();
      expect(before.hosts.get('docker-host')?.ports.isBound('tcp', '0.0.0.0', 32768)).toBe(true);
      expect(published(events).map((p) => [p.hostIp, p.hostPort])).toEqual([
        ['0.0.0.0', 32769],
        ['::', 32769],
      ]);
      expect(published(events).every((p) => p.ephemeral === true)).toBe(true);
    });

    it('a released ephemeral port is not reused before the range wraps', () => {
      const { events } = spec
        .given(run({ name: 'pa', publish: ['80'] }), run({ name: 'pb', publish: ['80'] }), stop('pa'), createContainer({ name: 'pc', publish: ['80'] }))
        .when(start('pc'))
        .thenDecided();
      expect(hostPorts(events)).toEqual({ '80/tcp': 32770 });
    });

    it('a host port range keeps its own cursor: the default range is not moved by it (portallocator portRanges)', () => {
      const { events } = spec
        .given(run({ name: 'pa', publish: ['80'] }), run({ name: 'pr', publish: ['9000-9010:80'] }), stop('pa'), createContainer({ name: 'pc', publish: ['80'] }))
        .when(start('pc'))
        .thenDecided();
      expect(hostPorts(events)).toEqual({ '80/tcp': 32769 });
    });

    it('a host port range hands out its ports serially too: 9000, then 9001', () => {
      const { events } = spec
        .given(run({ name: 'pa', publish: ['9000-9010:80'] }), stop('pa'), createContainer({ name: 'pb', publish: ['9000-9010:80'] }))
        .when(start('pb'))
        .thenDecided();
      expect(published(events)[0]).toMatchObject({ hostPort: 9001, portRange: '9000-9010' });
    });

    it('a restarted container gets a fresh ephemeral port', () => {
      const { events } = spec.given(run({ name: 'pa', publish: ['80'] }), stop('pa')).when(start('pa')).thenDecided();
      expect(hostPorts(events)).toEqual({ '80/tcp': 32769 });
    });

    it('-P publishes the image EXPOSE ports to ephemeral ports', () => {
      const { events } = spec.given(createContainer({ name: 'web', image: NGINX, publishAll: true })).when(start('web')).thenDecided();
      expect(hostPorts(events)).toEqual({ '80/tcp': 32768 });
    });

    it('exact ports are taken before ephemeral ones', () => {
      const { events } = spec.given(createContainer({ name: 'web', publish: ['9000', '8080:80'] })).when(start('web')).thenDecided();
      expect(published(events).map((p) => p.containerPort)).toEqual([80, 80, 9000, 9000]);
      expect(hostPorts(events)).toEqual({ '80/tcp': 8080, '9000/tcp': 32768 });
    });

    it('a host-port range takes its first free port', () => {
      const { events } = spec
        .given(run({ name: 'pa', publish: ['8000:80'] }), createContainer({ name: 'pb', publish: ['8000-8010:80'] }))
        .when(start('pb'))
        .thenDecided();
      expect(hostPorts(events)).toEqual({ '80/tcp': 8001 });
    });

    it('udp and tcp on the same host port do not conflict', () => {
      const { events } = spec
        .given(run({ name: 'pa', publish: ['5353:53/udp'] }), createContainer({ name: 'pb', publish: ['5353:53/tcp'] }))
        .when(start('pb'))
        .thenDecided();
      expect(hostPorts(events)).toEqual({ '53/tcp': 5353 });
    });

    it('a port taken by a running container: Bind for 0.0.0.0:8080 failed, the container stays Created (§6.4)', () => {
      const given = spec.given(run({ name: 'web', publish: ['8080:80'] }), createContainer({ name: 'web2', publish: ['8080:80'] }));
      given
        .when(start('web2'))
        .thenFails(
          new RegExp(
            `^${prefixed('driver failed programming external connectivity on endpoint web2 \\([0-9a-f]{64}\\): Bind for 0\\.0\\.0\\.0:8080 failed: port is already allocated')}$`,
          ),
        );
      expect(given.state().hosts.get('docker-host')?.containers.get(given.state().hosts.get('docker-host')?.containerIdsByName.get('web2') ?? '')?.status).toBe('created');
    });

    it('a specific address conflicts with 0.0.0.0 on the same port', () => {
      spec
        .given(run({ name: 'web', publish: ['8080:80'] }), createContainer({ name: 'local', publish: ['127.0.0.1:8080:80'] }))
        .when(start('local'))
        .thenFails(/Bind for 127\.0\.0\.1:8080 failed: port is already allocated$/);
    });

    it('an IPv6 conflict is printed the way Go formats it: Bind for :::8080 (§6.4)', () => {
      const v6Only = { proto: 'tcp', containerPort: 80, containerPortEnd: 80, hostIp: '::', hostPort: 8080, hostPortEnd: 8080 } as const;
      spec
        .given(run({ name: 'v6', publish: [v6Only] }), createContainer({ name: 'web', publish: ['8080:80'] }))
        .when(start('web'))
        .thenFails(/: Bind for :::8080 failed: port is already allocated$/);
    });

    it('different specific addresses share a port', () => {
      const { events } = spec
        .given(run({ name: 'pa', publish: ['127.0.0.1:8080:80'] }), createContainer({ name: 'pb', publish: ['127.0.0.2:8080:80'] }))
        .when(start('pb'))
        .thenDecided();
      expect(published(events)).toEqual([{ containerPort: 80, proto: 'tcp', hostIp: '127.0.0.2', hostPort: 8080 }]);
    });

    it('the port is free again once its holder stops or is removed', () => {
      spec
        .given(run({ name: 'web', publish: ['8080:80'] }), kill('web'), createContainer({ name: 'web2', publish: ['8080:80'] }))
        .when(start('web2'))
        .then([{ type: 'ContainerStarted' }, { type: 'EndpointJoined' }, { type: 'PortsPublished' }]);
      spec
        .given(run({ name: 'web', publish: ['8080:80'] }), removeContainer('web', true), createContainer({ name: 'web2', publish: ['8080:80'] }))
        .when(start('web2'))
        .then([{ type: 'ContainerStarted' }, { type: 'EndpointJoined' }, { type: 'PortsPublished' }]);
    });

    it('--network host publishes nothing', () => {
      spec.given(createContainer({ name: 'hostc', networks: ['host'], publish: ['8080:80'] })).when(start('hostc')).then([{ type: 'ContainerStarted' }, { type: 'EndpointJoined' }]);
    });

    it('--network none publishes nothing', () => {
      spec.given(createContainer({ name: 'iso', networks: ['none'], publish: ['8080:80'] })).when(start('iso')).then([{ type: 'ContainerStarted' }, { type: 'EndpointJoined' }]);
    });

    it('publishes through a user network the same way', () => {
      const { events, after } = spec
        .given(createNetwork({ name: 'mynet' }), createContainer({ name: 'web', networks: ['mynet'], publish: ['8080:80'] }))
        .when(start('web'))
        .thenDecided();
      expect(hostPorts(events)).toEqual({ '80/tcp': 8080 });
      expect(endpointOf(after, 'web', 'mynet')?.ipv4).toBe('172.18.0.2');
    });
  });

  describe('ephemeral order across several mappings (§6.3)', () => {
    it.each(['27', '28', '29'] as const)('%s: -p 443 -p 80 gives 80 → 32768, 443 → 32769', (profile) => {
      const { events } = deciderSpec({ profile }).given(createContainer({ name: 'web', publish: ['443', '80'] })).when(start('web')).thenDecided();
      expect(hostPorts(events)).toEqual({ '80/tcp': 32768, '443/tcp': 32769 });
    });

    it.each(PROFILE_IDS)('%s: each protocol has its own cursor, so 53/tcp and 53/udp both get 32768', (profile) => {
      const { events } = deciderSpec({ profile }).given(createContainer({ name: 'dns', publish: ['53/udp', '53/tcp'] })).when(start('dns')).thenDecided();
      expect(hostPorts(events)).toEqual({ '53/tcp': 32768, '53/udp': 32768 });
    });

    it.each(['27', '28', '29'] as const)('%s: tcp is allocated before udp for the same container port', (profile) => {
      const { events } = deciderSpec({ profile }).given(createContainer({ name: 'dns', publish: ['53/udp', '53/tcp'] })).when(start('dns')).thenDecided();
      expect(published(events).map((p) => `${p.proto}/${p.hostIp}`)).toEqual(['tcp/0.0.0.0', 'tcp/::', 'udp/0.0.0.0', 'udp/::']);
    });

    it('20.10: the larger container port first, so 443 → 32768, 80 → 32769', () => {
      const { events } = deciderSpec({ profile: '20.10' }).given(createContainer({ name: 'web', publish: ['80', '443'] })).when(start('web')).thenDecided();
      expect(hostPorts(events)).toEqual({ '80/tcp': 32769, '443/tcp': 32768 });
    });
  });
});
