/**
 * R1/R2's input: an event log made by a realistic random mix of docker commands decided by
 * the real engine (networks created and removed, `docker run` with networks and published
 * ports, stops, starts, restarts, connects, disconnects, `rm -f`, pauses, renames), written
 * as JSONL exactly as `docknet replay --events` writes it.
 *
 * Names come from bounded pools (400 containers, 16 user networks), so the live world
 * stays the size of a busy host however long the log grows, and commands often hit
 * something that exists (and sometimes get Docker's refusal, which adds no event).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import * as E from '../packages/core/node_modules/fp-ts/lib/Either.js';
import {
  EVENT_LOG_KIND,
  EVENT_LOG_VERSION,
  EventBodyC,
  encodeEventLine,
  encodeHeader,
  makeEngine,
} from '../packages/core/dist/index.js';
import { daemonRegistry } from '../packages/drivers/dist/index.js';
import { xorshift32 } from './xorshift32.js';

const HOST = 'docker-host';
const EPOCH_MS = Date.UTC(2020, 0, 1);
const CONTAINERS = 400;
const NETWORKS = 16;

const BUSYBOX = { name: 'busybox', cmd: ['sh'], exposedPorts: [], env: [] };
const NGINX = { name: 'nginx', cmd: ['nginx', '-g', 'daemon off;'], exposedPorts: ['80/tcp'], env: [] };
const REDIS = { name: 'redis', cmd: ['redis-server'], exposedPorts: ['6379/tcp'], env: [] };

/** RFC 3339 without fractions, one logical second per command. */
const instant = (step) => new Date(EPOCH_MS + step * 1000).toISOString().replace('.000Z', 'Z');

const port = (containerPort, hostPort, proto = 'tcp', hostIp = '') => ({
  proto,
  containerPort,
  containerPortEnd: containerPort,
  hostIp,
  hostPort,
  hostPortEnd: hostPort,
});

const createNetwork = (name, subnets) => ({
  type: 'CreateNetwork',
  name,
  driver: 'bridge',
  subnets,
  ipRanges: [],
  gateways: [],
  auxAddresses: [],
  ipv6: false,
  ipv4: true,
  internal: false,
  attachable: false,
  ingress: false,
  options: {},
  labels: {},
  ipamDriver: 'default',
  ipamOptions: {},
});

const createContainer = (name, image, networks, publish, publishAll) => ({
  type: 'CreateContainer',
  name,
  image,
  cmd: [],
  networks,
  publish,
  publishAll,
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

/**
 * The command mix: each entry is [weight, (pick) => commands]. `pick(n)` is a uniform
 * integer in [0, n).
 */
const MIX = [
  [2, (pick) => {
    const n = pick(NETWORKS);
    // Half the networks get a user subnet, the others a predefined pool.
    return [createNetwork(`n${n}`, n % 2 === 0 ? [`10.${n}.0.0/16`] : [])];
  }],
  [1, (pick) => [{ type: 'RemoveNetwork', ref: `n${pick(NETWORKS)}` }]],
  [12, (pick) => {
    const name = `c${pick(CONTAINERS)}`;
    const where = pick(20);
    const ref = where < 9 ? 'bridge' : where < 18 ? `n${pick(NETWORKS)}` : where === 18 ? 'host' : 'none';
    const networks = where < 9 ? [] : [{ ref, aliases: where < 18 && pick(2) === 0 ? [name] : [], links: [] }];
    const p = pick(10);
    const image = p < 5 ? BUSYBOX : p < 8 ? NGINX : REDIS;
    const publish =
      p === 5 ? [port(80, 0)] : p === 6 ? [port(80, 8000 + pick(2000))] : p === 7 ? [port(443, 0), port(80, 0)] : [];
    return [createContainer(name, image, networks, publish, p === 8), { type: 'StartContainer', ref: name }];
  }],
  [4, (pick) => [{ type: 'StartContainer', ref: `c${pick(CONTAINERS)}` }]],
  [4, (pick) => [{ type: 'StopContainer', ref: `c${pick(CONTAINERS)}` }]],
  [2, (pick) => {
    const ref = `c${pick(CONTAINERS)}`;
    return [{ type: 'StopContainer', ref }, { type: 'StartContainer', ref }];
  }],
  [1, (pick) => [{ type: 'KillContainer', ref: `c${pick(CONTAINERS)}` }]],
  [1, (pick) => [{ type: 'PauseContainer', ref: `c${pick(CONTAINERS)}` }]],
  [1, (pick) => [{ type: 'UnpauseContainer', ref: `c${pick(CONTAINERS)}` }]],
  [10, (pick) => [{ type: 'RemoveContainer', ref: `c${pick(CONTAINERS)}`, force: true }]],
  [1, (pick) => [{ type: 'RenameContainer', ref: `c${pick(CONTAINERS)}`, name: `c${pick(CONTAINERS)}` }]],
  [6, (pick) => [{
    type: 'ConnectNetwork',
    network: `n${pick(NETWORKS)}`,
    container: `c${pick(CONTAINERS)}`,
    aliases: [],
    links: [],
  }]],
  [3, (pick) => [{
    type: 'DisconnectNetwork',
    network: `n${pick(NETWORKS)}`,
    container: `c${pick(CONTAINERS)}`,
    force: false,
  }]],
];
const TOTAL_WEIGHT = MIX.reduce((sum, [w]) => sum + w, 0);

/**
 * Decides a random command mix until `count` events exist and hands the JSONL lines of the
 * event log (header first, exactly `count` events, no newlines) to `write` in batches.
 * Returns how many commands were tried and how many Docker refused.
 *
 * @param {number} count
 * @param {(lines: string[]) => void} write
 * @returns {{ commands: number, refused: number }}
 */
export const generateEventLog = (count, write, profile = '28') => {
  const engine = makeEngine(daemonRegistry);
  const next = xorshift32();
  const pick = (n) => next() % n;
  let state = engine.initialState({ profile, seed: 0, at: instant(0) });
  let lines = [
    encodeHeader({ kind: EVENT_LOG_KIND, version: EVENT_LOG_VERSION, engine: profile, seed: 0, clock: instant(0) }),
  ];
  let events = 0;
  let commands = 0;
  let refused = 0;
  const apply = (command, step) => {
    commands++;
    const decided = engine.decide(state, { host: HOST, at: instant(step), command });
    if (E.isLeft(decided)) {
      refused++;
      return false;
    }
    for (const e of decided.right) {
      if (events === count) break; // a command's events may run past `count`: cut there
      const { seq, at, host, ...event } = e;
      lines.push(encodeEventLine({ seq, at, host, event }, EventBodyC));
      if (lines.length >= 10_000) {
        write(lines);
        lines = [];
      }
      state = engine.evolve(state, e);
      events++;
    }
    return true;
  };
  apply({ type: 'BootHost', interfaces: [{ name: 'eth0', ipv4: '10.0.2.15/24' }] }, 0);
  for (let step = 1; events < count; step++) {
    let r = pick(TOTAL_WEIGHT);
    let i = 0;
    while (r >= MIX[i][0]) r -= MIX[i++][0];
    for (const command of MIX[i][1](pick)) if (!apply(command, step)) break;
  }
  write(lines);
  return { commands, refused };
};

/**
 * Writes the log of {@link generateEventLog} to `path`.
 *
 * @param {string} path
 * @param {number} count
 */
export const writeEventLog = (path, count) => {
  const fd = openSync(path, 'w');
  try {
    return generateEventLog(count, (lines) => {
      if (lines.length > 0) writeSync(fd, `${lines.join('\n')}\n`);
    });
  } finally {
    closeSync(fd);
  }
};
