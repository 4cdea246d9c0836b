/**
 * `docker service create -p/--publish`: the short form `[ip:]published:target[/proto]`
 * (ranges allowed, go-connections `nat.ParsePortSpecs` then `ConvertPortToPortConfig`) and
 * the long form `published=8080,target=80,protocol=udp,mode=host` (cli `opts/port.go`),
 * with the CLI's error texts.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { PortSpec, Proto, ServicePortSpec } from '@docknet/core';
import { parsePortSpec } from '../port-spec.js';

const PROTOCOLS: readonly string[] = ['tcp', 'udp', 'sctp'];

const parseUint16 = (value: string): E.Either<string, number> =>
  /^\d+$/.test(value) && Number(value) <= 65535
    ? E.right(Number(value))
    : E.left(`strconv.ParseUint: parsing "${value}": ${/^\d+$/.test(value) ? 'value out of range' : 'invalid syntax'}`);

interface LongForm {
  protocol: Proto;
  publishMode: 'ingress' | 'host';
  targetPort: number;
  publishedPort: number;
}

/** Applies one `key=value` field of the long form (keys are case-insensitive, as in the CLI). */
const applyField = (port: LongForm, field: string): string | undefined => {
  const lower = field.toLowerCase();
  const eq = lower.indexOf('=');
  if (eq <= 0) return `invalid field: ${field}`;
  const key = lower.slice(0, eq);
  const value = lower.slice(eq + 1);
  switch (key) {
    case 'protocol':
      if (!PROTOCOLS.includes(value)) return `invalid protocol value '${value}'`;
      port.protocol = value as Proto;
      return undefined;
    case 'mode':
      if (value !== 'ingress' && value !== 'host') return `invalid publish mode value (${value}): must be either 'ingress' or 'host'`;
      port.publishMode = value;
      return undefined;
    case 'target':
    case 'published': {
      const n = parseUint16(value);
      if (E.isLeft(n)) return n.left;
      if (key === 'target') port.targetPort = n.right;
      else port.publishedPort = n.right;
      return undefined;
    }
    default:
      return `invalid field key: ${key}`;
  }
};

const parseLongForm = (value: string): E.Either<string, ServicePortSpec[]> => {
  const port: LongForm = { protocol: 'tcp', publishMode: 'ingress', targetPort: 0, publishedPort: 0 };
  for (const field of value.split(',')) {
    const err = applyField(port, field);
    if (err !== undefined) return E.left(err);
  }
  return port.targetPort === 0 ? E.left("missing mandatory field 'target'") : E.right([port]);
};

/** One entry per target port, and per published port of a host range. */
const expandShortForm = (spec: PortSpec): ServicePortSpec[] => {
  const ports: ServicePortSpec[] = [];
  const targets = spec.containerPortEnd - spec.containerPort;
  for (let i = 0; i <= targets; i++) {
    const target = spec.containerPort + i;
    if (targets > 0 || spec.hostPort === 0) {
      ports.push({ protocol: spec.proto, targetPort: target, publishedPort: spec.hostPort === 0 ? 0 : spec.hostPort + i, publishMode: 'ingress' });
      continue;
    }
    for (let p = spec.hostPort; p <= spec.hostPortEnd; p++) ports.push({ protocol: spec.proto, targetPort: target, publishedPort: p, publishMode: 'ingress' });
  }
  return ports;
};

/**
 * Parses one `--publish` value.
 *
 * @example
 * parseServicePublish('8080:80') // Right([{ protocol: 'tcp', targetPort: 80, publishedPort: 8080, publishMode: 'ingress' }])
 */
export function parseServicePublish(value: string): E.Either<string, ServicePortSpec[]> {
  if (value.includes('=')) return parseLongForm(value);
  return E.map(expandShortForm)(parsePortSpec(value));
}

/** The flag's own check (pflag prints `invalid argument "…" for "-p, --publish" flag: <reason>`). */
export const servicePublishValue = (value: string): E.Either<string, string> => E.map(() => value)(parseServicePublish(value));
