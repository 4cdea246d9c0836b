import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  canonicalCidr,
  cidrSize,
  contains,
  formatCidr,
  isMasked,
  masked,
  overlaps,
  parseNetCidr,
  parsePrefix,
  prefixLength,
} from './cidr.js';

describe('parsePrefix (Go netip.ParsePrefix)', () => {
  it('when the prefix has host bits, then they are kept as written', () => {
    const p = parsePrefix('172.20.0.1/16');
    if (E.isLeft(p)) throw new Error(p.left);
    expect(formatCidr(p.right)).toBe('172.20.0.1/16');
    expect(isMasked(p.right)).toBe(false);
    expect(formatCidr(masked(p.right))).toBe('172.20.0.0/16');
  });

  it.each([
    ['abc', `netip.ParsePrefix("abc"): no '/'`],
    ['x/24', 'netip.ParsePrefix("x/24"): ParseAddr("x"): unable to parse IP'],
    ['10.0.0.0/33', 'netip.ParsePrefix("10.0.0.0/33"): prefix length out of range'],
    ['10.0.0.0/016', 'netip.ParsePrefix("10.0.0.0/016"): bad bits after slash: "016"'],
    ['10.0.0.0/+8', 'netip.ParsePrefix("10.0.0.0/+8"): bad bits after slash: "+8"'],
    ['10.0.0.0/', 'netip.ParsePrefix("10.0.0.0/"): bad bits after slash: ""'],
    ['fe80::%eth0/64', 'netip.ParsePrefix("fe80::%eth0/64"): IPv6 zones cannot be present in a prefix'],
  ])('when given %j, then it fails with %s', (input, message) => {
    expect(parsePrefix(input)).toEqual(E.left(message));
  });
});

describe('parseNetCidr (Go net.ParseCIDR)', () => {
  it('when the length has leading zeros, then it is still accepted', () => {
    expect(E.isRight(parseNetCidr('10.0.0.0/016'))).toBe(true);
  });

  it.each(['abc', '10.0.0.0/33', '10.0.0.0/x', 'fe80::%eth0/64', '10.0.0.0'])(
    'when given %j, then it fails with "invalid CIDR address: <input>"',
    (input) => {
      expect(parseNetCidr(input)).toEqual(E.left(`invalid CIDR address: ${input}`));
    },
  );

  it('when given an IPv4-mapped prefix of /96 or more, then it is the IPv4 prefix', () => {
    expect(parseNetCidr('::ffff:10.0.0.0/104')).toEqual(E.right({ family: 4, address: 0x0a000000n, prefixLength: 8 }));
  });
});

describe('overlaps / contains', () => {
  it.each([
    ['10.0.0.0/16', '10.0.1.0/24', true],
    ['10.0.1.0/24', '10.0.0.0/16', true],
    ['10.0.0.0/16', '10.1.0.0/16', false],
    ['172.17.0.0/16', '172.16.0.0/12', true],
    ['10.0.0.0/8', 'fd00::/8', false],
    ['10.0.0.0/8', 'garbage', false],
  ])('overlaps(%s, %s) is %s', (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
  });

  it.each([
    ['172.18.0.0/16', '172.18.0.2', true],
    ['172.18.0.0/16', '172.19.0.2', false],
    ['172.18.0.5/16', '172.18.200.1', true],
    ['fd00::/64', 'fd00::1', true],
    ['fd00::/64', '172.18.0.2', false],
  ])('contains(%s, %s) is %s', (cidr, ip, expected) => {
    expect(contains(cidr, ip)).toBe(expected);
  });
});

describe('helpers', () => {
  it('prefixLength, canonicalCidr and cidrSize', () => {
    expect(prefixLength('10.0.0.0/20')).toBe(20);
    expect(prefixLength('nope')).toBeUndefined();
    expect(canonicalCidr('2001:DB8::1/32')).toBe('2001:db8::/32');
    const p = parsePrefix('fd00::/64');
    if (E.isLeft(p)) throw new Error(p.left);
    expect(cidrSize(p.right)).toBe(1n << 64n);
  });
});
