/**
 * Host ports bound per (protocol, host IP) and Docker's ephemeral-port cursor
 * (docker-facts.md §6.3): serial "next after the last handed out", wrapping, so a
 * released port is not reused until the range wraps. Each (proto, ip) keeps a Set of
 * bound ports: lookups are O(1); the ephemeral search walks forward from the cursor and
 * skips only ports that are actually bound.
 */
import type { PortTable } from '@docknet/core';

const UNSPECIFIED = new Set(['0.0.0.0', '::']);

const familyOf = (ip: string): 4 | 6 => (ip.includes(':') ? 6 : 4);

interface Slot {
  readonly ports: Set<number>;
  /** Last ephemeral port handed out; undefined until the first one (then `begin` is next). */
  last: number | undefined;
}

export class HostPortTable implements PortTable {
  private readonly slots = new Map<string, Slot>();

  private slot(proto: string, hostIp: string): Slot {
    const key = `${proto}/${hostIp}`;
    let s = this.slots.get(key);
    if (s === undefined) {
      s = { ports: new Set(), last: undefined };
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
    const last = this.slots.get(`${proto}/${hostIp}`)?.last;
    const size = hi - lo + 1;
    const start = last === undefined || last < lo || last >= hi ? lo : last + 1;
    for (let i = 0; i < size; i++) {
      const port = lo + ((start - lo + i) % size);
      if (taken?.has(port) !== true && !this.isBound(proto, hostIp, port)) return port;
    }
    return undefined;
  }

  bind(proto: string, hostIp: string, port: number, ephemeral: boolean): void {
    const s = this.slot(proto, hostIp);
    s.ports.add(port);
    if (ephemeral) s.last = port;
  }

  release(proto: string, hostIp: string, port: number): void {
    this.slots.get(`${proto}/${hostIp}`)?.ports.delete(port);
  }

  toJSON(): unknown {
    const out: Record<string, { bound: number[]; last: number | null }> = {};
    for (const key of [...this.slots.keys()].sort()) {
      const s = this.slots.get(key);
      if (s === undefined || (s.ports.size === 0 && s.last === undefined)) continue;
      out[key] = { bound: [...s.ports].sort((a, b) => a - b), last: s.last ?? null };
    }
    return out;
  }
}
