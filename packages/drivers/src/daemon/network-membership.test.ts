/**
 * `docker network connect | disconnect | rm` (docker-facts.md §3.4, §8).
 */
import { describe, expect, it } from 'vitest';
import { PROFILE_IDS, type EventEnvelope } from '@docknet/core';
import {
  connect,
  containerNamed,
  createContainer,
  createNetwork,
  deciderSpec,
  disconnect,
  endpointOf,
  networkNamed,
  removeNetwork,
  run,
  stop,
} from './testing/index.js';

const ifNames = (events: readonly EventEnvelope[]) =>
  events.flatMap((e) => (e.type === 'EndpointJoined' ? [e.data.endpoint.ifName] : []));

describe('network membership', () => {
  describe.each(PROFILE_IDS)('profile %s', (profile) => {
    const spec = deciderSpec({ profile });
    const mynet = createNetwork({ name: 'mynet' });
    const other = createNetwork({ name: 'other' });

    describe('connect', () => {
      it('a running container joins at once with the next interface, eth1', () => {
        const { events, after } = spec
          .given(mynet, run({ name: 'c1' }))
          .when(connect('mynet', 'c1', { aliases: ['api'] }))
          .then([
            { type: 'NetworkConnected', data: { attachment: { networkName: 'mynet', aliases: ['api'] } } },
            { type: 'EndpointJoined', data: { endpoint: { ipv4: '172.18.0.2', gateway: '172.18.0.1' } } },
          ]);
        expect(ifNames(events)).toEqual(['eth1']);
        const c1 = containerNamed(after, 'c1');
        expect(c1.attachments.get(networkNamed(after, 'mynet').id)?.dnsNames).toEqual(['c1', 'api', c1.id.slice(0, 12)]);
      });

      it('a stopped container only records the network; the address comes at start (§8)', () => {
        spec.given(mynet, run({ name: 'c1' }), stop('c1')).when(connect('mynet', 'c1')).then([{ type: 'NetworkConnected' }]);
      });

      it('a static --ip on connect is used', () => {
        spec
          .given(createNetwork({ name: 'fixed', subnets: ['10.10.0.0/24'] }), run({ name: 'c1' }))
          .when(connect('fixed', 'c1', { ipv4: '10.10.0.50' }))
          .then([{ type: 'NetworkConnected', data: { attachment: { ipv4: '10.10.0.50' } } }, { type: 'EndpointJoined', data: { endpoint: { ipv4: '10.10.0.50' } } }]);
      });

      it('twice while running: the endpoint already exists', () => {
        spec.given(mynet, run({ name: 'c1' }), connect('mynet', 'c1')).when(connect('mynet', 'c1')).thenFails('endpoint with name c1 already exists in network mynet');
      });

      it('twice while stopped: silently succeeds, replacing the endpoint settings (updateNetworkConfig)', () => {
        spec
          .given(mynet, run({ name: 'c1' }), stop('c1'), connect('mynet', 'c1'))
          .when(connect('mynet', 'c1', { aliases: ['db'] }))
          .then([{ type: 'NetworkConnected', data: { attachment: { networkName: 'mynet', aliases: ['db'] } } }]);
      });

      it('twice while stopped: the new settings are still validated', () => {
        spec
          .given(mynet, createContainer({ name: 'c1', networks: ['mynet'] }))
          .when(connect('mynet', 'c1', { ipv4: '10.9.9.9' }))
          .thenFails(/(user configured subnets|no configured subnet contains IP address 10\.9\.9\.9)$/);
      });

      it('to an unknown network', () => {
        spec.given(run({ name: 'c1' })).when(connect('nope', 'c1')).thenFails('network nope not found');
      });

      it('an unknown container', () => {
        spec.given(mynet).when(connect('mynet', 'ghost')).thenFails('No such container: ghost');
      });

      it('a container in container: mode cannot join anything', () => {
        spec
          .given(mynet, run({ name: 'donor' }), run({ name: 'side', networks: ['container:donor'] }))
          .when(connect('mynet', 'side'))
          .thenFails('container sharing network namespace with another container or host cannot be connected to any other network');
      });

      it('a host-mode container cannot join a user network', () => {
        spec
          .given(mynet, run({ name: 'hostc', networks: ['host'] }))
          .when(connect('mynet', 'hostc'))
          .thenFails('container sharing network namespace with another container or host cannot be connected to any other network');
      });

      it('none cannot be combined with another network', () => {
        spec
          .given(mynet, run({ name: 'iso', networks: ['none'] }))
          .when(connect('mynet', 'iso'))
          .thenFails('container cannot be connected to multiple networks with one of the networks in private (none) mode');
        spec
          .given(run({ name: 'c1' }))
          .when(connect('none', 'c1'))
          .thenFails('container cannot be connected to multiple networks with one of the networks in private (none) mode');
      });
    });

    describe('disconnect', () => {
      it('a running container leaves at once and its address is free again', () => {
        const { after } = spec
          .given(mynet, run({ name: 'c1', networks: ['mynet'] }), connect('bridge', 'c1'))
          .when(disconnect('mynet', 'c1'))
          .then([{ type: 'EndpointLeft' }, { type: 'NetworkDisconnected' }]);
        expect(endpointOf(after, 'c1', 'bridge')?.ipv4).toBe('172.17.0.2');
        expect(networkNamed(after, 'mynet').endpoints.size).toBe(0);
        expect(networkNamed(after, 'mynet').pools.nextDynamic(4)).toBe('172.18.0.2');
      });

      it('a stopped container only forgets the network', () => {
        spec.given(mynet, run({ name: 'c1', networks: ['mynet'] }), stop('c1')).when(disconnect('mynet', 'c1')).then([{ type: 'NetworkDisconnected' }]);
      });

      it('not connected, running: "is not connected to network"', () => {
        const given = spec.given(mynet, run({ name: 'c1' }));
        const id = containerNamed(given.state(), 'c1').id;
        given.when(disconnect('mynet', 'c1')).thenFails(`container ${id} is not connected to network mynet`);
      });

      it('not connected, stopped: "is not connected to the network" (§8)', () => {
        const given = spec.given(mynet, createContainer({ name: 'c1' }));
        const id = containerNamed(given.state(), 'c1').id;
        given.when(disconnect('mynet', 'c1')).thenFails(`container ${id} is not connected to the network mynet`);
      });
    });

    describe('rm', () => {
      it('removes an unused network', () => {
        spec.given(mynet).when(removeNetwork('mynet')).then([{ type: 'NetworkRemoved' }]);
      });

      it('stopped containers do not count as active endpoints', () => {
        spec.given(mynet, run({ name: 'c1', networks: ['mynet'] }), stop('c1')).when(removeNetwork('mynet')).then([{ type: 'NetworkRemoved' }]);
      });

      it.each(['bridge', 'host', 'none'])('refuses the predefined %s', (name) => {
        spec.given().when(removeNetwork(name)).thenFails(`${name} is a pre-defined network and cannot be removed`);
      });

      it('an unknown network', () => {
        spec.given().when(removeNetwork('nope')).thenFails({ message: 'network nope not found', kind: 'not-found' });
      });

      it('finds a network by unique id prefix', () => {
        const given = spec.given(mynet);
        const id = networkNamed(given.state(), 'mynet').id;
        given.when(removeNetwork(id.slice(0, 6))).then([{ type: 'NetworkRemoved', data: { networkId: id } }]);
      });
    });

    it('connect, disconnect, connect: the address is handed out lowest-free again', () => {
      spec
        .given(mynet, run({ name: 'c1' }), connect('mynet', 'c1'), disconnect('mynet', 'c1'))
        .when(connect('mynet', 'c1'))
        .then([{ type: 'NetworkConnected' }, { type: 'EndpointJoined', data: { endpoint: { ipv4: '172.18.0.2' } } }]);
    });

    it('an other network joined after a reconnect gets the next index as well', () => {
      const { events } = spec
        .given(mynet, other, run({ name: 'c1' }), connect('mynet', 'c1'))
        .when(connect('other', 'c1'))
        .thenDecided();
      expect(ifNames(events)).toEqual(['eth2']);
    });
  });

  describe('interface index after a reconnect (§8)', () => {
    const history = [createNetwork({ name: 'mynet' }), run({ name: 'c1' }), connect('mynet', 'c1'), disconnect('mynet', 'c1')];

    it.each(['20.10', '27'] as const)('%s counts up: eth2', (profile) => {
      const { events } = deciderSpec({ profile }).given(...history).when(connect('mynet', 'c1')).thenDecided();
      expect(ifNames(events)).toEqual(['eth2']);
    });

    it.each(['28', '29'] as const)('%s takes the lowest free: eth1 again', (profile) => {
      const { events } = deciderSpec({ profile }).given(...history).when(connect('mynet', 'c1')).thenDecided();
      expect(ifNames(events)).toEqual(['eth1']);
    });

    it.each(['28', '29'] as const)('%s fills a hole below: disconnect eth0, connect gives eth0', (profile) => {
      const { events } = deciderSpec({ profile })
        .given(createNetwork({ name: 'mynet' }), run({ name: 'c1' }), connect('mynet', 'c1'), disconnect('bridge', 'c1'))
        .when(connect('bridge', 'c1'))
        .thenDecided();
      expect(ifNames(events)).toEqual(['eth0']);
    });

    it.each(PROFILE_IDS)('%s restarts numbering at eth0 after a stop/start', (profile) => {
      const { events } = deciderSpec({ profile })
        .given(createNetwork({ name: 'mynet' }), run({ name: 'c1', networks: ['mynet'] }), connect('bridge', 'c1'), disconnect('mynet', 'c1'), stop('c1'))
        .when({ type: 'StartContainer', ref: 'c1' })
        .thenDecided();
      expect(ifNames(events)).toEqual(['eth0']);
    });
  });

  describe('connect to the host network (§8)', () => {
    it.each([
      ['20.10', 'container cannot be disconnected from host network or connected to host network'],
      ['27', 'container cannot be disconnected from host network or connected to host network'],
      ['28', 'cannot connect container to host network - container must be created in host network mode'],
      ['29', 'cannot connect container to host network - container must be created in host network mode'],
    ] as const)('%s: %s', (profile, message) => {
      deciderSpec({ profile }).given(run({ name: 'c1' })).when(connect('host', 'c1')).thenFails(message);
    });

    it.each([
      ['20.10', 'container cannot be disconnected from host network or connected to host network'],
      ['28', 'cannot disconnect container from host network - container was created in host network mode'],
    ] as const)('%s: disconnecting a host-mode container from host', (profile, message) => {
      deciderSpec({ profile }).given(run({ name: 'hostc', networks: ['host'] })).when(disconnect('host', 'hostc')).thenFails(message);
    });
  });

  describe('rm with active endpoints (§3.4)', () => {
    it.each(['20.10', '27'] as const)('%s names the network id', (profile) => {
      const given = deciderSpec({ profile }).given(createNetwork({ name: 'mynet' }), run({ name: 'c1', networks: ['mynet'] }));
      const id = networkNamed(given.state(), 'mynet').id;
      given.when(removeNetwork('mynet')).thenFails(`error while removing network: network mynet id ${id} has active endpoints`);
    });

    it.each(['28', '29'] as const)('%s lists the endpoints by container name and 12-char endpoint id', (profile) => {
      const given = deciderSpec({ profile }).given(
        createNetwork({ name: 'mynet' }),
        run({ name: 'c1', networks: ['mynet'] }),
        run({ name: 'c2', networks: ['mynet'] }),
      );
      const state = given.state();
      const ep = (c: string) => endpointOf(state, c, 'mynet')?.id.slice(0, 12) ?? '';
      given
        .when(removeNetwork('mynet'))
        .thenFails(`error while removing network: network mynet has active endpoints (name:"c1" id:"${ep('c1')}", name:"c2" id:"${ep('c2')}")`);
    });
  });

  describe('static --ip on connect (§4.2)', () => {
    it.each([
      ['27', 'invalid endpoint settings:\nuser specified IP address is supported only when connecting to networks with user configured subnets'],
      ['28', 'invalid endpoint settings:\nuser specified IP address is supported only when connecting to networks with user configured subnets'],
    ] as const)('%s: on a network without a user subnet', (profile, message) => {
      deciderSpec({ profile }).given(createNetwork({ name: 'plain' }), run({ name: 'c1' })).when(connect('plain', 'c1', { ipv4: '172.18.0.9' })).thenFails(message);
    });

    it('28: outside every subnet', () => {
      deciderSpec({ profile: '28' })
        .given(createNetwork({ name: 'fixed', subnets: ['10.10.0.0/24'] }), run({ name: 'c1' }))
        .when(connect('fixed', 'c1', { ipv4: '10.9.9.9' }))
        .thenFails('invalid endpoint settings:\nno configured subnet or ip-range contain the IP address 10.9.9.9');
    });

    it('20.10: no "invalid endpoint settings" wrapper, containment found by libnetwork', () => {
      const spec = deciderSpec({ profile: '20.10' });
      spec
        .given(createNetwork({ name: 'plain' }), run({ name: 'c1' }))
        .when(connect('plain', 'c1', { ipv4: '172.18.0.9' }))
        .thenFails('user specified IP address is supported only when connecting to networks with user configured subnets');
      spec
        .given(createNetwork({ name: 'mynet' }), run({ name: 'c1', networks: ['mynet'] }))
        .when(connect('bridge', 'c1', { ipv4: '172.17.0.9' }))
        .thenFails('user specified IP address is supported on user defined networks only');
      spec
        .given(createNetwork({ name: 'fixed', subnets: ['10.10.0.0/24'] }), run({ name: 'c1' }))
        .when(connect('fixed', 'c1', { ipv4: '10.9.9.9' }))
        .thenFails("Invalid address 10.9.9.9: It does not belong to any of this network's subnets");
    });
  });
});
