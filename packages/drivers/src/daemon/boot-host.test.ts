import { describe, expect, it } from 'vitest';
import { PROFILE_IDS } from '@docknet/core';
import { bootHost, deciderSpec, networkNamed, SPEC_AT } from './testing/index.js';

describe('BootHost', () => {
  describe.each(PROFILE_IDS)('profile %s', (profile) => {
    const fresh = deciderSpec({ profile, boot: false });

    it('brings up the host with bridge on docker0 (172.17.0.0/16, gateway .1), host and none', () => {
      fresh
        .given()
        .when(bootHost())
        .then([
          { type: 'HostBooted', data: { interfaces: [{ name: 'eth0', ipv4: '10.0.2.15/24', ifIndex: 2 }], nextIfIndex: 3 } },
          {
            type: 'NetworkCreated',
            data: {
              network: {
                name: 'bridge',
                driver: 'bridge',
                scope: 'local',
                predefined: true,
                ipam: { driver: 'default', options: null, config: [{ subnet: '172.17.0.0/16', gateway: '172.17.0.1' }] },
                options: {
                  'com.docker.network.bridge.default_bridge': 'true',
                  'com.docker.network.bridge.enable_icc': 'true',
                  'com.docker.network.bridge.enable_ip_masquerade': 'true',
                  'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
                  'com.docker.network.bridge.name': 'docker0',
                  'com.docker.network.driver.mtu': '1500',
                },
                bridge: { name: 'docker0', ifIndex: 3, mtu: 1500 },
              },
            },
          },
          { type: 'NetworkCreated', data: { network: { name: 'host', driver: 'host', predefined: true, ipam: { config: null } } } },
          { type: 'NetworkCreated', data: { network: { name: 'none', driver: 'null', predefined: true, ipam: { config: null } } } },
        ]);
    });

    it('gives every network a distinct 64-hex id', () => {
      const { events } = fresh.given().when(bootHost()).thenDecided();
      const ids = events.flatMap((e) => (e.type === 'NetworkCreated' ? [e.data.network.id] : []));
      expect(ids).toHaveLength(3);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{64}$/);
      expect(new Set(ids).size).toBe(3);
    });

    it('skips a predefined pool that a host interface is on-link with (§2.2)', () => {
      const { after } = fresh.given().when(bootHost([{ name: 'eth0', ipv4: '172.17.5.9/16' }])).thenDecided();
      expect(networkNamed(after, 'bridge').ipam.config).toMatchObject([{ subnet: '172.18.0.0/16', gateway: '172.18.0.1' }]);
    });

    it('refuses to boot the same host twice', () => {
      deciderSpec({ profile }).given().when(bootHost()).thenFails({ source: 'daemon', kind: 'conflict' });
    });
  });

  it('derives the docker0 MAC as 02:42 + random bytes up to v27, fully random from v28', () => {
    const mac = (profile: '20.10' | '27' | '28' | '29') => {
      const { after } = deciderSpec({ profile, boot: false }).given().when(bootHost()).thenDecided();
      return networkNamed(after, 'bridge').bridge?.mac ?? '';
    };
    expect(mac('20.10')).toMatch(/^02:42:[0-9a-f]{2}(:[0-9a-f]{2}){3}$/);
    expect(mac('27')).toMatch(/^02:42:/);
    expect(mac('28')).toMatch(/^[0-9a-f][26ae](:[0-9a-f]{2}){5}$/);
  });

  it('stamps the predefined networks with the logical time of the boot command', () => {
    const { events } = deciderSpec({ boot: false }).given().when(bootHost()).thenDecided();
    const created = events.flatMap((e) => (e.type === 'NetworkCreated' ? [e.data.network.created] : []));
    expect(created).toEqual([SPEC_AT, SPEC_AT, SPEC_AT]);
  });
});
