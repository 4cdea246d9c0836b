import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/tool-fixture.js';

describe('ifconfig', () => {
  it('prints net-tools 1.60 blocks for ubuntu:14.04 (seed 000)', () => {
    const f = fixture('20.10');
    f.setup('docker run -itd --name c1 ubuntu:14.04');
    expect(f.run('docker exec c1 ifconfig eth0').stdout).toBe(
      [
        'eth0      Link encap:Ethernet  HWaddr 02:42:ac:11:00:02  ',
        '          inet addr:172.17.0.2  Bcast:172.17.255.255  Mask:255.255.0.0',
        '          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1',
        '          RX packets:0 errors:0 dropped:0 overruns:0 frame:0',
        '          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0',
        '          collisions:0 txqueuelen:0 ',
        '          RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)',
        '',
        '',
      ].join('\n'),
    );
  });

  it('prints busybox blocks with an upper-case HWaddr, sorted by name', () => {
    const f = fixture('20.10');
    f.setup('docker run -itd --name bb busybox');
    const out = f.run('docker exec bb ifconfig').stdout;
    expect(out).toContain('eth0      Link encap:Ethernet  HWaddr 02:42:AC:11:00:02  ');
    expect(out.indexOf('eth0 ')).toBeLessThan(out.indexOf('lo '));
  });

  it('prints net-tools 2.x on the host: docker0 with flags, netmask and broadcast (seed 001)', () => {
    const f = fixture('20.10');
    const out = f.run('ifconfig docker0').stdout;
    expect(out.split('\n').slice(0, 2)).toEqual(['docker0: flags=4099<UP,BROADCAST,MULTICAST>  mtu 1500', '        inet 172.17.0.1  netmask 255.255.0.0  broadcast 172.17.255.255']);
    f.setup('docker run -itd --name cc busybox');
    expect(f.run('ifconfig docker0').stdout).toMatch(/^docker0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500\n.*\n        inet6 fe80::42:[0-9a-f:]+  prefixlen 64  scopeid 0x20<link>\n        ether 02:42:/);
  });

  it('reports a missing interface per flavour, and a missing ifconfig as an OCI error', () => {
    const f = fixture();
    f.setup('docker run -itd --name bb busybox', 'docker run -d --name web nginx');
    expect(f.run('docker exec bb ifconfig eth9')).toEqual({ stdout: '', stderr: 'ifconfig: eth9: error fetching interface information: Device not found\n', exit: 1 });
    expect(f.run('ifconfig eth9').stderr).toBe('eth9: error fetching interface information: Device not found\n');
    expect(f.run('docker exec web ifconfig')).toEqual({
      stdout: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "ifconfig": executable file not found in $PATH: unknown\n',
      stderr: '',
      exit: 126,
    });
  });
});
