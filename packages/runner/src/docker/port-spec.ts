/**
 * `-p/--publish` parsing as the docker CLI does it (go-connections `nat.ParsePortSpec`),
 * with the CLI's error texts (docker-facts.md §4.4, §6.1).
 */
import * as E from 'fp-ts/lib/Either.js';
import type { PortSpec, Proto } from '@docknet/core';

const PROTOS = new Set(['tcp', 'udp', 'sctp']);

const parseRange = (text: string): { lo: number; hi: number } | undefined => {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (m === null) return undefined;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  if (lo > 65535 || hi > 65535 || hi < lo) return undefined;
  return { lo, hi };
};

const isIPv4 = (s: string) => /^(\d{1,3})(\.\d{1,3}){3}$/.test(s) && s.split('.').every((o) => Number(o) <= 255);
const isIPv6 = (s: string) => /^[0-9a-fA-F:.]+$/.test(s) && s.includes(':');

/** Splits `ip:host:container` where ip may be a bracketed IPv6 address. */
const splitParts = (raw: string): string[] => {
  if (raw.startsWith('[')) {
    const end = raw.indexOf(']');
    if (end !== -1) return [raw.slice(1, end), ...raw.slice(end + 2).split(':')];
  }
  const parts = raw.split(':');
  if (parts.length > 3) {
    // An unbracketed IPv6 address: everything before the last two parts.
    return [parts.slice(0, -2).join(':'), ...parts.slice(-2)];
  }
  return parts;
};

export const parsePortSpec = (spec: string): E.Either<string, PortSpec> => {
  const slash = spec.lastIndexOf('/');
  const proto = slash === -1 ? 'tcp' : spec.slice(slash + 1);
  const raw = slash === -1 ? spec : spec.slice(0, slash);
  if (!PROTOS.has(proto)) return E.left(`invalid proto: ${proto}`);
  const parts = splitParts(raw);
  let ip = '';
  let host = '';
  let container = '';
  if (parts.length === 1) container = parts[0] ?? '';
  else if (parts.length === 2) [host, container] = [parts[0] ?? '', parts[1] ?? ''];
  else [ip, host, container] = [parts[0] ?? '', parts[1] ?? '', parts[2] ?? ''];
  if (ip !== '' && !isIPv4(ip) && !isIPv6(ip)) return E.left(`invalid IP address: ${ip}`);
  const c = parseRange(container);
  if (container === '' || c === undefined) return E.left(`invalid containerPort: ${container}`);
  let h = { lo: 0, hi: 0 };
  if (host !== '') {
    const parsed = parseRange(host);
    if (parsed === undefined) return E.left(`invalid hostPort: ${host}`);
    h = parsed;
  }
  const cSize = c.hi - c.lo;
  const hSize = h.hi - h.lo;
  if (host !== '' && cSize !== 0 && cSize !== hSize) {
    return E.left(`invalid ranges specified for container and host Ports: ${container} and ${host}`);
  }
  return E.right({
    proto: proto as Proto,
    containerPort: c.lo,
    containerPortEnd: c.hi,
    hostIp: ip,
    hostPort: h.lo,
    hostPortEnd: h.hi,
  });
};
