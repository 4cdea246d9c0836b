import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/tool-fixture.js';

describe('host tools', () => {
  it('brctl show lists bridges by name with their veths (seed 001 layout)', () => {
    const f = fixture('20.10');
    f.setup('docker network create nasanet', 'docker run -itd --name aa --network nasanet busybox', 'docker run -itd --name b1 busybox', 'docker run -itd --name b2 busybox');
    const out = f.run('brctl show').stdout;
    expect(out).toMatch(
      /^bridge name\tbridge id\t\tSTP enabled\tinterfaces\nbr-[0-9a-f]{12}\t\t8000\.0242[0-9a-f]{8}\tno\t\tveth[0-9a-f]{7}\ndocker0\t\t8000\.0242[0-9a-f]{8}\tno\t\tveth[0-9a-f]{7}\n\t\t\t\t\t\t\tveth[0-9a-f]{7}\n$/,
    );
  });

  it('iptables -t nat: ≤v27 RETURN and hairpin rules, v28 without them', () => {
    const rules = (profile: '27' | '28') => {
      const f = fixture(profile);
      f.setup('docker run -d --name web -p 8080:80 nginx');
      return f.run('iptables -t nat -S').stdout;
    };
    expect(rules('27')).toBe(
      [
        '-P PREROUTING ACCEPT',
        '-P INPUT ACCEPT',
        '-P OUTPUT ACCEPT',
        '-P POSTROUTING ACCEPT',
        '-N DOCKER',
        '-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER',
        '-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER',
        '-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE',
        '-A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE',
        '-A DOCKER -i docker0 -j RETURN',
        '-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80',
        '',
      ].join('\n'),
    );
    expect(rules('28')).not.toContain('RETURN');
    expect(rules('28')).not.toContain('--dport 80 -j MASQUERADE');
  });

  it('iptables -t nat -L lays out columns as the iptables binary does', () => {
    const f = fixture('20.10');
    f.setup('docker run -d --name web -p 8080:80 nginx');
    expect(f.run('iptables -t nat -L DOCKER -n').stdout).toBe(
      'Chain DOCKER (2 references)\ntarget     prot opt source               destination         \nRETURN     all  --  0.0.0.0/0            0.0.0.0/0           \nDNAT       tcp  --  0.0.0.0/0            0.0.0.0/0            tcp dpt:8080 to:172.17.0.2:80\n',
    );
    expect(f.run('iptables -t nat -L OUTPUT').stdout).toContain('DOCKER     all  --  anywhere            !loopback/8           ADDRTYPE match dst-type LOCAL\n');
    expect(f.run('iptables -t nat -L NOPE').stderr).toBe('iptables: No chain/target/match by that name.\n');
  });

  it('bridge link lists bridge ports; unknown host programs are bash errors', () => {
    const f = fixture();
    f.setup('docker run -itd --name c1 busybox');
    expect(f.run('bridge link').stdout).toMatch(/^5: veth[0-9a-f]{7}@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master docker0 state forwarding priority 32 cost 2 \n$/);
    expect(f.run('frobnicate')).toEqual({ stdout: '', stderr: 'bash: frobnicate: command not found\n', exit: 127 });
  });
});
