import { describe, expect, it } from 'vitest';
import { PROFILE_IDS } from '@docknet/core';
import {
  createContainer,
  createNetwork,
  deciderSpec,
  NGINX,
  removeContainer,
  run,
  SPEC_HOST,
} from './testing/index.js';

const wrap = (network: string, reason: string) => `invalid config for network ${network}: invalid endpoint settings:\n${reason}`;
const IP_ON_PREDEFINED = 'user specified IP address is supported on user defined networks only';
const IP_ON_PREDEFINED_29 = 'user-specified IP address is supported on user-defined networks only';
const IP_NO_SUBNET = 'user specified IP address is supported only when connecting to networks with user configured subnets';

describe('CreateContainer', () => {
  describe.each(PROFILE_IDS)('profile %s', (profile) => {
    const spec = deciderSpec({ profile });

    it('records the default bridge attachment and allocates nothing yet (§8)', () => {
      const { events, after } = spec
        .given()
        .when(createContainer({ name: 'web' }))
        .then([
          {
            type: 'ContainerCreated',
            data: {
              container: {
                name: 'web',
                image: 'busybox',
                cmd: ['sh'],
                attachments: [{ networkName: 'bridge', aliases: [], links: [] }],
                portBindings: {},
                exposedPorts: [],
              },
            },
          },
        ]);
      const [created] = events;
      if (created?.type !== 'ContainerCreated') throw new Error('no ContainerCreated');
      const { id, hostname } = created.data.container;
      expect(id).toMatch(/^[0-9a-f]{64}$/);
      expect(hostname).toBe(id.slice(0, 12));
      const host = after.hosts.get(SPEC_HOST);
      expect(host?.containers.get(id)?.status).toBe('created');
      expect([...(host?.networks.values() ?? [])].every((n) => n.endpoints.size === 0)).toBe(true);
    });

    it('gives DNS names only on user-defined networks: name, aliases, short id (§7)', () => {
      const { events } = spec
        .given(createNetwork({ name: 'mynet' }))
        .when(createContainer({ name: 'web', networks: [{ ref: 'mynet', aliases: ['www'] }] }))
        .thenDecided();
      const [created] = events;
      if (created?.type !== 'ContainerCreated') throw new Error('no ContainerCreated');
      const { id, attachments } = created.data.container;
      const networkId = attachments[0]?.networkId ?? '';
      expect(created.data.dnsNames).toEqual({ [networkId]: ['web', 'www', id.slice(0, 12)] });
    });

    it('adds an explicit --hostname to the DNS names', () => {
      const { events } = spec
        .given(createNetwork({ name: 'mynet' }))
        .when(createContainer({ name: 'web', hostname: 'websrv', networks: ['mynet'] }))
        .thenDecided();
      const [created] = events;
      if (created?.type !== 'ContainerCreated') throw new Error('no ContainerCreated');
      expect(Object.values(created.data.dnsNames)[0]).toEqual(['web', created.data.container.id.slice(0, 12), 'websrv']);
      expect(created.data.container.hostname).toBe('websrv');
    });

    it('generates a name when none is given', () => {
      const { events } = spec.given().when(createContainer()).thenDecided();
      const [created] = events;
      if (created?.type !== 'ContainerCreated') throw new Error('no ContainerCreated');
      expect(created.data.container.name).toMatch(/^[a-z]+_[a-z]+$/);
    });

    it('stores -p bindings as HostConfig.PortBindings and exposes their ports (§6.1)', () => {
      spec
        .given()
        .when(createContainer({ name: 'web', publish: ['8080:80', '443', '127.0.0.1:5353:53/udp', '8000-8001:9000-9001'] }))
        .then([
          {
            type: 'ContainerCreated',
            data: {
              container: {
                portBindings: {
                  '80/tcp': [{ hostIp: '', hostPort: '8080' }],
                  '443/tcp': [{ hostIp: '', hostPort: '' }],
                  '53/udp': [{ hostIp: '127.0.0.1', hostPort: '5353' }],
                  '9000/tcp': [{ hostIp: '', hostPort: '8000' }],
                  '9001/tcp': [{ hostIp: '', hostPort: '8001' }],
                },
                exposedPorts: ['443/tcp', '53/udp', '80/tcp', '9000/tcp', '9001/tcp'],
              },
            },
          },
        ]);
    });

    it('merges image EXPOSE with --expose', () => {
      spec
        .given()
        .when(createContainer({ name: 'web', image: NGINX, expose: ['8443'] }))
        .then([{ type: 'ContainerCreated', data: { container: { exposedPorts: ['80/tcp', '8443/tcp'] } } }]);
    });

    it('refuses a name in use, naming the holder', () => {
      const { events } = spec.given().when(createContainer({ name: 'web' })).thenDecided();
      const [created] = events;
      if (created?.type !== 'ContainerCreated') throw new Error('no ContainerCreated');
      spec
        .given(createContainer({ name: 'web' }))
        .when(createContainer({ name: 'web' }))
        .thenFails(
          `Conflict. The container name "/web" is already in use by container "${created.data.container.id}". You have to remove (or rename) that container to be able to reuse that name.`,
        );
    });

    it('frees the name when the container is removed', () => {
      spec
        .given(createContainer({ name: 'web' }), removeContainer('web'))
        .when(createContainer({ name: 'web' }))
        .then([{ type: 'ContainerCreated', data: { container: { name: 'web' } } }]);
    });

    it('refuses an invalid name', () => {
      spec
        .given()
        .when(createContainer({ name: 'we b' }))
        .thenFails('Invalid container name (we b), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed');
    });

    it('refuses a one-character name, as Docker\'s name pattern needs two (quirk)', () => {
      spec.given().when(createContainer({ name: 'a' })).thenFails('Invalid container name (a), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed');
    });

    it('refuses an unknown network', () => {
      spec.given().when(createContainer({ name: 'web', networks: ['nope'] })).thenFails('network nope not found');
    });

    it('--network host: hostname is the host\'s, the host network is the attachment', () => {
      spec
        .given()
        .when(createContainer({ name: 'hostc', networks: ['host'], publish: ['80:80'] }))
        .then([
          {
            type: 'ContainerCreated',
            data: { container: { networkMode: 'host', hostname: SPEC_HOST, attachments: [{ networkName: 'host' }] } },
          },
        ]);
    });

    it('--network none attaches to none only', () => {
      spec
        .given()
        .when(createContainer({ name: 'nonec', networks: ['none'] }))
        .then([{ type: 'ContainerCreated', data: { container: { networkMode: 'none', attachments: [{ networkName: 'none' }] } } }]);
    });

    it('--network host refuses --link', () => {
      spec
        .given(run({ name: 'db' }))
        .when(createContainer({ name: 'hostc', networks: ['host'], links: [{ ref: 'db', alias: 'db' }] }))
        .thenFails("conflicting options: host type networking can't be used with links. This would result in undefined behavior");
    });

    it('a missing --link target is reported', () => {
      spec
        .given()
        .when(createContainer({ name: 'web', links: [{ ref: 'db', alias: 'db' }] }))
        .thenFails('could not get container for db: No such container: db');
    });

    describe('--network container:<x> (§4.4)', () => {
      const given = () => spec.given(run({ name: 'donor' }));

      it('shares the donor: no attachments, donor hostname, mode names the donor id', () => {
        const { before, events } = given().when(createContainer({ name: 'side', networks: ['container:donor'] })).thenDecided();
        const donorId = before.hosts.get(SPEC_HOST)?.containerIdsByName.get('donor') ?? '';
        expect(events).toMatchObject([
          {
            type: 'ContainerCreated',
            data: { container: { networkMode: `container:${donorId}`, hostname: donorId.slice(0, 12), attachments: [] } },
          },
        ]);
      });

      it.each([
        ['--hostname', { hostname: 'x' }, 'conflicting options: hostname and the network mode'],
        ['--link', { links: [{ ref: 'donor', alias: 'd' }] }, "conflicting options: container type network can't be used with links. This would result in undefined behavior"],
        ['--dns', { dns: ['8.8.8.8'] }, 'conflicting options: dns and the network mode'],
        ['--add-host', { extraHosts: ['a:1.2.3.4'] }, 'conflicting options: custom host-to-IP mapping and the network mode'],
        ['-p', { publish: ['80:80'] }, 'conflicting options: port publishing and the container type network mode'],
        ['-P', { publishAll: true }, 'conflicting options: port publishing and the container type network mode'],
        ['--expose', { expose: ['80'] }, 'conflicting options: port exposing and the container type network mode'],
      ] as const)('refuses %s', (_flag, extra, message) => {
        given()
          .when(createContainer({ name: 'side', networks: ['container:donor'], ...extra }))
          .thenFails(message);
      });

      it('image EXPOSE alone is no conflict', () => {
        given()
          .when(createContainer({ name: 'side', image: NGINX, networks: ['container:donor'] }))
          .then([{ type: 'ContainerCreated' }]);
      });

      it('accepts an unknown donor at create, keeping the reference as typed (moby#49374)', () => {
        spec
          .given()
          .when(createContainer({ name: 'side', networks: ['container:ghost'] }))
          .then([{ type: 'ContainerCreated', data: { container: { networkMode: 'container:ghost', attachments: [] } } }]);
      });

      it('refuses --mac-address (conflicting options: mac-address and the network mode)', () => {
        given()
          .when(createContainer({ name: 'side', networks: [{ ref: 'container:donor', aliases: [], links: [], mac: '02:42:ac:11:00:09' }] }))
          .thenFails('conflicting options: mac-address and the network mode');
      });
    });
  });

  describe('HostConfig.NetworkMode for the default network (§4.1)', () => {
    it.each([
      ['20.10', 'default'],
      ['27', 'bridge'],
      ['28', 'bridge'],
      ['29', 'bridge'],
    ] as const)('profile %s stores %s', (profile, mode) => {
      deciderSpec({ profile })
        .given()
        .when(createContainer({ name: 'web' }))
        .then([{ type: 'ContainerCreated', data: { container: { networkMode: mode } } }]);
    });
  });

  describe('static --ip at create (§4.2)', () => {
    const subnetNet = createNetwork({ name: 'mynet', subnets: ['10.10.0.0/24'] });
    const plainNet = createNetwork({ name: 'plain' });

    it.each([
      ['27', wrap('bridge', IP_ON_PREDEFINED)],
      ['28', wrap('bridge', IP_ON_PREDEFINED)],
      ['29', wrap('bridge', IP_ON_PREDEFINED_29)],
    ] as const)('%s refuses --ip on the default bridge at create', (profile, message) => {
      deciderSpec({ profile })
        .given()
        .when(createContainer({ name: 'web', networks: [{ ref: 'bridge', ipv4: '172.17.0.9' }] }))
        .thenFails(message);
    });

    it.each(['27', '28'] as const)('%s refuses --ip on a network without a user subnet', (profile) => {
      deciderSpec({ profile })
        .given(plainNet)
        .when(createContainer({ name: 'web', networks: [{ ref: 'plain', ipv4: '172.18.0.9' }] }))
        .thenFails(wrap('plain', IP_NO_SUBNET));
    });

    it('29 allows --ip on a network without a user subnet (29.1+)', () => {
      deciderSpec({ profile: '29' })
        .given(plainNet)
        .when(createContainer({ name: 'web', networks: [{ ref: 'plain', ipv4: '172.18.0.9' }] }))
        .then([{ type: 'ContainerCreated', data: { container: { attachments: [{ networkName: 'plain', ipv4: '172.18.0.9' }] } } }]);
    });

    it.each([
      ['27', 'no configured subnet or ip-range contain the IP address 10.9.9.9'],
      ['28', 'no configured subnet or ip-range contain the IP address 10.9.9.9'],
      ['29', 'no configured subnet contains IP address 10.9.9.9'],
    ] as const)('%s refuses an address outside every subnet', (profile, reason) => {
      deciderSpec({ profile })
        .given(subnetNet)
        .when(createContainer({ name: 'web', networks: [{ ref: 'mynet', ipv4: '10.9.9.9' }] }))
        .thenFails(wrap('mynet', reason));
    });

    it.each(PROFILE_IDS)('%s accepts an address inside the subnet but outside --ip-range', (profile) => {
      deciderSpec({ profile })
        .given(createNetwork({ name: 'ranged', subnets: ['10.20.0.0/16'], ipRanges: ['10.20.5.0/24'] }))
        .when(createContainer({ name: 'web', networks: [{ ref: 'ranged', ipv4: '10.20.0.50' }] }))
        .then([{ type: 'ContainerCreated', data: { container: { attachments: [{ ipv4: '10.20.0.50' }] } } }]);
    });

    it('20.10 accepts every --ip at create (checked at start)', () => {
      const spec = deciderSpec({ profile: '20.10' });
      spec.given().when(createContainer({ name: 'ca', networks: [{ ref: 'bridge', ipv4: '172.17.0.9' }] })).then([{ type: 'ContainerCreated' }]);
      spec.given(plainNet).when(createContainer({ name: 'cb', networks: [{ ref: 'plain', ipv4: '172.18.0.9' }] })).then([{ type: 'ContainerCreated' }]);
      spec.given(subnetNet).when(createContainer({ name: 'cc', networks: [{ ref: 'mynet', ipv4: '10.9.9.9' }] })).then([{ type: 'ContainerCreated' }]);
    });
  });

  describe('network-scoped aliases on predefined networks (§4.3)', () => {
    it.each([
      ['28', 'network-scoped alias is supported only for containers in user defined networks'],
      ['29', 'network-scoped aliases are only supported for user-defined networks'],
    ] as const)('%s refuses them', (profile, reason) => {
      deciderSpec({ profile })
        .given()
        .when(createContainer({ name: 'web', networks: [{ ref: 'bridge', aliases: ['www'] }] }))
        .thenFails(wrap('bridge', reason));
    });
  });
});
