/**
 * What a container gets when it joins a network at start: address, gateway, MAC,
 * interface and veth (docker-facts.md §1, §5, §8).
 */
import { describe, expect, it } from 'vitest';
import { PROFILE_IDS, type EventEnvelope } from '@docknet/core';
import {
  createContainer,
  createNetwork,
  deciderSpec,
  endpointOf,
  kill,
  networkNamed,
  run,
  start,
  stop,
} from './testing/index.js';

const joined = (events: readonly EventEnvelope[]) =>
  events.flatMap((e) => (e.type === 'EndpointJoined' ? [e.data.endpoint] : []));

describe('joining networks at start', () => {
  describe.each(PROFILE_IDS)('profile %s', (profile) => {
    const spec = deciderSpec({ profile });

    it('the first container on bridge gets 172.17.0.2/16 behind gateway 172.17.0.1, as eth0', () => {
      const { events } = spec
        .given(createContainer({ name: 'c1' }))
        .when(start('c1'))
        .then([
          { type: 'ContainerStarted' },
          { type: 'EndpointJoined', data: { endpoint: { ipv4: '172.17.0.2', ipv4PrefixLen: 16, gateway: '172.17.0.1', ifName: 'eth0' } } },
        ]);
      const [ep] = joined(events);
      expect(ep?.id).toMatch(/^[0-9a-f]{64}$/);
      expect(ep?.veth?.name).toMatch(/^veth[0-9a-f]{7}$/);
    });

    it('hands out addresses lowest-free in order: .2, .3, .4 (§1.1)', () => {
      const { after } = spec
        .given(run({ name: 'c1' }), run({ name: 'c2' }), createContainer({ name: 'c3' }))
        .when(start('c3'))
        .thenDecided();
      expect(['c1', 'c2', 'c3'].map((c) => endpointOf(after, c, 'bridge')?.ipv4)).toEqual(['172.17.0.2', '172.17.0.3', '172.17.0.4']);
    });

    it('reuses an address freed by stop at once: the next container takes .2 (§1.1)', () => {
      spec
        .given(run({ name: 'c1' }), run({ name: 'c2' }), stop('c1'), createContainer({ name: 'c3' }))
        .when(start('c3'))
        .then([{ type: 'ContainerStarted' }, { type: 'EndpointJoined', data: { endpoint: { ipv4: '172.17.0.2' } } }]);
    });

    it('has no sticky IPs: stop both, start c2 first, c2 gets .2 (§1.1)', () => {
      spec
        .given(run({ name: 'c1' }), run({ name: 'c2' }), stop('c1'), stop('c2'))
        .when(start('c2'))
        .then([{ type: 'ContainerStarted' }, { type: 'EndpointJoined', data: { endpoint: { ipv4: '172.17.0.2' } } }]);
    });

    it('the first container on a new user network gets 172.18.0.2', () => {
      spec
        .given(createNetwork({ name: 'mynet' }), createContainer({ name: 'c1', networks: ['mynet'] }))
        .when(start('c1'))
        .then([{ type: 'ContainerStarted' }, { type: 'EndpointJoined', data: { endpoint: { ipv4: '172.18.0.2', gateway: '172.18.0.1', ipv4PrefixLen: 16 } } }]);
    });

    it('--ip-range without --gateway: gateway 172.28.5.0, first container 172.28.5.1 (§1.3)', () => {
      spec
        .given(
          createNetwork({ name: 'ranged', subnets: ['172.28.0.0/16'], ipRanges: ['172.28.5.0/24'] }),
          createContainer({ name: 'c1', networks: ['ranged'] }),
        )
        .when(start('c1'))
        .then([{ type: 'ContainerStarted' }, { type: 'EndpointJoined', data: { endpoint: { ipv4: '172.28.5.1', gateway: '172.28.5.0' } } }]);
    });

    it('--ip-range with a --gateway outside it: the range\'s own .0 is handed out first (§1.3)', () => {
      spec
        .given(
          createNetwork({ name: 'ranged', subnets: ['172.28.0.0/16'], ipRanges: ['172.28.5.0/24'], gateways: ['172.28.0.1'] }),
          createContainer({ name: 'c1', networks: ['ranged'] }),
        )
        .when(start('c1'))
        .then([{ type: 'ContainerStarted' }, { type: 'EndpointJoined', data: { endpoint: { ipv4: '172.28.5.0', gateway: '172.28.0.1' } } }]);
    });

    it('a given --gateway is skipped by dynamic allocation', () => {
      spec
        .given(
          createNetwork({ name: 'gw', subnets: ['10.10.0.0/24'], gateways: ['10.10.0.2'] }),
          createContainer({ name: 'c1', networks: ['gw'] }),
          run({ name: 'c2', networks: ['gw'] }),
        )
        .when(start('c1'))
        .then([{ type: 'ContainerStarted' }, { type: 'EndpointJoined', data: { endpoint: { ipv4: '10.10.0.3', gateway: '10.10.0.2' } } }]);
    });

    it('a static --ip is used as given and skipped by later dynamic requests', () => {
      const { after } = spec
        .given(
          createNetwork({ name: 'mynet', subnets: ['10.10.0.0/24'] }),
          run({ name: 'fixed', networks: [{ ref: 'mynet', ipv4: '10.10.0.2' }] }),
          createContainer({ name: 'dyn', networks: ['mynet'] }),
        )
        .when(start('dyn'))
        .thenDecided();
      expect(endpointOf(after, 'fixed', 'mynet')?.ipv4).toBe('10.10.0.2');
      expect(endpointOf(after, 'dyn', 'mynet')?.ipv4).toBe('10.10.0.3');
    });

    it('an internal network gives no gateway to the container', () => {
      const { events } = spec
        .given(createNetwork({ name: 'int', internal: true }), createContainer({ name: 'c1', networks: ['int'] }))
        .when(start('c1'))
        .then([{ type: 'ContainerStarted' }, { type: 'EndpointJoined', data: { endpoint: { ipv4: '172.18.0.2' } } }]);
      expect(joined(events)[0]).not.toHaveProperty('gateway');
    });

    it('a /30 runs out after one container: the daemon\'s no-available-addresses error (§1.2)', () => {
      const given = spec.given(
        createNetwork({ name: 'tiny', subnets: ['10.99.0.0/30'] }),
        run({ name: 'c1', networks: ['tiny'] }),
        createContainer({ name: 'c2', networks: ['tiny'] }),
      );
      const tinyId = networkNamed(given.state(), 'tiny').id;
      const reason = `no available IPv4 addresses on this network's address pools: tiny (${tinyId})`;
      given.when(start('c2')).thenFails(profile === '28' || profile === '29' ? `failed to set up container networking: ${reason}` : reason);
    });

    it('--network host: an endpoint with no address, MAC or interface', () => {
      const { events } = spec.given(createContainer({ name: 'hostc', networks: ['host'] })).when(start('hostc')).thenDecided();
      expect(joined(events)).toEqual([expect.objectContaining({ mac: '', ipv4PrefixLen: 0 })]);
      expect(joined(events)[0]).not.toHaveProperty('ipv4');
      expect(joined(events)[0]).not.toHaveProperty('veth');
    });

    it('--network none: an endpoint with no address or veth', () => {
      const { events } = spec.given(createContainer({ name: 'nonec', networks: ['none'] })).when(start('nonec')).thenDecided();
      expect(joined(events)).toHaveLength(1);
      expect(joined(events)[0]).not.toHaveProperty('ipv4');
      expect(joined(events)[0]).not.toHaveProperty('veth');
    });

    it('--network container:<x>: no endpoint of its own', () => {
      spec
        .given(run({ name: 'donor' }), createContainer({ name: 'side', networks: ['container:donor'] }))
        .when(start('side'))
        .then([{ type: 'ContainerStarted' }]);
    });

    it('gives each endpoint a veth on fresh host interface indexes', () => {
      const { events } = spec
        .given(createNetwork({ name: 'mynet' }), createContainer({ name: 'c1', networks: ['mynet'] }))
        .when(start('c1'))
        .thenDecided();
      const [ep] = joined(events);
      expect(ep?.veth?.ifIndex).toBe((ep?.ifIndex ?? 0) + 1);
      // lo=1, eth0=2, docker0=3, br-…=4: the pair comes next.
      expect(ep?.ifIndex).toBe(5);
    });
  });

  describe('container MAC addresses (§5)', () => {
    it.each(['20.10', '27'] as const)('%s derives the MAC from the IPv4 address: 02:42:ac:11:00:02', (profile) => {
      const { after } = deciderSpec({ profile })
        .given(run({ name: 'c1' }), run({ name: 'c2', networks: [] }), createNetwork({ name: 'mynet' }), createContainer({ name: 'c3', networks: ['mynet'] }))
        .when(start('c3'))
        .thenDecided();
      expect(endpointOf(after, 'c1', 'bridge')?.mac).toBe('02:42:ac:11:00:02');
      expect(endpointOf(after, 'c2', 'bridge')?.mac).toBe('02:42:ac:11:00:03');
      expect(endpointOf(after, 'c3', 'mynet')?.mac).toBe('02:42:ac:12:00:02');
    });

    it.each(['28', '29'] as const)('%s draws a random locally administered unicast MAC', (profile) => {
      const { after } = deciderSpec({ profile }).given(run({ name: 'c1' }), createContainer({ name: 'c2' })).when(start('c2')).thenDecided();
      const macs = ['c1', 'c2'].map((c) => endpointOf(after, c, 'bridge')?.mac ?? '');
      for (const mac of macs) {
        expect(mac).toMatch(/^[0-9a-f][26ae](:[0-9a-f]{2}){5}$/);
        expect(mac.startsWith('02:42:ac:11')).toBe(false);
      }
      expect(macs[0]).not.toBe(macs[1]);
    });

    it.each(['28', '29'] as const)('%s: the random MAC depends on the seed', (profile) => {
      const mac = (seed: number) =>
        endpointOf(deciderSpec({ profile, seed }).given(createContainer({ name: 'c1' })).when(start('c1')).thenDecided().after, 'c1', 'bridge')?.mac;
      expect(mac(1)).not.toBe(mac(2));
      expect(mac(1)).toBe(mac(1));
    });

    it.each(PROFILE_IDS)('%s keeps a user --mac-address', (profile) => {
      deciderSpec({ profile })
        .given(createNetwork({ name: 'mynet' }), createContainer({ name: 'c1', networks: [{ ref: 'mynet', mac: '02:00:00:00:00:aa' }] }))
        .when(start('c1'))
        .then([{ type: 'ContainerStarted' }, { type: 'EndpointJoined', data: { endpoint: { mac: '02:00:00:00:00:aa' } } }]);
    });
  });

  describe('static --ip at start (§4.2)', () => {
    const subnetNet = createNetwork({ name: 'mynet', subnets: ['10.10.0.0/24'] });

    it.each([
      ['20.10', 'Address already in use'],
      ['27', 'Address already in use'],
      ['28', 'failed to set up container networking: Address already in use'],
      ['29', 'failed to set up container networking: Address already in use'],
    ] as const)('%s: an address another container holds', (profile, message) => {
      deciderSpec({ profile })
        .given(subnetNet, run({ name: 'c1', networks: ['mynet'] }), createContainer({ name: 'c2', networks: [{ ref: 'mynet', ipv4: '10.10.0.2' }] }))
        .when(start('c2'))
        .thenFails(message);
    });

    it.each(PROFILE_IDS)('%s: the gateway address is "in use" too', (profile) => {
      deciderSpec({ profile })
        .given(subnetNet, createContainer({ name: 'c2', networks: [{ ref: 'mynet', ipv4: '10.10.0.1' }] }))
        .when(start('c2'))
        .thenFails(/Address already in use$/);
    });

    it.each(PROFILE_IDS)('%s: an address freed by stop can be taken statically', (profile) => {
      deciderSpec({ profile })
        .given(subnetNet, run({ name: 'c1', networks: ['mynet'] }), kill('c1'), createContainer({ name: 'c2', networks: [{ ref: 'mynet', ipv4: '10.10.0.2' }] }))
        .when(start('c2'))
        .then([{ type: 'ContainerStarted' }, { type: 'EndpointJoined', data: { endpoint: { ipv4: '10.10.0.2' } } }]);
    });

    describe('20.10 checks --ip rules at start; the container stays Created', () => {
      const spec = deciderSpec({ profile: '20.10' });

      it('on the default bridge', () => {
        spec
          .given(createContainer({ name: 'web', networks: [{ ref: 'bridge', ipv4: '172.17.0.9' }] }))
          .when(start('web'))
          .thenFails('user specified IP address is supported on user defined networks only');
      });

      it('on a network without a user subnet', () => {
        spec
          .given(createNetwork({ name: 'plain' }), createContainer({ name: 'web', networks: [{ ref: 'plain', ipv4: '172.18.0.9' }] }))
          .when(start('web'))
          .thenFails('user specified IP address is supported only when connecting to networks with user configured subnets');
      });

      it('outside every subnet: libnetwork\'s "does not belong" error', () => {
        spec
          .given(subnetNet, createContainer({ name: 'web', networks: [{ ref: 'mynet', ipv4: '10.9.9.9' }] }))
          .when(start('web'))
          .thenFails("Invalid address 10.9.9.9: It does not belong to any of this network's subnets");
      });
    });
  });
});
