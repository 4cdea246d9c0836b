import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/tool-fixture.js';

describe('ping', () => {
  it('busybox: replies on a shared network, by name through the embedded DNS', () => {
    const f = fixture();
    f.setup('docker network create app', 'docker run -itd --name web --network app busybox', 'docker run -itd --name cli --network app busybox');
    const r = f.run('docker exec cli ping -c 2 web');
    expect(r.exit).toBe(0);
    expect(r.stdout).toMatch(
      /^PING web \(172\.18\.0\.2\): 56 data bytes\n64 bytes from 172\.18\.0\.2: seq=0 ttl=64 time=0\.\d{3} ms\n64 bytes from 172\.18\.0\.2: seq=1 ttl=64 time=0\.\d{3} ms\n\n--- web ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min\/avg\/max = [\d.]+\/[\d.]+\/[\d.]+ ms\n$/,
    );
  });

  it('is deterministic: the same replay prints the same times', () => {
    const runOnce = () => {
      const f = fixture();
      f.setup('docker run -itd --name c1 busybox', 'docker run -itd --name c2 busybox');
      return f.run('docker exec c1 ping -c 3 172.17.0.3').stdout;
    };
    expect(runOnce()).toBe(runOnce());
  });

  it('iputils: reverse-resolves replies to name.network, and words failures as iputils does', () => {
    const f = fixture();
    f.setup('docker network create app', 'docker run -itd --name db --network app centos:8', 'docker run -itd --name api --network app centos:8');
    expect(f.run('docker exec api ping -c 1 db').stdout).toMatch(/^PING db \(172\.18\.0\.2\) 56\(84\) bytes of data\.\n64 bytes from db\.app \(172\.18\.0\.2\): icmp_seq=1 ttl=64 time=/);
    expect(f.run('docker exec api ping -c 1 nope')).toEqual({ stdout: '', stderr: 'ping: nope: Name or service not known\n', exit: 2 });
  });

  it('loses every packet across bridges (isolation) and cannot leave an internal network', () => {
    const f = fixture();
    f.setup(
      'docker network create --internal back',
      'docker run -itd --name c1 centos:8',
      'docker run -itd --name c2 --network back centos:8',
    );
    const crossed = f.run('docker exec c1 ping -c 2 172.18.0.2');
    expect(crossed.exit).toBe(1);
    expect(crossed.stdout).toMatch(/2 packets transmitted, 0 received, 100% packet loss, time \d+ms/);
    expect(f.run('docker exec c2 ping -c 1 8.8.8.8')).toEqual({ stdout: '', stderr: 'ping: connect: Network is unreachable\n', exit: 2 });
    expect(f.run('docker exec c2 ping -c 1 example.com').stderr).toBe('ping: example.com: Temporary failure in name resolution\n');
  });

  it('reports an unanswered ARP on the own subnet, and old iputils wording', () => {
    const f = fixture('20.10');
    f.setup('docker run -itd --name c1 ubuntu:14.04');
    const r = f.run('docker exec c1 ping -c 2 172.17.0.9');
    expect(r.stdout).toContain('From 172.17.0.2 icmp_seq=1 Destination Host Unreachable\n');
    expect(r.stdout).toContain('2 packets transmitted, 0 received, +2 errors, 100% packet loss');
    expect(f.run('docker exec c1 ping -c 1 c1').stderr).toBe('ping: unknown host c1\n');
  });

  it('from the host reaches every container, the default bridge has no DNS, and ICC off isolates peers', () => {
    const f = fixture();
    f.setup(
      'docker network create -o com.docker.network.bridge.enable_icc=false quiet',
      'docker run -itd --name q1 --network quiet busybox',
      'docker run -itd --name q2 --network quiet busybox',
      'docker run -itd --name d1 busybox',
      'docker run -itd --name d2 busybox',
    );
    expect(f.run('ping -c 1 172.18.0.2').exit).toBe(0);
    expect(f.run('docker exec d1 ping -c 1 d2')).toEqual({ stdout: '', stderr: "ping: bad address 'd2'\n", exit: 1 });
    expect(f.run('docker exec q1 ping -c 1 q2').exit).toBe(1);
    expect(f.run('docker exec q1 ping -c 1 172.18.0.1').exit).toBe(0);
  });
});
