/**
 * `docker swarm|node|service` end to end: two booted hosts in one session, driven through
 * `runDocker` as a user types the commands.
 */
import { describe, expect, it } from 'vitest';
import { makeEngine } from '@docknet/core';
import { daemonRegistry } from '@docknet/drivers';
import { Session } from '../../session/session.js';
import { BUILTIN_IMAGES } from '../../images/catalog.js';
import { runDocker } from '../dispatch.js';
import type { CliResult } from '../cli-result.js';

const boot = (): Session => {
  const session = new Session(makeEngine(daemonRegistry), { profile: '28', seed: 0, origin: { epochNs: 0n, offsetMinutes: 0 } });
  session.execute('manager1', { type: 'BootHost', interfaces: [{ name: 'eth0', ipv4: '192.168.99.100/24' }] });
  session.execute('worker1', { type: 'BootHost', interfaces: [{ name: 'eth0', ipv4: '192.168.99.101/24' }] });
  return session;
};

const docker = (session: Session, host: string, line: string): CliResult => {
  session.tick();
  return runDocker({ session, host, profile: session.profile, images: BUILTIN_IMAGES }, line.split(' '));
};

/** init on manager1, join worker1 with the printed token; returns the token. */
const twoNodeSwarm = (session: Session): string => {
  docker(session, 'manager1', 'swarm init');
  const token = docker(session, 'manager1', 'swarm join-token -q worker').stdout.trim();
  docker(session, 'worker1', `swarm join --token ${token} 192.168.99.100:2377`);
  return token;
};

describe('docker swarm', () => {
  it('init prints the node id, the worker join command and the manager hint', () => {
    const session = boot();
    const out = docker(session, 'manager1', 'swarm init');
    expect(out.exit).toBe(0);
    expect(out.stdout).toMatch(
      /^Swarm initialized: current node \([0-9a-z]{25}\) is now a manager\.\n\nTo add a worker to this swarm, run the following command:\n\n {4}docker swarm join --token SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25} 192\.168\.99\.100:2377\n\nTo add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions\.\n$/,
    );
  });

  it('init twice is refused by the daemon', () => {
    const session = boot();
    docker(session, 'manager1', 'swarm init');
    expect(docker(session, 'manager1', 'swarm init')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.\n',
      exit: 1,
    });
  });

  it('join-token prints the join command with a blank line after it, -q only the token', () => {
    const session = boot();
    docker(session, 'manager1', 'swarm init');
    const token = docker(session, 'manager1', 'swarm join-token -q manager').stdout;
    expect(token).toMatch(/^SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25}\n$/);
    expect(docker(session, 'manager1', 'swarm join-token manager').stdout).toBe(
      `To add a manager to this swarm, run the following command:\n\n    docker swarm join --token ${token.trim()} 192.168.99.100:2377\n\n`,
    );
  });

  it('join-token: unknown role is refused by the CLI, outside a swarm and on a worker by the daemon', () => {
    const session = boot();
    expect(docker(session, 'manager1', 'swarm join-token foo')).toEqual({ stdout: '', stderr: 'unknown role foo\n', exit: 1 });
    expect(docker(session, 'manager1', 'swarm join-token worker').stderr).toBe(
      'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n',
    );
    twoNodeSwarm(session);
    expect(docker(session, 'worker1', 'swarm join-token worker').stderr).toBe(
      "Error response from daemon: This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.\n",
    );
  });

  it('join prints the role the node joined as', () => {
    const session = boot();
    docker(session, 'manager1', 'swarm init');
    const token = docker(session, 'manager1', 'swarm join-token -q worker').stdout.trim();
    expect(docker(session, 'worker1', `swarm join --token ${token} 192.168.99.100:2377`)).toEqual({
      stdout: 'This node joined a swarm as a worker.\n',
      stderr: '',
      exit: 0,
    });
  });

  it('leave: a worker leaves, its node shows Down', () => {
    const session = boot();
    twoNodeSwarm(session);
    expect(docker(session, 'worker1', 'swarm leave')).toEqual({ stdout: 'Node left the swarm.\n', stderr: '', exit: 0 });
    const ls = docker(session, 'manager1', 'node ls').stdout.split('\n');
    expect(ls[2]).toMatch(/^[0-9a-z]{25} {5}worker1 {4}Down {6}Active {26}28\.5\.2$/);
  });
});

describe('docker node ls', () => {
  it('lists both nodes, marks the current one and the leader', () => {
    const session = boot();
    twoNodeSwarm(session);
    const out = docker(session, 'manager1', 'node ls');
    const lines = out.stdout.split('\n');
    expect(lines[0]).toBe(`ID${' '.repeat(28)}HOSTNAME   STATUS    AVAILABILITY   MANAGER STATUS   ENGINE VERSION`);
    expect(lines[1]).toMatch(/^[0-9a-z]{25} \* {3}manager1 {3}Ready {5}Active {9}Leader {11}28\.5\.2$/);
    expect(lines[2]).toMatch(/^[0-9a-z]{25} {5}worker1 {4}Ready {5}Active {26}28\.5\.2$/);
    expect(lines).toHaveLength(4);
  });

  it('is refused on a worker', () => {
    const session = boot();
    twoNodeSwarm(session);
    expect(docker(session, 'worker1', 'node ls').stderr).toMatch(/^Error response from daemon: This node is not a swarm manager\. Worker nodes/);
  });
});

describe('docker service', () => {
  it('create prints the id and the converged progress screen; ls and ps show the tasks', () => {
    const session = boot();
    twoNodeSwarm(session);
    const out = docker(session, 'manager1', 'service create --name web --replicas 2 -p 8080:80 nginx');
    expect(out.stderr).toBe('');
    const [id = '', ...rest] = out.stdout.split('\n');
    expect(id).toMatch(/^[0-9a-z]{25}$/);
    const bar = `running   [${'='.repeat(50)}>] `;
    expect(rest.join('\n')).toBe(
      `overall progress: 2 out of 2 tasks \n1/2: ${bar}\n2/2: ${bar}\nverify: Service ${id} converged \n`,
    );
    const ls = docker(session, 'manager1', 'service ls').stdout;
    expect(ls).toBe(
      `ID             NAME      MODE         REPLICAS   IMAGE          PORTS\n${id.slice(0, 12)}   web       replicated   2/2        nginx:latest   *:8080->80/tcp\n`,
    );
    const ps = docker(session, 'manager1', 'service ps web').stdout.split('\n');
    expect(ps[0]).toBe('ID             NAME      IMAGE          NODE       DESIRED STATE   CURRENT STATE           ERROR     PORTS');
    expect(ps.slice(1, 3).map((l) => l.slice(15))).toEqual([
      'web.1     nginx:latest   manager1   Running         Running 2 seconds ago             ',
      'web.2     nginx:latest   worker1    Running         Running 2 seconds ago             ',
    ]);
  });

  it('scale prints "S scaled to N" and the progress screen with the name as typed', () => {
    const session = boot();
    twoNodeSwarm(session);
    docker(session, 'manager1', 'service create -d --name web nginx');
    const out = docker(session, 'manager1', 'service scale web=3');
    expect(out.stdout).toBe(
      `web scaled to 3\noverall progress: 3 out of 3 tasks \n${[1, 2, 3].map((i) => `${i}/3: running   [${'='.repeat(50)}>] \n`).join('')}verify: Service web converged \n`,
    );
    expect(docker(session, 'manager1', 'service ls --format {{.Replicas}}').stdout).toBe('3/3\n');
  });

  it('a worker leaving reschedules its tasks on the manager', () => {
    const session = boot();
    twoNodeSwarm(session);
    docker(session, 'manager1', 'service create -d --name web --replicas 2 nginx');
    docker(session, 'worker1', 'swarm leave');
    const nodes = docker(session, 'manager1', 'service ps --format {{.Node}} web').stdout;
    expect(nodes).toBe('manager1\nmanager1\n');
  });

  it('rm echoes names and reports unknown services', () => {
    const session = boot();
    twoNodeSwarm(session);
    docker(session, 'manager1', 'service create -d --name web nginx');
    expect(docker(session, 'manager1', 'service rm web nope')).toEqual({
      stdout: 'web\n',
      stderr: 'Error response from daemon: service nope not found\n',
      exit: 1,
    });
    expect(docker(session, 'manager1', 'service ls -q').stdout).toBe('');
  });

  it('ps of an unknown service is a CLI error without prefix', () => {
    const session = boot();
    twoNodeSwarm(session);
    expect(docker(session, 'manager1', 'service ps nope')).toEqual({ stdout: '', stderr: 'no such service: nope\n', exit: 1 });
  });

  it('scale refuses a global service client side and a bad specifier', () => {
    const session = boot();
    twoNodeSwarm(session);
    docker(session, 'manager1', 'service create -d --name g --mode global nginx');
    expect(docker(session, 'manager1', 'service scale g=2').stderr).toBe('g: scale can only be used with replicated or replicated-job mode\n');
    expect(docker(session, 'manager1', 'service scale g').stderr).toMatch(/^invalid scale specifier 'g'\.\n/);
    expect(docker(session, 'manager1', 'service ls --format {{.Mode}}:{{.Replicas}}').stdout).toBe('global:2/2\n');
  });
});
