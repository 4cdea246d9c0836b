import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { macFromIPv4, randomMac } from './mac-address.js';
import { vethName } from './veth-name.js';

describe('vethName', () => {
  it('is veth + 7 hex characters, deterministic, no duplicates in the first 10k', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 10_000; n++) {
      const name = vethName(0, n);
      expect(name).toMatch(/^veth[0-9a-f]{7}$/);
      seen.add(name);
    }
    expect(seen.size).toBe(10_000);
    expect(vethName(4, 9)).toBe(vethName(4, 9));
    expect(vethName(4, 9)).not.toBe(vethName(5, 9));
  });
});

describe('randomMac', () => {
  it('is locally administered unicast (first octet x2, x6, xa or xe)', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 10_000; n++) {
      const mac = randomMac(0, n);
      expect(mac).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/);
      const first = Number.parseInt(mac.slice(0, 2), 16);
      expect(first & 0x01).toBe(0);
      expect(first & 0x02).toBe(2);
      seen.add(mac);
    }
    expect(seen.size).toBe(10_000);
    expect(randomMac(2, 3)).toBe(randomMac(2, 3));
  });
});

describe('macFromIPv4', () => {
  it('is 02:42 followed by the four address bytes (Docker ≤ v27)', () => {
    expect(macFromIPv4('172.17.0.2')).toEqual({ _tag: 'Right', right: '02:42:ac:11:00:02' });
    expect(macFromIPv4('172.18.0.3')).toEqual({ _tag: 'Right', right: '02:42:ac:12:00:03' });
    expect(macFromIPv4('10.0.255.1')).toEqual({ _tag: 'Right', right: '02:42:0a:00:ff:01' });
  });

  it('refuses what is not a dotted-quad IPv4 address', () => {
    for (const bad of ['172.17.0', '172.17.0.256', '1.2.3.4.5', 'a.b.c.d', '01.2.3.4', '', '1..2.3']) {
      expect(isLeft(macFromIPv4(bad)), bad).toBe(true);
    }
  });
});
