/**
 * Publishing ports at start (docker-facts.md §6): which bindings, in which order, which
 * ephemeral host ports, and Docker's conflict error.
 */
import * as E from 'fp-ts/lib/Either.js';
import {
  daemonError,
  type ContainerState,
  type DecideContext,
  type DockerError,
  type Endpoint,
  type HostState,
  type Proto,
  type PublishedPort,
} from '@docknet/core';
import { DEFAULT_EPHEMERAL_RANGE } from '../ports/port-table.js';
import { msg } from './messages.js';

export const EPHEMERAL_RANGE = DEFAULT_EPHEMERAL_RANGE;

const PROTO_ORDER: Readonly<Record<Proto, number>> = { tcp: 6, udp: 17, sctp: 132 };

interface Request {
  readonly containerPort: number;
  readonly proto: Proto;
  /** `''` = both 0.0.0.0 and :: */
  readonly hostIp: string;
  readonly lo: number;
  readonly hi: number;
  readonly exact: boolean;
}

const parseKey = (key: string): { port: number; proto: Proto } => {
  const [port, proto] = key.split('/');
  return { port: Number(port), proto: (proto ?? 'tcp') as Proto };
};

/** The binding requests of a container, from `PortBindings` and `-P`. */
const requestsOf = (c: ContainerState): Request[] => {
  const out: Request[] = [];
  const bound = new Set<string>();
  for (const [key, bindings] of Object.entries(c.portBindings)) {
    const { port, proto } = parseKey(key);
    bound.add(key);
    for (const b of bindings) {
      const [loText, hiText] = b.hostPort.split('-');
      const lo = loText === undefined || loText === '' ? 0 : Number(loText);
      const hi = hiText === undefined ? lo : Number(hiText);
      out.push({ containerPort: port, proto, hostIp: b.hostIp, lo, hi, exact: lo !== 0 && lo === hi });
    }
  }
  if (c.publishAllPorts) {
    for (const key of c.exposedPorts) {
      if (bound.has(key)) continue;
      const { port, proto } = parseKey(key);
      out.push({ containerPort: port, proto, hostIp: '', lo: 0, hi: 0, exact: false });
    }
  }
  return out;
};

/** v27+ order (`PortBindingReq.Compare`): exact first, container port, proto, host port; ≤v26: exact first, larger container port first. */
const sortRequests = (ctx: DecideContext, reqs: Request[]): Request[] =>
  [...reqs].sort((a, b) => {
    if (a.exact !== b.exact) return a.exact ? -1 : 1;
    if (ctx.profile.portAllocation === 'legacy') return b.containerPort - a.containerPort;
    return (
      a.containerPort - b.containerPort ||
      PROTO_ORDER[a.proto] - PROTO_ORDER[b.proto] ||
      a.lo - b.lo ||
      (a.hostIp.includes(':') ? 1 : 0) - (b.hostIp.includes(':') ? 1 : 0)
    );
  });

/** Host addresses one request binds: the default binding is 0.0.0.0 plus :: (userland proxy). */
const hostIpsOf = (req: Request, bindingIpv4: string): string[] =>
  req.hostIp !== '' ? [req.hostIp] : bindingIpv4 === '0.0.0.0' ? ['0.0.0.0', '::'] : [bindingIpv4];

/**
 * Decides the published ports for a container joining `endpoint` (its gateway network).
 * Returns the conflict error Docker prints when a port is taken.
 */
export const decidePorts = (
  ctx: DecideContext,
  host: HostState,
  container: ContainerState,
  endpoint: Endpoint,
  bindingIpv4: string,
): E.Either<DockerError, PublishedPort[]> => {
  const out: PublishedPort[] = [];
  const takenHere = new Map<string, Set<number>>();
  const taken = (proto: string, ip: string) => {
    const key = `${proto}/${ip}`;
    let s = takenHere.get(key);
    if (s === undefined) takenHere.set(key, (s = new Set()));
    return s;
  };
  const isFree = (proto: string, ip: string, port: number) =>
    !taken(proto, ip).has(port) && !host.ports.isBound(proto, ip, port);
  for (const req of sortRequests(ctx, requestsOf(container))) {
    const ips = hostIpsOf(req, bindingIpv4);
    let port: number | undefined;
    if (req.exact) {
      const busy = ips.find((ip) => !isFree(req.proto, ip, req.lo));
      if (busy !== undefined) {
        const error = msg.portInUse(container.name, endpoint.id, busy, req.lo);
        return E.left(daemonError(msg.startPrefix(ctx.profile, error), 'conflict'));
      }
      port = req.lo;
    } else {
      const [lo, hi] = req.lo === 0 ? [EPHEMERAL_RANGE.lo, EPHEMERAL_RANGE.hi] : [req.lo, req.hi];
      const first = ips[0] ?? '0.0.0.0';
      let candidate = host.ports.nextEphemeral(req.proto, first, lo, hi, taken(req.proto, first));
      // v4 and v6 bindings of one mapping share one port (v27+ `needSamePort`).
      let guard = hi - lo + 1;
      while (candidate !== undefined && !ips.every((ip) => isFree(req.proto, ip, candidate as number)) && guard-- > 0) {
        taken(req.proto, first).add(candidate);
        candidate = host.ports.nextEphemeral(req.proto, first, lo, hi, taken(req.proto, first));
      }
      if (candidate === undefined || guard <= 0) {
        const error = msg.portInUse(container.name, endpoint.id, first, req.lo);
        return E.left(daemonError(msg.startPrefix(ctx.profile, error), 'conflict'));
      }
      port = candidate;
    }
    for (const ip of ips) {
      taken(req.proto, ip).add(port);
      const cursor = req.exact ? {} : req.lo === 0 ? { ephemeral: true } : { ephemeral: true, portRange: `${req.lo}-${req.hi}` };
      out.push({ containerPort: req.containerPort, proto: req.proto, hostIp: ip, hostPort: port, ...cursor });
    }
  }
  return E.right(out);
};
