import { describe, expect, it } from 'vitest';
import { containerName, generateContainerName } from './container-name.js';
import { NAME_ADJECTIVES, NAME_SURNAMES } from './name-words.js';

const SHAPE = /^[a-z]+_[a-z]+$/;

describe('containerName', () => {
  it('is adjective_surname from the word lists, deterministic', () => {
    const name = containerName(0, 1);
    expect(name).toMatch(SHAPE);
    const [adjective, surname] = name.split('_');
    expect(NAME_ADJECTIVES).toContain(adjective);
    expect(NAME_SURNAMES).toContain(surname);
    expect(containerName(0, 1)).toBe(name);
  });

  it('never produces boring_wozniak (Docker’s rule), though both words exist', () => {
    expect(NAME_ADJECTIVES).toContain('boring');
    expect(NAME_SURNAMES).toContain('wozniak');
    for (let seed = 0; seed < 20; seed++) {
      for (let n = 0; n < 2_000; n++) {
        expect(containerName(seed, n)).not.toBe('boring_wozniak');
      }
    }
  });

  it('appends one digit on retries, like GetRandomName(retry)', () => {
    for (let retry = 1; retry < 6; retry++) {
      expect(containerName(0, 1, retry)).toMatch(/^[a-z]+_[a-z]+[0-9]$/);
    }
  });

  it('spreads over many names (distribution sanity)', () => {
    const names = new Set<string>();
    for (let n = 0; n < 10_000; n++) names.add(containerName(0, n));
    // 106 × 156 ≈ 16.5k possible names: 10k draws should hit well over half of them uniquely.
    expect(names.size).toBeGreaterThan(6_000);
  });

  it('word lists hold ~100 adjectives and ~150 surnames, lowercase, without duplicates', () => {
    expect(NAME_ADJECTIVES.length).toBeGreaterThanOrEqual(100);
    expect(NAME_SURNAMES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(NAME_ADJECTIVES).size).toBe(NAME_ADJECTIVES.length);
    expect(new Set(NAME_SURNAMES).size).toBe(NAME_SURNAMES.length);
    for (const word of [...NAME_ADJECTIVES, ...NAME_SURNAMES]) expect(word).toMatch(/^[a-z]+$/);
  });
});

describe('generateContainerName', () => {
  const id = 'abc123def456'.padEnd(64, '0');

  it('returns the first attempt when it is free', () => {
    expect(generateContainerName(0, 1, () => false, id)).toBe(containerName(0, 1));
  });

  it('retries with a digit while the name is taken, deterministically', () => {
    const taken = new Set([containerName(0, 1), containerName(0, 1, 1)]);
    const name = generateContainerName(0, 1, (candidate) => taken.has(candidate), id);
    expect(name).toBe(containerName(0, 1, 2));
    expect(generateContainerName(0, 1, (candidate) => taken.has(candidate), id)).toBe(name);
  });

  it('falls back to the short ID after six taken attempts', () => {
    expect(generateContainerName(0, 1, () => true, id)).toBe('abc123def456');
  });
});
