import { describe, expect, it } from 'vitest';
import { engineId } from './engine-id.js';
import { hexId, shortId } from './hex-id.js';
import { swarmId } from './swarm-id.js';

describe('hexId', () => {
  it('is 64 lowercase hex characters and deterministic', () => {
    const id = hexId(0, 'container', 1);
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(hexId(0, 'container', 1)).toBe(id);
  });

  it('depends on seed, kind and counter', () => {
    const ids = [
      hexId(0, 'container', 1),
      hexId(1, 'container', 1),
      hexId(0, 'network', 1),
      hexId(0, 'container', 2),
    ];
    expect(new Set(ids).size).toBe(4);
  });

  it('never has an all-digit short ID, and has no duplicate in the first 10k', () => {
    const seen = new Set<string>();
    const shorts = new Set<string>();
    for (let n = 0; n < 10_000; n++) {
      const id = hexId(7, 'container', n);
      expect(shortId(id)).not.toMatch(/^[0-9]+$/);
      seen.add(id);
      shorts.add(shortId(id));
    }
    expect(seen.size).toBe(10_000);
    expect(shorts.size).toBe(10_000);
  });

  it('re-rolls deterministically: the same counters give the same IDs across calls', () => {
    const first = Array.from({ length: 200 }, (_, n) => hexId(3, 'endpoint', n));
    const second = Array.from({ length: 200 }, (_, n) => hexId(3, 'endpoint', n));
    expect(second).toEqual(first);
  });

  it('uses hex digits with a roughly uniform distribution', () => {
    const counts = new Map<string, number>();
    for (let n = 0; n < 2_000; n++) {
      for (const char of hexId(1, 'sandbox', n)) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect(counts.size).toBe(16);
    const expected = (2_000 * 64) / 16;
    for (const count of counts.values()) {
      expect(Math.abs(count - expected) / expected).toBeLessThan(0.1);
    }
  });
});

describe('swarmId', () => {
  it('is 25 base-36 characters, deterministic, no duplicates in the first 10k', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 10_000; n++) {
      const id = swarmId(0, 'swarm-network', n);
      expect(id).toMatch(/^[0-9a-z]{25}$/);
      seen.add(id);
    }
    expect(seen.size).toBe(10_000);
    expect(swarmId(0, 'swarm-network', 3)).toBe(swarmId(0, 'swarm-network', 3));
    expect(swarmId(0, 'node', 3)).not.toBe(swarmId(0, 'swarm-network', 3));
  });
});

describe('engineId', () => {
  it('is a version-4 UUID that depends on seed and host', () => {
    const id = engineId(0, 'docker-host');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(engineId(0, 'docker-host')).toBe(id);
    expect(engineId(0, 'nasa')).not.toBe(id);
    expect(engineId(1, 'docker-host')).not.toBe(id);
  });
});
