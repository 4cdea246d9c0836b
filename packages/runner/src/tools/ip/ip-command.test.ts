import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/tool-fixture.js';

describe('ip', () => {
  it('prints a container sandbox in iproute2 format: lo, then eth0@ifN with the endpoint MAC and address', () => {
    const f = fixture('20.10');
    f.setup('docker run -itd --name c1 centos:7');
    expect(f.run('docker exec c1 ip a').stdout).toBe(
      [
        '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
        '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
        '    inet 127.0.0.1/8 scope host lo',
        '       valid_lft forever preferred_lft forever',
        '4: eth0@if5: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default ',
        '    link/ether 02:42:ac:11:00:02 brd ff:ff:ff:ff:ff:ff link-netnsid 0',
        '    inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0',
        '       valid_lft forever preferred_lft forever',
        '',
      ].join('\n'),
    );
  });

  it('prints busybox format (M-DOWN, no group) and ip route without proto', () => {
    const f = fixture('20.10');
    f.setup('docker run -itd --name bb busybox');
    expect(f.run('docker exec bb ip addr show eth0').stdout).toBe(
      [
        '4: eth0@if5: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue state UP ',
        '    link/ether 02:42:ac:11:00:02 brd ff:ff:ff:ff:ff:ff',
        '    inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0',
        '       valid_lft forever preferred_lft forever',
        '',
      ].join('\n'),
    );
    expect(f.run('docker exec bb ip route').stdout).toBe('default via 172.17.0.1 dev eth0 \n172.17.0.0/16 dev eth0 scope link  src 172.17.0.2 \n');
  });

  it('filters by family, shows links with mode DEFAULT, and names a missing device', () => {
    const f = fixture();
    f.setup('docker run -itd --name c1 centos:7');
    expect(f.run('docker exec c1 ip -4 a').stdout).not.toContain('link/ether');
    expect(f.run('docker exec c1 ip link').stdout).toContain('state UP mode DEFAULT group default');
    expect(f.run('docker exec c1 ip a show dev eth5')).toEqual({ stdout: '', stderr: 'Device "eth5" does not exist.\n', exit: 1 });
    expect(f.run('docker exec c1 ip foo')).toEqual({ stdout: '', stderr: 'Object "foo" is unknown, try "ip help".\n', exit: 1 });
  });

  it('shows the host side: veth@ifN enslaved to its bridge, and a carrier-less docker0 before any container', () => {
    const f = fixture();
    expect(f.run('ip link show docker0').stdout).toContain('<NO-CARRIER,BROADCAST,MULTICAST,UP>');
    expect(f.run('ip route').stdout).toContain('172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 linkdown');
    f.setup('docker run -itd --name c1 busybox');
    const out = f.run('ip a').stdout;
    expect(out).toMatch(/^5: veth[0-9a-f]{7}@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state UP group default $/m);
    expect(out).toContain('link-netnsid 0');
    expect(f.run('ip -br a').stdout).toMatch(/^docker0 +UP +172\.17\.0\.1\/16 fe80::/m);
  });

  it('shares the donor sandbox in container: mode, and shows only lo with --network none', () => {
    const f = fixture();
    f.setup('docker run -itd --name master centos:7', 'docker run -itd --name slave --network container:master centos:7', 'docker run -itd --name alone --network none centos:7');
    expect(f.run('docker exec slave ip a').stdout).toBe(f.run('docker exec master ip a').stdout);
    expect(f.run('docker exec alone ip a').stdout.split('\n').filter((l) => /^\d+:/.test(l))).toEqual([
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
    ]);
  });
});
