import { profileFor } from '@docknet/core';
import { describe, expect, it } from 'vitest';
import { renderInspectArray } from '../go-json/render-go-json.js';
import { attachment, container, defaultBridge, endpoint, host, network, stubPools } from '../testing/host-fixture.js';
import { networkInspectJson } from './network-inspect.js';

const BRIDGE_ID = 'c4031fa4ad4b778e12280591052b52b82d97fdaf64bb0e3e45343f5501aa39aa';
const MASTER_ID = 'f91ea38db58198c540916d9e697931a77af312a3e6e7f63f6e9f031e33701ba9';
const SLAVE_ID = 'e904d45bc36ac6ad16925cc2cef9fbb80e0ac0f858dec129828463ab570a2476';
const EP_ID = '77c63905bc98fe21a3b80ddc676ac4d495e79f66e96b75f2c6f5ab0ae4ccfdfc';

/** The tutorial's host after `docker run --name nasa-master` and a container:-mode `nasa-slave`. */
function tutorialHost() {
  const ep = endpoint({ id: EP_ID, networkId: BRIDGE_ID, containerId: MASTER_ID, ipv4: '172.17.0.7', gateway: '172.17.0.1', mac: '02:42:ac:11:00:07' });
  const bridge = defaultBridge(BRIDGE_ID, { endpoints: new Map([[EP_ID, ep]]) });
  const master = container({
    id: MASTER_ID,
    name: 'nasa-master',
    attachments: new Map([[BRIDGE_ID, attachment({ networkId: BRIDGE_ID, networkName: 'bridge', endpoint: ep })]]),
  });
  const slave = container({ id: SLAVE_ID, name: 'nasa-slave', networkMode: `container:${MASTER_ID}` });
  return { h: host([bridge], [master, slave]), bridge };
}

// `docker network inspect bridge` from the tutorial (seeds/001, Docker 19.03/20.10 era).
const TUTORIAL_BRIDGE = `[
    {
        "Name": "bridge",
        "Id": "c4031fa4ad4b778e12280591052b52b82d97fdaf64bb0e3e45343f5501aa39aa",
        "Created": "2020-08-14T14:31:29.774610308+09:00",
        "Scope": "local",
        "Driver": "bridge",
        "EnableIPv6": false,
        "IPAM": {
            "Driver": "default",
            "Options": null,
            "Config": [
                {
                    "Subnet": "172.17.0.0/16",
                    "Gateway": "172.17.0.1"
                }
            ]
        },
        "Internal": false,
        "Attachable": false,
        "Ingress": false,
        "ConfigFrom": {
            "Network": ""
        },
        "ConfigOnly": false,
        "Containers": {
            "f91ea38db58198c540916d9e697931a77af312a3e6e7f63f6e9f031e33701ba9": {
                "Name": "nasa-master",
                "EndpointID": "77c63905bc98fe21a3b80ddc676ac4d495e79f66e96b75f2c6f5ab0ae4ccfdfc",
                "MacAddress": "02:42:ac:11:00:07",
                "IPv4Address": "172.17.0.7/16",
                "IPv6Address": ""
            }
        },
        "Options": {
            "com.docker.network.bridge.default_bridge": "true",
            "com.docker.network.bridge.enable_icc": "true",
            "com.docker.network.bridge.enable_ip_masquerade": "true",
            "com.docker.network.bridge.host_binding_ipv4": "0.0.0.0",
            "com.docker.network.bridge.name": "docker0",
            "com.docker.network.driver.mtu": "1500"
        },
        "Labels": {}
    }
]
`;

describe('networkInspectJson', () => {
  it("prints the tutorial's default bridge byte for byte (profile 20.10); a container:-mode container is not listed", () => {
    const { h, bridge } = tutorialHost();
    expect(renderInspectArray([networkInspectJson(h, bridge, profileFor('20.10'))])).toBe(TUTORIAL_BRIDGE);
  });

  it('adds EnableIPv4 before EnableIPv6 from v28', () => {
    const { h, bridge } = tutorialHost();
    expect(Object.keys(networkInspectJson(h, bridge, profileFor('28'))).slice(0, 7)).toEqual([
      'Name', 'Id', 'Created', 'Scope', 'Driver', 'EnableIPv4', 'EnableIPv6',
    ]);
    expect(Object.keys(networkInspectJson(h, bridge, profileFor('27')))).not.toContain('EnableIPv4');
  });

  it('v29 moves Containers after Labels and adds Status from the pools', () => {
    const { h } = tutorialHost();
    const net = network({
      id: 'n'.repeat(64),
      name: 'mynet',
      ipam: { driver: 'default', options: {}, config: [{ subnet: '172.18.0.0/16', gateway: '172.18.0.1', userSubnet: false, userGateway: false }] },
      pools: stubPools([{ subnet: '172.18.0.0/16', ipsInUse: 3, dynamicIpsAvailable: 65533 }]),
    });
    const json = networkInspectJson(h, net, profileFor('29'));
    expect(Object.keys(json).slice(-5)).toEqual(['ConfigOnly', 'Options', 'Labels', 'Containers', 'Status']);
    expect(renderInspectArray([json])).toContain(
      '"Status": {\n            "IPAM": {\n                "Subnets": {\n                    "172.18.0.0/16": {\n                        "IPsInUse": 3,\n                        "DynamicIPsAvailable": 65533\n',
    );
  });

  it('hides the gateway of a user subnet given without --gateway up to v28, shows it in v29', () => {
    const { h } = tutorialHost();
    const net = network({
      id: 'a'.repeat(64),
      name: 'custom',
      ipam: {
        driver: 'default',
        options: {},
        config: [{ subnet: '172.72.0.0/16', ipRange: '172.72.0.0/24', gateway: '172.72.0.1', userSubnet: true, userGateway: false, auxAddresses: { b: '172.72.1.2', a: '172.72.1.1' } }],
      },
    });
    const config = (p: '28' | '29') => (networkInspectJson(h, net, profileFor(p))['IPAM'] as { Config: unknown[] }).Config[0];
    expect(config('28')).toEqual({ Subnet: '172.72.0.0/16', IPRange: '172.72.0.0/24', AuxiliaryAddresses: new Map([['a', '172.72.1.1'], ['b', '172.72.1.2']]) });
    expect(Object.keys(config('29') as object)).toEqual(['Subnet', 'IPRange', 'Gateway', 'AuxiliaryAddresses']);
  });

  it('shows IPAM Options {} for CLI-created networks, Config null for host/none, and empty addresses on host', () => {
    const hostNet = network({ id: 'h'.repeat(64), name: 'host', driver: 'host', predefined: true, ipam: { driver: 'default', options: null, config: null } });
    const c = container({ id: 'b5663b01cf570dd3960cee1471547d0feb6c3b6681a9afa6bdaf68f5fdb9f510', name: 'hostos', networkMode: 'host' });
    hostNet.endpoints.set('ep1', endpoint({ id: 'ep1', networkId: hostNet.id, containerId: c.id, mac: 'ignored' }));
    const json = networkInspectJson(host([hostNet], [c]), hostNet, profileFor('20.10'));
    expect(json['IPAM']).toEqual({ Driver: 'default', Options: null, Config: null });
    expect(json['Containers']).toEqual(
      new Map([[c.id, { Name: 'hostos', EndpointID: 'ep1', MacAddress: '', IPv4Address: '', IPv6Address: '' }]]),
    );
    const user = network({ id: 'u'.repeat(64), name: 'u' });
    expect((networkInspectJson(host([user]), user, profileFor('28'))['IPAM'] as { Options: unknown }).Options).toEqual(new Map());
  });

  it('sorts Containers by container id', () => {
    const net = network({ id: 'n'.repeat(64), name: 'mynet' });
    const ids = ['bb'.repeat(32), 'aa'.repeat(32)];
    const cs = ids.map((id, i) => container({ id, name: `c${i}` }));
    ids.forEach((id, i) => net.endpoints.set(`e${i}`, endpoint({ id: `e${i}`, networkId: net.id, containerId: id, ipv4: `172.18.0.${i + 2}` })));
    const keys = [...(networkInspectJson(host([net], cs), net, profileFor('28'))['Containers'] as Map<string, unknown>).keys()];
    expect(keys).toEqual([ids[1], ids[0]]);
  });
});
