/**
 * Round-trip times for simulated echo replies. They must look like a real ping and be the
 * same on every run: each is a hash of (seed, source, destination, sequence) mapped into a
 * band — loopback 20–59 µs, the same host 40–139 µs, the outside 10.000–19.999 ms.
 */
import { createHash } from 'node:crypto';

export type Distance = 'loopback' | 'local' | 'outside';

const unit = (parts: readonly (string | number)[]): number => createHash('sha256').update(parts.join('\u0000')).digest().readUInt32BE(0);

/** Microseconds for one reply. */
export const roundTripMicros = (seed: number, from: string, to: string, seq: number, distance: Distance): number => {
  const u = unit(['docknet-rtt', seed, from, to, seq]);
  if (distance === 'loopback') return 20 + (u % 40);
  if (distance === 'local') return 40 + (u % 100);
  return 10_000 + (u % 10_000);
};

/** Milliseconds the whole run took, as iputils reports it (`time 2003ms`). */
export const elapsedMillis = (seed: number, to: string, count: number): number =>
  count <= 1 ? 0 : (count - 1) * 1000 + (unit(['docknet-ping-elapsed', seed, to, count]) % 60);

/** `%ld.%03ld` of a microsecond value (truncating, as ping's integer maths does). */
export const millis3 = (micros: number): string => `${Math.floor(micros / 1000)}.${String(Math.floor(micros % 1000)).padStart(3, '0')}`;

export interface RoundTripStats {
  readonly min: number;
  readonly avg: number;
  readonly max: number;
  readonly mdev: number;
}

/** min/avg/max/mdev in microseconds (integer maths, as iputils and busybox do it). */
export const roundTripStats = (samples: readonly number[]): RoundTripStats => {
  const n = samples.length;
  const sum = samples.reduce((a, b) => a + b, 0);
  const sum2 = samples.reduce((a, b) => a + b * b, 0);
  const avg = Math.floor(sum / n);
  const mdev = Math.floor(Math.sqrt(Math.max(0, sum2 / n - (sum / n) ** 2)));
  return { min: Math.min(...samples), avg, max: Math.max(...samples), mdev };
};
