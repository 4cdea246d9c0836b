/** Tools on a two-node swarm: overlay interfaces and routes, swarm DNS, overlay pings, the routing mesh. */
import { describe, expect, it } from 'vitest';
import { createService, MANAGER, MANAGER_IP, runContainer, twoNodeSwarm, WORKER, WORKER_IP } from '../graph/testing/swarm-session.js';
import type { CliContext } from '../docker/command-spec.js';
import { BUILTIN_IMAGES } from '../images/catalog.js';
import { runLine } from '../replay/run-line.js';

describe('tools on a swarm', () => {
  const s = twoNodeSwarm();
  runContainer(s, MANAGER, 'a1', 'ov');
  runContainer(s, WORKER, 'b1', 'ov');
  createService(s, 'web', 3, 'ov', true);
  const sh = (host: string, line: string) => runLine({ session: s, host, profile: s.profile, images: BUILTIN_IMAGES } satisfies CliContext, line);
  const out = (host: string, line: string): string => {
    const r = sh(host, line);
    expect(r.exit, `${line}\n${r.stderr}`).toBe(0);
    return r.stdout;
  };

  it('nslookup lists every task of tasks.<service> and the VIP of the service', () => {
    expect(out(WORKER, 'docker exec b1 nslookup tasks.web')).toBe(
      'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\n' +
        'Name:\ttasks.web\nAddress: 10.0.1.5\nName:\ttasks.web\nAddress: 10.0.1.6\nName:\ttasks.web\nAddress: 10.0.1.7\n\n' +
        "Non-authoritative answer:\n*** Can't find tasks.web: No answer\n\n",
    );
    expect(out(WORKER, 'docker exec b1 nslookup web')).toContain('Name:\tweb\nAddress: 10.0.1.4\n');
  });

  it('pings a container on the other node by name over the overlay', () => {
    expect(out(WORKER, 'docker exec b1 ping -c 1 a1')).toMatch(/^PING a1 \(10\.0\.1\.2\): 56 data bytes\n64 bytes from 10\.0\.1\.2: seq=0 ttl=64 /);
    expect(out(MANAGER, `docker exec a1 ping -c 1 ${WORKER_IP}`)).toContain(`64 bytes from ${WORKER_IP}: seq=0 ttl=63 `);
    expect(out(MANAGER, `ping -c 1 ${WORKER_IP}`)).toContain(`64 bytes from ${WORKER_IP}: icmp_seq=1 ttl=64 `);
    expect(sh(MANAGER, 'ping -c 1 10.0.1.3').stdout).toContain('1 packets transmitted, 0 received, 100% packet loss');
  });

  it('shows eth0 on the overlay (mtu 1450) and eth1 on docker_gwbridge, the default route via docker_gwbridge', () => {
    const ipa = out(MANAGER, 'docker exec a1 ip a');
    expect(ipa).toMatch(/eth0@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1450 .*\n.*\n    inet 10\.0\.1\.2\/24 brd 10\.0\.1\.255 scope global eth0\n/);
    expect(ipa).toMatch(/eth1@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 .*\n.*\n    inet 172\.18\.0\.3\/16 brd 172\.18\.255\.255 scope global eth1\n/);
    expect(out(MANAGER, 'docker exec a1 route -n')).toBe(
      'Kernel IP routing table\nDestination     Gateway         Genmask         Flags Metric Ref    Use Iface\n' +
        '0.0.0.0         172.18.0.1      0.0.0.0         UG    0      0        0 eth1\n' +
        '10.0.1.0        0.0.0.0         255.255.255.0   U     0      0        0 eth0\n' +
        '172.18.0.0      0.0.0.0         255.255.0.0     U     0      0        0 eth1\n',
    );
  });

  it('shows docker_gwbridge and its veths on the host, and no veth for overlay endpoints', () => {
    const brctl = out(MANAGER, 'brctl show');
    expect(brctl).toMatch(/^docker_gwbridge\t\t8000\.[0-9a-f]{12}\tno\t\tveth[0-9a-f]{7}\n\t\t\t\t\t\t\tveth[0-9a-f]{7}\n\t\t\t\t\t\t\tveth[0-9a-f]{7}\n/m);
    const veths = out(MANAGER, 'ip a').match(/^\d+: veth/gm) ?? [];
    expect(veths).toHaveLength(3);
  });

  it('answers the published port of the service on every node (routing mesh)', () => {
    const welcome = /<title>Welcome to nginx!<\/title>/;
    expect(out(WORKER, 'curl -s localhost:8080')).toMatch(welcome);
    expect(out(MANAGER, `curl -s ${WORKER_IP}:8080`)).toMatch(welcome);
    expect(out(WORKER, `curl -s ${MANAGER_IP}:8080`)).toMatch(welcome);
    expect(out(MANAGER, `docker exec a1 wget -qO- ${WORKER_IP}:8080`)).toMatch(welcome);
    expect(out(MANAGER, 'docker exec a1 wget -qO- web')).toMatch(welcome);
    expect(sh(MANAGER, `curl -sS ${WORKER_IP}:8081`)).toEqual({ stdout: '', stderr: `curl: (7) Failed to connect to ${WORKER_IP} port 8081 after 0 ms: Connection refused\n`, exit: 7 });
  });

  it('lists the routing mesh rules in the nat table (DOCKER-INGRESS)', () => {
    expect(out(WORKER, 'iptables -t nat -S')).toBe(
      [
        '-P PREROUTING ACCEPT',
        '-P INPUT ACCEPT',
        '-P OUTPUT ACCEPT',
        '-P POSTROUTING ACCEPT',
        '-N DOCKER',
        '-N DOCKER-INGRESS',
        '-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER-INGRESS',
        '-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER',
        '-A OUTPUT -m addrtype --dst-type LOCAL -j DOCKER-INGRESS',
        '-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER',
        '-A POSTROUTING -o docker_gwbridge -m addrtype --src-type LOCAL -j MASQUERADE',
        '-A POSTROUTING -s 172.18.0.0/16 ! -o docker_gwbridge -j MASQUERADE',
        '-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE',
        '-A DOCKER-INGRESS -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.18.0.2:8080',
        '-A DOCKER-INGRESS -j RETURN',
        '',
      ].join('\n'),
    );
    expect(out(MANAGER, 'iptables -t nat -L DOCKER-INGRESS -n')).toBe(
      'Chain DOCKER-INGRESS (2 references)\ntarget     prot opt source               destination         \n' +
        'DNAT       tcp  --  0.0.0.0/0            0.0.0.0/0            tcp dpt:8080 to:172.18.0.2:8080\n' +
        'RETURN     all  --  0.0.0.0/0            0.0.0.0/0           \n',
    );
  });
});
