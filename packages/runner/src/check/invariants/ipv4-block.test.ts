import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ipv4Block, ipv4Number, ipv4Text, lowestFreeIpv4, reservedIpv4 } from './ipv4-block.js';

const block = (cidr: string) => {
  const b = ipv4Block(cidr);
  if (b === undefined) throw new Error(cidr);
  return b;
};
const n = (ip: string) => ipv4Number(ip) ?? -1;

describe('reservedIpv4 (docker-facts §1.2)', () => {
  it('v27+: network and broadcast above /31; nothing on a /31 or /32', () => {
    expect(reservedIpv4(block('10.0.0.0/30'), 'v27').map(ipv4Text)).toEqual(['10.0.0.0', '10.0.0.3']);
    expect(reservedIpv4(block('10.0.0.0/31'), 'v27')).toEqual([]);
    expect(reservedIpv4(block('10.0.0.7/32'), 'v27')).toEqual([]);
  });

  it('20.10–26: offset 0 and the last address always, so a /31 has nothing left', () => {
    expect(reservedIpv4(block('10.0.0.0/31'), 'legacy').map(ipv4Text)).toEqual(['10.0.0.0', '10.0.0.1']);
    expect(reservedIpv4(block('10.0.0.7/32'), 'legacy').map(ipv4Text)).toEqual(['10.0.0.7']);
  });
});

describe('lowestFreeIpv4', () => {
  it('a /30 yields .1 and .2, then nothing', () => {
    const subnet = block('10.99.0.0/30');
    expect(ipv4Text(lowestFreeIpv4(subnet, subnet, 'v27', new Set()) ?? 0)).toBe('10.99.0.1');
    expect(ipv4Text(lowestFreeIpv4(subnet, subnet, 'v27', new Set([n('10.99.0.1')])) ?? 0)).toBe('10.99.0.2');
    expect(lowestFreeIpv4(subnet, subnet, 'v27', new Set([n('10.99.0.1'), n('10.99.0.2')]))).toBeUndefined();
  });

  it("an ip-range's own first address is usable (only the subnet's are reserved, §1.3)", () => {
    expect(ipv4Text(lowestFreeIpv4(block('172.28.0.0/16'), block('172.28.5.0/24'), 'v27', new Set()) ?? 0)).toBe('172.28.5.0');
  });

  it('costs as many steps as addresses in use, even on a /8', () => {
    const subnet = block('10.0.0.0/8');
    const used = new Set(Array.from({ length: 1000 }, (_, i) => subnet.first + 1 + i));
    expect(ipv4Text(lowestFreeIpv4(subnet, subnet, 'v27', used) ?? 0)).toBe('10.0.3.233');
  });

  it('property: the answer is free, in range, not reserved, and nothing lower qualifies', () => {
    fc.assert(
      fc.property(fc.integer({ min: 24, max: 32 }), fc.array(fc.nat({ max: 255 })), fc.constantFrom('v27' as const, 'legacy' as const), (len, taken, reserve) => {
        const subnet = block(`10.1.2.0/${len}`);
        const used = new Set(taken.map((t) => subnet.first + (t % subnet.size)));
        const free = lowestFreeIpv4(subnet, subnet, reserve, used);
        const reserved = new Set(reservedIpv4(subnet, reserve));
        const ok = (ip: number) => !used.has(ip) && !reserved.has(ip);
        for (let ip = subnet.first; ip < (free ?? subnet.first + subnet.size); ip++) expect(ok(ip)).toBe(false);
        if (free !== undefined) expect(ok(free)).toBe(true);
      }),
    );
  });
});
