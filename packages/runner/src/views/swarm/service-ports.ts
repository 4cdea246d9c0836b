/**
 * The PORTS columns of `docker service ls` (ingress ports, consecutive ranges collapsed)
 * and `docker service ps` (a task's host-mode ports), as cli `service/formatter.go` and
 * `task/formatter.go` print them.
 */
import type { ServicePort } from '@docknet/core';

interface PortRange {
  readonly pStart: number;
  readonly pEnd: number;
  readonly tStart: number;
  readonly tEnd: number;
  readonly protocol: string;
}

const span = (start: number, end: number): string => (end > start ? `${start}-${end}` : `${start}`);

const rangeText = (r: PortRange): string => `*:${span(r.pStart, r.pEnd)}->${span(r.tStart, r.tEnd)}/${r.protocol}`;

/** Sorted by protocol, then published port (the CLI sorts before grouping). */
const byProtocolThenPublished = (a: ServicePort, b: ServicePort): number =>
  a.protocol === b.protocol ? a.publishedPort - b.publishedPort : a.protocol < b.protocol ? -1 : 1;

/** A new range starts on another protocol, a gap in targets, or an overlap with a range's targets. */
const startsNewRange = (range: PortRange | undefined, p: ServicePort): boolean => {
  if (range === undefined) return true;
  const isRange = range.tEnd !== range.tStart;
  return p.protocol !== range.protocol || p.targetPort - range.tEnd > 1 || (isRange && p.targetPort <= range.tEnd);
};

/**
 * `docker service ls` PORTS: `*:8080->80/tcp`, `*:80-81->80-81/tcp`, joined by `, `.
 *
 * @example
 * servicePortsText([{ protocol: 'tcp', targetPort: 80, publishedPort: 8080, publishMode: 'ingress' }]) // '*:8080->80/tcp'
 */
export function servicePortsText(ports: readonly ServicePort[]): string {
  const out: string[] = [];
  let range: PortRange | undefined;
  for (const p of [...ports].sort(byProtocolThenPublished)) {
    if (p.publishMode !== 'ingress') continue;
    if (startsNewRange(range, p)) {
      if (range !== undefined && range.pStart > 0) out.push(rangeText(range));
      range = { pStart: p.publishedPort, pEnd: p.publishedPort, tStart: p.targetPort, tEnd: p.targetPort, protocol: p.protocol };
      continue;
    }
    if (range !== undefined) range = { ...range, pEnd: p.publishedPort, tEnd: p.targetPort };
  }
  if (range !== undefined && range.pStart > 0) out.push(rangeText(range));
  return out.join(', ');
}

/**
 * `docker service ps` PORTS: the task's host-mode ports only (ingress ports are not shown).
 *
 * @example
 * taskPortsText([{ protocol: 'tcp', targetPort: 80, publishedPort: 8080, publishMode: 'host' }]) // '*:8080->80/tcp'
 */
export function taskPortsText(ports: readonly ServicePort[]): string {
  return ports
    .filter((p) => p.publishMode === 'host')
    .map((p) => `*:${p.publishedPort}->${p.targetPort}/${p.protocol}`)
    .join(',');
}
