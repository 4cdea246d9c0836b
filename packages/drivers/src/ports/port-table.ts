/**
 * Host ports bound per (protocol, host IP) and Docker's ephemeral-port cursor
 * (docker-facts.md §6.3): serial "next after the last handed out", wrapping, so a
 * released port is not reused until the range wraps. Each (proto, ip) keeps a Set of
 * bound ports: lookups are O(1); the ephemeral search walks forward from the cursor and
 * skips only ports that are actually bound.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { PortTable } from '@docknet/core';

const UNSPECIFIED = new Set(['0.0.0.0', '::']);

const familyOf = (ip: string): 4 | 6 => (ip.includes(':') ? 6 : 4);

/** The default ephemeral range (`/proc/sys/net/ipv4/ip_local_port_range` on a usual host). */
export const DEFAULT_EPHEMERAL_RANGE = { lo: 32768, hi: 60999 } as const;

const rangeKey = (lo: number, hi: number): string => `${lo}-${hi}`;
const DEFAULT_KEY = rangeKey(DEFAULT_EPHEMERAL_RANGE.lo, DEFAULT_EPHEMERAL_RANGE.hi);

interface Slot {
  readonly ports: Set<number>;
  /**
   * Last port handed out per range (`portallocator.go` keeps one `portRange` cursor per
   * distinct range, so `-p 9000-9010:80` does not move the default range's cursor);
   * absent until the first one (then `begin` is next).
   */
  readonly last: Map<string, number>;
}

const isPort = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 65535;

export class HostPortTable implements PortTable {
  private readonly slots = new Map<string, Slot>();

  /** Rebuilds a table from {@link HostPortTable.toJSON} output (state snapshots). */
  static fromJSON(json: unknown): E.Either<string, HostPortTable> {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return E.left('expected an object of port slots');
    const table = new HostPortTable();
    for (const [key, value] of Object.entries(json)) {
      const { bound, last, ranges } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
      const cursors: unknown[] = typeof ranges === 'object' && ranges !== null ? Object.values(ranges) : [];
      if (
        !key.includes('/') ||
        !Array.isArray(bound) ||
        !bound.every(isPort) ||
        !(last === null || isPort(last)) ||
        !(ranges === undefined || (typeof ranges === 'object' && ranges !== null && cursors.every(isPort)))
      ) {
        return E.left(`slot ${key}: expected {bound: ports, last: port | null, ranges?: {lo-hi: port}}`);
      }
      const cursor = new Map<string, number>();
      if (isPort(last)) cursor.set(DEFAULT_KEY, last);
      for (const [range, port] of Object.entries((ranges ?? {}) as Record<string, number>)) cursor.set(range, port);
      table.slots.set(key, { ports: new Set(bound), last: cursor });
    }
    return E.right(table);
  }

  private slot(proto: string, hostIp: string): Slot {
    const key = `${proto}/${hostIp}`;
    let s = this.slots.get(key);
    if (s === undefined) {
      s = { ports: new Set(), last: new Map() };
      this.slots.set(key, s);
    }
    return s;
  }

  isBound(proto: string, hostIp: string, port: number): boolean {
    if (this.slots.get(`${proto}/${hostIp}`)?.ports.has(port) === true) return true;
    // An unspecified address conflicts with every specific address of its family and back.
    const family = familyOf(hostIp);
    for (const [key, s] of this.slots) {
      if (!s.ports.has(port)) continue;
      const [p, ip] = [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)];
      if (p !== proto || familyOf(ip) !== family) continue;
      if (UNSPECIFIED.has(ip) || UNSPECIFIED.has(hostIp)) return true;
    }
    return false;
  }

  nextEphemeral(proto: string, hostIp: string, lo: number, hi: number, taken?: ReadonlySet<number>): number | undefined {
    const last = this.slots.get(`${proto}/${hostIp}`)?.last.get(rangeKey(lo, hi));
    const size = hi - lo + 1;
    const start = last === undefined || last < lo || last >= hi ? lo : last + 1;
    for (let i = 0; i < size; i++) {
      const port = lo + ((start - lo + i) % size);
      if (taken?.has(port) !== true && !this.isBound(proto, hostIp, port)) return port;
    }
    return undefined;
  }

  bind(proto: string, hostIp: string, port: number, ephemeral: boolean, range: string = DEFAULT_KEY): void {
    const s = this.slot(proto, hostIp);
    s.ports.add(port);
    if (ephemeral) s.last.set(range, port);
  }

  release(proto: string, hostIp: string, port: number): void {
    this.slots.get(`${proto}/${hostIp}`)?.ports.delete(port);
  }

  toJSON(): unknown {
    const out: Record<string, { bound: number[]; last: number | null; ranges?: Record<string, number> }> = {};
    for (const key of [...this.slots.keys()].sort()) {
      const s = this.slots.get(key);
      if (s === undefined || (s.ports.size === 0 && s.last.size === 0)) continue;
      const others = [...s.last.keys()].filter((k) => k !== DEFAULT_KEY).sort();
      out[key] = {
        bound: [...s.ports].sort((a, b) => a - b),
        last: s.last.get(DEFAULT_KEY) ?? null,
        ...(others.length === 0 ? {} : { ranges: Object.fromEntries(others.map((k) => [k, s.last.get(k) ?? 0])) }),
      };
    }
    return out;
  }
}
