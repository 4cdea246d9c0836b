/**
 * Test support: a two-node swarm built by executing daemon commands on a session (no CLI):
 * `manager` (10.0.0.10) initialises, `worker` (10.0.0.11) joins, the manager creates the
 * attachable overlay `ov`, and `svc` (if asked) is a replicated service on `ov`.
 */
import * as E from 'fp-ts/lib/Either.js';
import { makeEngine, type Command, type EventEnvelope, type ImageConfig, type NetworkRequest, type ProfileId } from '@docknet/core';
import { daemonRegistry } from '@docknet/drivers';
import { Session } from '../../session/session.js';

export const MANAGER = 'manager';
export const WORKER = 'worker';
export const MANAGER_IP = '10.0.0.10';
export const WORKER_IP = '10.0.0.11';

export const BUSYBOX: ImageConfig = { name: 'busybox:latest', cmd: ['sh'], exposedPorts: [], env: [] };
export const NGINX: ImageConfig = { name: 'nginx:latest', cmd: ['nginx', '-g', 'daemon off;'], exposedPorts: ['80/tcp'], env: [] };

/** Executes `command`, failing the test with the daemon's message on error. */
export const run = (session: Session, host: string, command: Command): readonly EventEnvelope[] => {
  const out = session.execute(host, command);
  if (E.isLeft(out)) throw new Error(`${command.type} on ${host}: ${out.left.message}`);
  session.tick();
  return out.right;
};

const onNetwork = (ref: string): NetworkRequest => ({ ref, aliases: [], links: [] });

/** `docker run -d --name NAME --network NET IMAGE` as create + start. */
export const runContainer = (session: Session, host: string, name: string, network: string, image: ImageConfig = BUSYBOX): void => {
  run(session, host, {
    type: 'CreateContainer',
    name,
    image,
    cmd: [],
    networks: [onNetwork(network)],
    publish: [],
    publishAll: false,
    expose: [],
    links: [],
    env: [],
    tty: true,
    openStdin: true,
    dns: [],
    extraHosts: [],
    autoRemove: false,
    restartPolicy: 'no',
  });
  run(session, host, { type: 'StartContainer', ref: name });
};

/** `docker network create -d overlay --attachable NAME` on `host`. */
export const createOverlay = (session: Session, host: string, name: string): void => {
  run(session, host, {
    type: 'CreateNetwork',
    name,
    driver: 'overlay',
    subnets: [],
    ipRanges: [],
    gateways: [],
    auxAddresses: [],
    ipv6: false,
    ipv4: true,
    internal: false,
    attachable: true,
    ingress: false,
    options: {},
    labels: {},
    ipamDriver: 'default',
    ipamOptions: {},
  });
};

/** `docker service create --name NAME --replicas N --network NET [-p 8080:80] nginx`, converged. */
export const createService = (session: Session, name: string, replicas: number, network: string, publish: boolean): void => {
  run(session, MANAGER, {
    type: 'CreateService',
    name,
    image: NGINX,
    cmd: [],
    env: [],
    mode: 'replicated',
    replicas,
    networks: [network],
    ports: publish ? [{ protocol: 'tcp', targetPort: 80, publishedPort: 8080, publishMode: 'ingress' }] : [],
  });
  for (let i = 0; i < 100; i += 1) {
    const step = session.execute(MANAGER, { type: 'ConvergeSwarm' });
    if (E.isLeft(step)) throw new Error(`ConvergeSwarm: ${step.left.message}`);
    if (step.right.length === 0) return;
  }
  throw new Error('the swarm did not converge in 100 steps');
};

/** Two booted hosts, the manager's swarm joined by the worker, and the overlay `ov`. */
export const twoNodeSwarm = (profile: ProfileId = '28'): Session => {
  const session = new Session(makeEngine(daemonRegistry), { profile, seed: 0, origin: { epochNs: 0n, offsetMinutes: 0 } });
  run(session, MANAGER, { type: 'BootHost', interfaces: [{ name: 'eth0', ipv4: `${MANAGER_IP}/24` }] });
  run(session, WORKER, { type: 'BootHost', interfaces: [{ name: 'eth0', ipv4: `${WORKER_IP}/24` }] });
  run(session, MANAGER, { type: 'InitSwarm', defaultAddrPool: [], subnetSize: 24 });
  const [cluster] = session.state.swarms.values();
  if (cluster === undefined) throw new Error('no swarm after InitSwarm');
  run(session, WORKER, { type: 'JoinSwarm', token: cluster.tokens.worker, remoteAddr: `${MANAGER_IP}:2377` });
  createOverlay(session, MANAGER, 'ov');
  return session;
};
