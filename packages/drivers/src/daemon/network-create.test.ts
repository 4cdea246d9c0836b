import { describe, expect, it } from 'vitest';
import { PROFILE_IDS } from '@docknet/core';
import {
  createNetwork,
  deciderSpec,
  networkNamed,
  removeNetwork,
  run,
} from './testing/index.js';

const OVERLAP = 'Pool overlaps with other one on this address space';

describe('CreateNetwork', () => {
  describe.each(PROFILE_IDS)('profile %s', (profile) => {
    const spec = deciderSpec({ profile });

    it('takes the next predefined pool, 172.18.0.0/16 with gateway 172.18.0.1, on a br-<id12> bridge', () => {
      const { events } = spec
        .given()
        .when(createNetwork({ name: 'mynet' }))
        .then([
          {
            type: 'NetworkCreated',
            data: {
              network: {
                name: 'mynet',
                driver: 'bridge',
                scope: 'local',
                predefined: false,
                enableIPv4: true,
                enableIPv6: false,
                ipam: {
                  driver: 'default',
                  options: {},
                  config: [{ subnet: '172.18.0.0/16', gateway: '172.18.0.1', userSubnet: false, userGateway: false }],
                },
                options: {},
                labels: {},
              },
            },
          },
        ]);
      const [created] = events;
      if (created?.type !== 'NetworkCreated') throw new Error('no NetworkCreated');
      const { id, bridge } = created.data.network;
      expect(id).toMatch(/^[0-9a-f]{64}$/);
      expect(bridge?.name).toBe(`br-${id.slice(0, 12)}`);
    });

    it('keeps a user --subnet and reserves its first address as gateway', () => {
      spec
        .given()
        .when(createNetwork({ name: 'mynet', subnets: ['10.10.0.0/16'] }))
        .then([
          {
            type: 'NetworkCreated',
            data: { network: { ipam: { config: [{ subnet: '10.10.0.0/16', gateway: '10.10.0.1', userSubnet: true, userGateway: false }] } } },
          },
        ]);
    });

    it('puts the gateway on the first address of --ip-range, its .0 (§1.3)', () => {
      spec
        .given()
        .when(createNetwork({ name: 'mynet', subnets: ['172.28.0.0/16'], ipRanges: ['172.28.5.0/24'] }))
        .then([
          {
            type: 'NetworkCreated',
            data: { network: { ipam: { config: [{ subnet: '172.28.0.0/16', ipRange: '172.28.5.0/24', gateway: '172.28.5.0' }] } } },
          },
        ]);
    });

    it('keeps a given --gateway, even outside --ip-range', () => {
      spec
        .given()
        .when(createNetwork({ name: 'mynet', subnets: ['172.28.0.0/16'], ipRanges: ['172.28.5.0/24'], gateways: ['172.28.0.254'] }))
        .then([
          {
            type: 'NetworkCreated',
            data: { network: { ipam: { config: [{ gateway: '172.28.0.254', userGateway: true, userSubnet: true }] } } },
          },
        ]);
    });

    it('keeps -o bridge name, labels and --internal', () => {
      spec
        .given()
        .when(
          createNetwork({
            name: 'mynet',
            internal: true,
            options: { 'com.docker.network.bridge.name': 'br-lab' },
            labels: { team: 'net' },
          }),
        )
        .then([
          {
            type: 'NetworkCreated',
            data: {
              network: {
                internal: true,
                options: { 'com.docker.network.bridge.name': 'br-lab' },
                labels: { team: 'net' },
                bridge: { name: 'br-lab' },
              },
            },
          },
        ]);
    });

    it('refuses a duplicate name', () => {
      spec
        .given(createNetwork({ name: 'mynet' }))
        .when(createNetwork({ name: 'mynet' }))
        .thenFails({ source: 'daemon', message: 'network with name mynet already exists' });
    });

    it.each(['bridge', 'host', 'none', 'default'])('refuses the predefined name %s, with Docker\'s trailing space', (name) => {
      spec.given().when(createNetwork({ name })).thenFails(`operation is not permitted on predefined ${name} network `);
    });

    it.each(['host', 'null'])('refuses a second instance of the %s driver', (driver) => {
      spec.given().when(createNetwork({ name: 'again', driver })).thenFails(`only one instance of "${driver}" network is allowed`);
    });

    it('refuses an unknown driver as a missing plugin', () => {
      spec.given().when(createNetwork({ name: 'x', driver: 'foo' })).thenFails('plugin "foo" not found');
    });

    it('refuses overlay without a swarm', () => {
      spec
        .given()
        .when(createNetwork({ name: 'ov', driver: 'overlay' }))
        .thenFails(
          'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.',
        );
    });

    it('refuses two IPv4 subnets on a bridge', () => {
      spec
        .given()
        .when(createNetwork({ name: 'x', subnets: ['10.1.0.0/16', '10.2.0.0/16'] }))
        .thenFails("bridge driver doesn't support multiple subnets");
    });

    it('refuses overlapping --subnet values client side', () => {
      spec
        .given()
        .when(createNetwork({ name: 'x', subnets: ['10.0.0.0/16', '10.0.1.0/24'] }))
        .thenFails({ source: 'cli', message: 'multiple overlapping subnet configuration is not supported' });
    });

    it('refuses --ip-range without --subnet client side', () => {
      spec
        .given()
        .when(createNetwork({ name: 'x', ipRanges: ['10.0.0.0/24'] }))
        .thenFails({ source: 'cli', message: 'every ip-range or gateway must have a corresponding subnet' });
    });

    it('refuses a bridge name another network already uses', () => {
      const { before } = spec.given().when(createNetwork({ name: 'x' })).thenDecided();
      const bridgeId = networkNamed(before, 'bridge').id;
      spec
        .given()
        .when(createNetwork({ name: 'x', options: { 'com.docker.network.bridge.name': 'docker0' } }))
        .thenFails(new RegExp(`^cannot create network [0-9a-f]{64} \\(docker0\\): conflicts with network ${bridgeId} \\(docker0\\): networks have same bridge name$`));
    });

    it('refuses a bad boolean bridge option', () => {
      spec
        .given()
        .when(createNetwork({ name: 'x', options: { 'com.docker.network.bridge.enable_icc': 'xyz' } }))
        .thenFails(
          'failed to parse com.docker.network.bridge.enable_icc value: xyz (strconv.ParseBool: parsing "xyz": invalid syntax)',
        );
    });

    it('skips subnets taken by user networks', () => {
      spec
        .given(createNetwork({ name: 'a', subnets: ['172.18.0.0/16'] }))
        .when(createNetwork({ name: 'b' }))
        .then([{ type: 'NetworkCreated', data: { network: { ipam: { config: [{ subnet: '172.19.0.0/16' }] } } } }]);
    });

    it('moves on to 192.168.0.0/20 after the 15 /16 pools (§2.1)', () => {
      const fourteen = Array.from({ length: 14 }, (_, i) => createNetwork({ name: `n${i}` }));
      spec
        .given(...fourteen)
        .when(createNetwork({ name: 'n14' }))
        .then([{ type: 'NetworkCreated', data: { network: { ipam: { config: [{ subnet: '192.168.0.0/20', gateway: '192.168.0.1' }] } } } }]);
    });
  });

  describe('overlapping --subnet (§1.5, §3.2)', () => {
    it.each([
      ['20.10', OVERLAP],
      ['27', `invalid pool request: ${OVERLAP}`],
      ['28', `invalid pool request: ${OVERLAP}`],
      ['29', `invalid pool request: ${OVERLAP}`],
    ] as const)('profile %s: overlap with docker0 reads "%s"', (profile, message) => {
      deciderSpec({ profile }).given().when(createNetwork({ name: 'x', subnets: ['172.17.0.0/16'] })).thenFails(message);
    });

    it.each([
      ['20.10', OVERLAP],
      ['28', `invalid pool request: ${OVERLAP}`],
    ] as const)('profile %s: overlap with a user network reads "%s"', (profile, message) => {
      deciderSpec({ profile })
        .given(createNetwork({ name: 'a', subnets: ['10.10.0.0/16'] }))
        .when(createNetwork({ name: 'b', subnets: ['10.10.128.0/24'] }))
        .thenFails(message);
    });
  });

  describe('subnet pick after a network is removed (§2.2)', () => {
    const history = [createNetwork({ name: 'n1' }), createNetwork({ name: 'n2' }), removeNetwork('n1')];

    it('20.10 picks round-robin: the next after the last handed out, 172.20.0.0/16', () => {
      deciderSpec({ profile: '20.10' })
        .given(...history)
        .when(createNetwork({ name: 'n3' }))
        .then([{ type: 'NetworkCreated', data: { network: { ipam: { config: [{ subnet: '172.20.0.0/16' }] } } } }]);
    });

    it('20.10 keeps rotating: after removing 172.19 too, the next is 172.21.0.0/16', () => {
      deciderSpec({ profile: '20.10' })
        .given(...history, createNetwork({ name: 'n3' }), removeNetwork('n2'))
        .when(createNetwork({ name: 'n4' }))
        .then([{ type: 'NetworkCreated', data: { network: { ipam: { config: [{ subnet: '172.21.0.0/16' }] } } } }]);
    });

    it.each(['27', '28', '29'] as const)('%s picks the lowest free: 172.18.0.0/16 again', (profile) => {
      deciderSpec({ profile })
        .given(...history)
        .when(createNetwork({ name: 'n3' }))
        .then([{ type: 'NetworkCreated', data: { network: { ipam: { config: [{ subnet: '172.18.0.0/16' }] } } } }]);
    });
  });

  describe('--ipv6 without a v6 subnet (§2.1)', () => {
    it('20.10 has no IPv6 default pool', () => {
      deciderSpec({ profile: '20.10' })
        .given()
        .when(createNetwork({ name: 'v6', ipv6: true }))
        .thenFails('could not find an available, non-overlapping IPv6 address pool among the defaults to assign to the network');
    });

    it.each(['27', '28', '29'] as const)('%s takes a /64 from the engine-id ULA pool', (profile) => {
      const { events } = deciderSpec({ profile }).given().when(createNetwork({ name: 'v6', ipv6: true })).thenDecided();
      const [created] = events;
      if (created?.type !== 'NetworkCreated') throw new Error('no NetworkCreated');
      const [v4, v6] = created.data.network.ipam.config ?? [];
      expect(v4?.subnet).toBe('172.18.0.0/16');
      expect(v6?.subnet).toMatch(/^fd[0-9a-f]{2}:[0-9a-f]{1,4}:[0-9a-f]{1,4}::\/64$/);
      expect(created.data.network.enableIPv6).toBe(true);
    });
  });

  it('ignores a removed network for overlap checks', () => {
    deciderSpec()
      .given(createNetwork({ name: 'a', subnets: ['10.10.0.0/16'] }), removeNetwork('a'))
      .when(createNetwork({ name: 'b', subnets: ['10.10.0.0/16'] }))
      .then([{ type: 'NetworkCreated', data: { network: { name: 'b' } } }]);
  });

  it('reuses a removed name', () => {
    deciderSpec()
      .given(createNetwork({ name: 'a' }), run({ name: 'c1' }), removeNetwork('a'))
      .when(createNetwork({ name: 'a' }))
      .then([{ type: 'NetworkCreated', data: { network: { name: 'a' } } }]);
  });
});
