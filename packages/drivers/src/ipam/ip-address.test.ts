import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  formatIpAddress,
  formatIpv4Number,
  formatNetIp,
  ipFamily,
  parseIpAddress,
  parseIpv4Number,
  parseNetIp,
} from './ip-address.js';

const roundTrip = (text: string): string => {
  const parsed = parseIpAddress(text);
  if (E.isLeft(parsed)) throw new Error(parsed.left);
  return formatIpAddress(parsed.right);
};

describe('parseIpAddress (Go netip.ParseAddr)', () => {
  it.each([
    ['10.0.0.1', '10.0.0.1'],
    ['255.255.255.255', '255.255.255.255'],
    ['::', '::'],
    ['::1', '::1'],
    ['2001:DB8::1', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['fd00:0:0:0:0:0:0:0', 'fd00::'],
    ['::ffff:1.2.3.4', '::ffff:1.2.3.4'],
    ['1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:102:304'],
    ['fe80::1%eth0', 'fe80::1%eth0'],
  ])('when given %s, then it prints %s as Go does', (input, printed) => {
    expect(roundTrip(input)).toBe(printed);
  });

  it.each([
    ['abc', 'ParseAddr("abc"): unable to parse IP'],
    ['', 'ParseAddr(""): unable to parse IP'],
    ['%eth0', 'ParseAddr("%eth0"): missing IPv6 address'],
    ['1.2.3', 'ParseAddr("1.2.3"): IPv4 address too short'],
    ['1.2.3.4.5', 'ParseAddr("1.2.3.4.5"): IPv4 address too long'],
    ['1.2.3.256', 'ParseAddr("1.2.3.256"): IPv4 field has value >255'],
    ['01.2.3.4', 'ParseAddr("01.2.3.4"): IPv4 field has octet with leading zero'],
    ['1..2.3', 'ParseAddr("1..2.3"): IPv4 field must have at least one digit (at ".2.3")'],
    ['1.2.3.x', 'ParseAddr("1.2.3.x"): unexpected character (at "x")'],
    ['1::2::3', 'ParseAddr("1::2::3"): multiple :: in address (at ":3")'],
    ['12345::', 'ParseAddr("12345::"): each group must have 4 or less digits (at "12345::")'],
    ['1:2:3', 'ParseAddr("1:2:3"): address string too short'],
    ['1:2:3:4:5:6:7:8:9', 'ParseAddr("1:2:3:4:5:6:7:8:9"): trailing garbage after address (at "9")'],
    ['fe80::1%', 'ParseAddr("fe80::1%"): zone must be a non-empty string'],
  ])('when given %j, then it fails with %s', (input, message) => {
    expect(parseIpAddress(input)).toEqual(E.left(message));
  });
});

describe('parseNetIp (Go net.ParseIP)', () => {
  it('when given an IPv4-mapped address, then it is IPv4', () => {
    expect(parseNetIp('::ffff:10.0.0.1')).toEqual({ family: 4, value: 0x0a000001n });
  });

  it('when given a zone or garbage, then it answers undefined (nil)', () => {
    expect(parseNetIp('fe80::1%eth0')).toBeUndefined();
    expect(parseNetIp('foo')).toBeUndefined();
  });

  it('when printed with net.IP rules, then a mapped address prints as IPv4', () => {
    expect(formatNetIp({ family: 6, value: (0xffffn << 32n) + 0x01020304n })).toBe('1.2.3.4');
  });
});

describe('IPv4 number fast path', () => {
  it.each([
    ['0.0.0.0', 0],
    ['10.0.0.1', 0x0a000001],
    ['255.255.255.255', 0xffffffff],
  ])('when %s is parsed and printed, then it round-trips', (text, value) => {
    expect(parseIpv4Number(text)).toBe(value);
    expect(formatIpv4Number(value)).toBe(text);
  });

  it.each(['1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.256', '1..2.3', 'a.b.c.d', '', '::1'])(
    'when %j is parsed, then it is refused like Go refuses it',
    (text) => {
      expect(parseIpv4Number(text)).toBe(-1);
    },
  );
});

describe('ipFamily', () => {
  it('tells the family, or undefined', () => {
    expect(ipFamily('10.0.0.1')).toBe(4);
    expect(ipFamily('fd00::1')).toBe(6);
    expect(ipFamily('foo')).toBeUndefined();
  });
});
