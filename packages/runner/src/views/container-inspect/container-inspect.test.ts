import { profileFor, type ProfileId } from '@docknet/core';
import { describe, expect, it } from 'vitest';
import { renderInspectArray } from '../go-json/render-go-json.js';
import { attachment, container, defaultBridge, endpoint, host, network } from '../testing/host-fixture.js';
import { containerInspectJson } from './container-inspect.js';
import { imageId } from './image-id.js';

const BRIDGE = 'b'.repeat(64);
const NASANET = 'ddad85781d7f86533869b5d91beb7439194601d05dee28f23d4e2e45719cead6';
const NASA = '58f360a0ca8bc409ce9a5ab4f891bf2d7df8821cda533b48cf713f1bfbd23401';

const grep = (text: string, needle: RegExp): string[] => text.split('\n').filter((l) => needle.test(l));

/** `docker run -itd --name nasa --network nasanet centos:latest` from the tutorial. */
function nasaOnUserNetwork(status: 'running' | 'exited' = 'running') {
  const net = network({ id: NASANET, name: 'nasanet' });
  const ep = endpoint({ id: 'e'.repeat(64), networkId: NASANET, containerId: NASA, ipv4: '172.18.0.2', gateway: '172.18.0.1', mac: '02:42:ac:12:00:02' });
  const c = container({
    id: NASA,
    name: 'nasa',
    networkMode: 'nasanet',
    status,
    ...(status === 'running' ? { sandbox: { id: 's'.repeat(64), key: '/var/run/docker/netns/0123456789ab' } } : {}),
    attachments: new Map([
      [NASANET, attachment({ networkId: NASANET, networkName: 'nasanet', dnsNames: ['nasa', NASA.slice(0, 12)], ...(status === 'running' ? { endpoint: ep } : {}) })],
    ]),
  });
  return { h: host([defaultBridge(BRIDGE), net], [c]), c };
}

describe('containerInspectJson', () => {
  it("matches the tutorial's `docker inspect nasa | grep -i ipaddress` (profile 20.10)", () => {
    const { h, c } = nasaOnUserNetwork();
    const text = renderInspectArray([containerInspectJson(h, c, profileFor('20.10'))]);
    expect(grep(text, /ipaddress/i)).toEqual([
      '            "SecondaryIPAddresses": null,',
      '            "IPAddress": "",',
      '                    "IPAddress": "172.18.0.2",',
    ]);
  });

  it('mirrors the default bridge in the top-level fields and lists DNSNames null there (v27)', () => {
    const ep = endpoint({ id: 'e'.repeat(64), networkId: BRIDGE, containerId: NASA, ipv4: '172.17.0.2', gateway: '172.17.0.1', mac: '02:42:ac:11:00:02' });
    const c = container({
      id: NASA,
      name: 'web',
      sandbox: { id: 's'.repeat(64), key: '/var/run/docker/netns/0123456789ab' },
      attachments: new Map([[BRIDGE, attachment({ networkId: BRIDGE, networkName: 'bridge', endpoint: ep })]]),
    });
    const ns = containerInspectJson(host([defaultBridge(BRIDGE)], [c]), c, profileFor('27'))['NetworkSettings'] as Record<string, unknown>;
    expect(Object.keys(ns)).toEqual([
      'Bridge', 'SandboxID', 'SandboxKey', 'Ports', 'HairpinMode', 'LinkLocalIPv6Address', 'LinkLocalIPv6PrefixLen',
      'SecondaryIPAddresses', 'SecondaryIPv6Addresses', 'EndpointID', 'Gateway', 'GlobalIPv6Address', 'GlobalIPv6PrefixLen',
      'IPAddress', 'IPPrefixLen', 'IPv6Gateway', 'MacAddress', 'Networks',
    ]);
    expect([ns['IPAddress'], ns['Gateway'], ns['IPPrefixLen'], ns['MacAddress']]).toEqual(['172.17.0.2', '172.17.0.1', 16, '02:42:ac:11:00:02']);
    expect((ns['Networks'] as Map<string, unknown>).get('bridge')).toEqual({
      IPAMConfig: null,
      Links: null,
      Aliases: null,
      MacAddress: '02:42:ac:11:00:02',
      DriverOpts: null,
      NetworkID: BRIDGE,
      EndpointID: 'e'.repeat(64),
      Gateway: '172.17.0.1',
      IPAddress: '172.17.0.2',
      IPPrefixLen: 16,
      IPv6Gateway: '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      DNSNames: null,
    });
  });

  it.each<[ProfileId, string[]]>([
    ['20.10', ['IPAMConfig', 'Links', 'Aliases', 'NetworkID', 'EndpointID', 'Gateway', 'IPAddress', 'IPPrefixLen', 'IPv6Gateway', 'GlobalIPv6Address', 'GlobalIPv6PrefixLen', 'MacAddress', 'DriverOpts']],
    ['28', ['IPAMConfig', 'Links', 'Aliases', 'MacAddress', 'DriverOpts', 'GwPriority', 'NetworkID', 'EndpointID', 'Gateway', 'IPAddress', 'IPPrefixLen', 'IPv6Gateway', 'GlobalIPv6Address', 'GlobalIPv6PrefixLen', 'DNSNames']],
    ['29', ['IPAMConfig', 'Links', 'Aliases', 'DriverOpts', 'GwPriority', 'NetworkID', 'EndpointID', 'Gateway', 'IPAddress', 'MacAddress', 'IPPrefixLen', 'IPv6Gateway', 'GlobalIPv6Address', 'GlobalIPv6PrefixLen', 'DNSNames']],
  ])('orders EndpointSettings for profile %s', (p, order) => {
    const { h, c } = nasaOnUserNetwork();
    const nets = (containerInspectJson(h, c, profileFor(p))['NetworkSettings'] as { Networks: Map<string, object> }).Networks;
    expect(Object.keys(nets.get('nasanet') ?? {})).toEqual(order);
  });

  it('v29 keeps only SandboxID, SandboxKey, Ports, Networks', () => {
    const { h, c } = nasaOnUserNetwork();
    expect(Object.keys(containerInspectJson(h, c, profileFor('29'))['NetworkSettings'] as object)).toEqual(['SandboxID', 'SandboxKey', 'Ports', 'Networks']);
  });

  it('on a user network: Aliases null and DNSNames from the state (v25+); short id in Aliases on 20.10', () => {
    const { h, c } = nasaOnUserNetwork();
    const ep = (p: ProfileId) =>
      (containerInspectJson(h, c, profileFor(p))['NetworkSettings'] as { Networks: Map<string, Record<string, unknown>> }).Networks.get('nasanet');
    expect(ep('28')?.['Aliases']).toBeNull();
    expect(ep('28')?.['DNSNames']).toEqual(['nasa', '58f360a0ca8b']);
    expect(ep('20.10')?.['Aliases']).toEqual(['58f360a0ca8b']);
  });

  it('a stopped container keeps NetworkID and DNSNames, clears the operational fields, Ports is {}', () => {
    const { h, c } = nasaOnUserNetwork('exited');
    const ns = containerInspectJson(h, c, profileFor('28'))['NetworkSettings'] as Record<string, unknown>;
    expect(ns['SandboxID']).toBe('');
    expect(ns['Ports']).toEqual(new Map());
    const ep = (ns['Networks'] as Map<string, Record<string, unknown>>).get('nasanet');
    expect(ep).toMatchObject({ NetworkID: NASANET, EndpointID: '', IPAddress: '', MacAddress: '', Gateway: '', IPPrefixLen: 0, DNSNames: ['nasa', '58f360a0ca8b'] });
  });

  it('publishes ports IPv4 then IPv6, exposed-only ports as null, and PortBindings from the request', () => {
    const ep = endpoint({ id: 'e'.repeat(64), networkId: BRIDGE, containerId: NASA, ipv4: '172.17.0.2', gateway: '172.17.0.1' });
    const c = container({
      id: NASA,
      name: 'web',
      image: 'nginx',
      cmd: ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'],
      exposedPorts: ['443/tcp', '80/tcp'],
      portBindings: { '80/tcp': [{ hostIp: '', hostPort: '8080' }] },
      published: [
        { containerPort: 80, proto: 'tcp', hostIp: '::', hostPort: 8080 },
        { containerPort: 80, proto: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 },
      ],
      attachments: new Map([[BRIDGE, attachment({ networkId: BRIDGE, networkName: 'bridge', endpoint: ep })]]),
    });
    const json = containerInspectJson(host([defaultBridge(BRIDGE)], [c]), c, profileFor('28'));
    const text = renderInspectArray([json]);
    expect(text).toContain(
      [
        '            "Ports": {',
        '                "443/tcp": null,',
        '                "80/tcp": [',
        '                    {',
        '                        "HostIp": "0.0.0.0",',
        '                        "HostPort": "8080"',
        '                    },',
        '                    {',
        '                        "HostIp": "::",',
        '                        "HostPort": "8080"',
        '                    }',
        '                ]',
        '            },',
      ].join('\n'),
    );
    expect(text).toContain('"PortBindings": {\n                "80/tcp": [\n                    {\n                        "HostIp": "",\n                        "HostPort": "8080"');
    expect(json['Path']).toBe('/docker-entrypoint.sh');
    expect(json['Args']).toEqual(['nginx', '-g', 'daemon off;']);
    expect(json['Image']).toBe(imageId('nginx:latest'));
    expect((json['Config'] as Record<string, unknown>)['ExposedPorts']).toEqual(new Map([['443/tcp', {}], ['80/tcp', {}]]));
  });

  it('host mode: NetworkMode host, Networks.host with empty addresses (the tutorial greps)', () => {
    const hostNet = network({ id: 'h'.repeat(64), name: 'host', driver: 'host', predefined: true, ipam: { driver: 'default', options: null, config: null } });
    const id = '88bf0bb7ab73c651bb2a0c9fc9ee553b973e9e7dfac8e8f7127ef9a0ac8c7d24';
    const ep = endpoint({ id: 'e'.repeat(64), networkId: hostNet.id, containerId: id });
    const c = container({
      id,
      name: 'hostos',
      networkMode: 'host',
      hostname: 'nasa',
      attachments: new Map([[hostNet.id, attachment({ networkId: hostNet.id, networkName: 'host', endpoint: ep })]]),
    });
    const text = renderInspectArray([containerInspectJson(host([hostNet], [c]), c, profileFor('20.10'))]);
    expect(grep(text, /networkmode/i)).toEqual(['            "NetworkMode": "host",']);
    expect(grep(text, /ipaddress/i)).toEqual([
      '            "SecondaryIPAddresses": null,',
      '            "IPAddress": "",',
      '                    "IPAddress": "",',
    ]);
  });

  it('container: mode has Networks {} and uses the donor’s hosts files', () => {
    const donor = container({ id: 'd'.repeat(64), name: 'nasa-master' });
    const c = container({ id: 'c'.repeat(64), name: 'nasa-slave', networkMode: `container:${donor.id}` });
    const json = containerInspectJson(host([], [donor, c]), c, profileFor('28'));
    expect((json['NetworkSettings'] as Record<string, unknown>)['Networks']).toEqual(new Map());
    expect(json['HostsPath']).toBe(`/var/lib/docker/containers/${donor.id}/hosts`);
    expect(json['Name']).toBe('/nasa-slave');
  });

  it('a created container has no paths yet and the zero StartedAt; times print in UTC', () => {
    const c = container({ id: 'c'.repeat(64), name: 'new', status: 'created', pid: 0, startedAt: '0001-01-01T00:00:00Z', created: '2020-08-14T14:31:29.5+09:00' });
    const json = containerInspectJson(host([], [c]), c, profileFor('28'));
    expect(json['ResolvConfPath']).toBe('');
    expect(json['Created']).toBe('2020-08-14T05:31:29.5Z');
    expect(json['State']).toMatchObject({ Status: 'created', Running: false, StartedAt: '0001-01-01T00:00:00Z' });
  });

  it('records IPAMConfig only for --ip, omitting empty members', () => {
    const { h, c } = nasaOnUserNetwork();
    const a = c.attachments.get(NASANET);
    if (a !== undefined) c.attachments.set(NASANET, { ...a, ipv4: '172.18.0.22' });
    const nets = (containerInspectJson(h, c, profileFor('28'))['NetworkSettings'] as { Networks: Map<string, Record<string, unknown>> }).Networks;
    expect(nets.get('nasanet')?.['IPAMConfig']).toEqual({ IPv4Address: '172.18.0.22' });
  });
});
