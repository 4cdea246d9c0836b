import { describe, expect, it } from 'vitest';
import { createdAgo, exitedAgo, restartingAgo, upFor } from './docker-relative-time.js';
import { humanDuration } from './human-duration.js';
import type { Instant } from './instant.js';

const S = 1_000_000_000n;
const MIN = 60n * S;
const H = 60n * MIN;
const D = 24n * H;

describe('humanDuration (go-units HumanDuration)', () => {
  it.each([
    [-5n * S, 'Less than a second'],
    [0n, 'Less than a second'],
    [999_999_999n, 'Less than a second'],
    [S, '1 second'],
    [2n * S, '2 seconds'],
    [59n * S + 999_999_999n, '59 seconds'],
    [60n * S, 'About a minute'],
    [119n * S, 'About a minute'],
    [2n * MIN, '2 minutes'],
    [8n * MIN + 30n * S, '8 minutes'],
    [59n * MIN + 59n * S, '59 minutes'],
    [60n * MIN, 'About an hour'],
    [89n * MIN, 'About an hour'],
    [90n * MIN, '2 hours'], // hours round half up
    [47n * H + 29n * MIN, '47 hours'],
    [47n * H + 30n * MIN, '2 days'],
    [13n * D, '13 days'],
    [14n * D, '2 weeks'],
    [59n * D, '8 weeks'],
    [60n * D, '2 months'],
    [729n * D, '24 months'],
    [730n * D, '2 years'],
    [3650n * D, '10 years'],
  ])('%s ns → %s', (ns, text) => {
    expect(humanDuration(ns)).toBe(text);
  });
});

describe('docker ps relative forms', () => {
  const at = (seconds: bigint): Instant => ({ epochNs: 1_600_000_000n * S + seconds * S, offsetMinutes: 540 });

  it('CREATED and STATUS columns', () => {
    expect(createdAgo(at(0n), at(0n))).toBe('Less than a second ago');
    expect(createdAgo(at(0n), at(480n))).toBe('8 minutes ago');
    expect(upFor(at(0n), at(75n), { paused: false })).toBe('Up About a minute');
    expect(upFor(at(0n), at(480n), { paused: false })).toBe('Up 8 minutes');
    expect(upFor(at(0n), at(3n), { paused: true })).toBe('Up 3 seconds (Paused)');
    expect(exitedAgo(0, at(0n), at(5n))).toBe('Exited (0) 5 seconds ago');
    expect(restartingAgo(1, at(0n), at(1n))).toBe('Restarting (1) 1 second ago');
  });
});
