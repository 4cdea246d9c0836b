/**
 * `-p` values as a test writes them, parsed into the `PortSpec` the CLI layer sends:
 * `[ip:][hostPort[-end]:]containerPort[-end][/proto]` (docker-facts.md §6.1). Test input
 * only: malformed text throws, it never reaches a handler.
 */
import type { PortSpec, Proto } from '@docknet/core';

const range = (text: string): [number, number] => {
  const [lo, hi] = text.split('-');
  const start = Number(lo);
  const end = hi === undefined ? start : Number(hi);
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw new Error(`bad port range in test: ${text}`);
  return [start, end];
};

/**
 * @example
 * portSpec('127.0.0.1:8080:80/udp')
 * // { proto: 'udp', containerPort: 80, containerPortEnd: 80, hostIp: '127.0.0.1', hostPort: 8080, hostPortEnd: 8080 }
 */
export const portSpec = (text: string): PortSpec => {
  const [body = '', protoText = 'tcp'] = text.split('/');
  const parts = body.split(':');
  const containerText = parts.pop() ?? '';
  const hostText = parts.pop() ?? '';
  const hostIp = parts.join(':');
  const [containerPort, containerPortEnd] = range(containerText);
  const [hostPort, hostPortEnd] = hostText === '' ? [0, 0] : range(hostText);
  return { proto: protoText as Proto, containerPort, containerPortEnd, hostIp, hostPort, hostPortEnd };
};
