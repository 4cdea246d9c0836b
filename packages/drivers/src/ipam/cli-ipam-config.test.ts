import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { consolidateIpamCli, parseAuxAddressFlags, type IpamRequest } from './cli-ipam-config.js';

const request = (overrides: Partial<IpamRequest>): IpamRequest => ({
  subnets: [],
  ipRanges: [],
  gateways: [],
  auxAddresses: [],
  ipv6: false,
  ...overrides,
});

const ALL_CLIS = [20, 27, 28, 29] as const;

describe('consolidateIpamCli', () => {
  describe.each(ALL_CLIS)('given CLI %i', (cli) => {
    it.each([
      ['an ip-range without subnet', request({ ipRanges: ['10.0.0.0/24'] }), 'every ip-range or gateway must have a corresponding subnet'],
      ['a gateway without subnet', request({ gateways: ['1.2.3.4'] }), 'every ip-range or gateway must have a corresponding subnet'],
      ['a range outside the subnet', request({ subnets: ['10.0.0.0/16'], ipRanges: ['10.1.0.0/24'] }), 'no matching subnet for range 10.1.0.0/24'],
      ['a gateway outside the subnet', request({ subnets: ['10.0.0.0/16'], gateways: ['10.1.0.1'] }), 'no matching subnet for gateway 10.1.0.1'],
      ['overlapping subnets', request({ subnets: ['10.0.0.0/16', '10.0.1.0/24'] }), 'multiple overlapping subnet configuration is not supported'],
      ['the same subnet twice', request({ subnets: ['10.0.0.0/16', '10.0.0.0/16'] }), 'multiple overlapping subnet configuration is not supported'],
      [
        'two ranges in one subnet',
        request({ subnets: ['10.0.0.0/16', '10.1.0.0/16'], ipRanges: ['10.0.1.0/24', '10.0.2.0/24'] }),
        'cannot configure multiple ranges (10.0.2.0/24, 10.0.1.0/24) on the same subnet (10.0.0.0/16)',
      ],
      [
        'two gateways in one subnet',
        request({ subnets: ['10.0.0.0/16', '10.1.0.0/16'], gateways: ['10.0.0.1', '10.0.0.2'] }),
        'cannot configure multiple gateways (10.0.0.2, 10.0.0.1) for the same subnet (10.0.0.0/16)',
      ],
      ['an aux address outside every subnet', request({ subnets: ['10.0.0.0/16'], auxAddresses: ['a=10.9.0.1'] }), 'no matching subnet for aux-address 10.9.0.1'],
    ])('when given %s, then it prints %j', (_what, req, message) => {
      expect(consolidateIpamCli(req, cli)).toEqual(E.left(message));
    });

    it('when the flags are consistent, then one config per subnet is built in flag order', () => {
      const result = consolidateIpamCli(
        request({
          subnets: ['10.0.0.0/16', 'fd00::/64'],
          ipRanges: ['10.0.5.0/24'],
          gateways: ['10.0.0.254', 'fd00::1'],
          auxAddresses: ['router=10.0.0.2', 'printer=fd00::9'],
        }),
        cli,
      );
      expect(result).toEqual(
        E.right([
          { subnet: '10.0.0.0/16', ipRange: '10.0.5.0/24', gateway: '10.0.0.254', auxAddresses: { router: '10.0.0.2' } },
          { subnet: 'fd00::/64', gateway: 'fd00::1', auxAddresses: { printer: 'fd00::9' } },
        ]),
      );
    });
  });

  describe.each([20, 27, 28] as const)('given CLI %i (net.ParseCIDR / net.ParseIP)', (cli) => {
    it('when a subnet is invalid and a gateway is given, then it prints "invalid subnet: invalid CIDR address: abc" [ran 28.2.2]', () => {
      expect(consolidateIpamCli(request({ subnets: ['abc'], gateways: ['1.2.3.4'] }), cli)).toEqual(
        E.left('invalid subnet: invalid CIDR address: abc'),
      );
    });

    it('when an invalid subnet is alone, then the CLI lets it through to the daemon', () => {
      expect(consolidateIpamCli(request({ subnets: ['abc'] }), cli)).toEqual(E.right([{ subnet: 'abc', auxAddresses: {} }]));
    });

    it('when the subnet has host bits, then it is sent as written', () => {
      expect(consolidateIpamCli(request({ subnets: ['172.20.0.1/16'] }), cli)).toEqual(
        E.right([{ subnet: '172.20.0.1/16', auxAddresses: {} }]),
      );
    });

    it('when the gateway is not an address, then it simply matches no subnet', () => {
      expect(consolidateIpamCli(request({ subnets: ['10.0.0.0/16'], gateways: ['foo'] }), cli)).toEqual(
        E.left('no matching subnet for gateway foo'),
      );
    });

    it('when an aux address has an empty value, then it matches no subnet (trailing space kept)', () => {
      expect(consolidateIpamCli(request({ subnets: ['10.0.0.0/16'], auxAddresses: ['a'] }), cli)).toEqual(
        E.left('no matching subnet for aux-address '),
      );
    });

    it('when a range has a bad length, then net.ParseCIDR reports it', () => {
      expect(consolidateIpamCli(request({ subnets: ['10.0.0.0/16'], ipRanges: ['10.0.0.0/99'] }), cli)).toEqual(
        E.left('invalid CIDR address: 10.0.0.0/99'),
      );
    });
  });

  describe('given the --ip-range CIDR check of CLI v28', () => {
    it('when the range is not a CIDR, then v28 prints "invalid CIDR address: foo" [ran 28.2.2]', () => {
      expect(consolidateIpamCli(request({ subnets: ['10.0.0.0/16'], ipRanges: ['foo'] }), 28)).toEqual(
        E.left('invalid CIDR address: foo'),
      );
    });

    it('when the range is a plain address range, then v28 names it (docker/cli#5483)', () => {
      expect(
        consolidateIpamCli(request({ subnets: ['192.168.80.0/20'], ipRanges: ['192.168.83.1-192.168.83.254'] }), 28),
      ).toEqual(E.left('invalid CIDR address: 192.168.83.1-192.168.83.254'));
    });

    it('when the CLI is v27, then the same input reads "no matching subnet for range foo"', () => {
      expect(consolidateIpamCli(request({ subnets: ['10.0.0.0/16'], ipRanges: ['foo'] }), 27)).toEqual(
        E.left('no matching subnet for range foo'),
      );
    });
  });

  describe('given CLI v29 (typed flags, netip)', () => {
    it('when --ip-range is not a CIDR, then pflag refuses the flag', () => {
      expect(consolidateIpamCli(request({ subnets: ['10.0.0.0/16'], ipRanges: ['foo'] }), 29)).toEqual(
        E.left('invalid argument "foo" for "--ip-range" flag: invalid string being converted to CIDR: foo'),
      );
    });

    it('when --gateway is not an address, then pflag refuses the flag', () => {
      expect(consolidateIpamCli(request({ subnets: ['10.0.0.0/16'], gateways: ['foo'] }), 29)).toEqual(
        E.left('invalid argument "foo" for "--gateway" flag: invalid string being converted to IP address: foo'),
      );
    });

    it('when --subnet is alone and invalid, then netip.ParsePrefix reports it', () => {
      expect(consolidateIpamCli(request({ subnets: ['abc'] }), 29)).toEqual(E.left(`netip.ParsePrefix("abc"): no '/'`));
    });

    it('when an aux address is invalid, then netip.ParseAddr reports it; an empty one is skipped', () => {
      expect(consolidateIpamCli(request({ subnets: ['10.0.0.0/16'], auxAddresses: ['a=foo'] }), 29)).toEqual(
        E.left('ParseAddr("foo"): unable to parse IP'),
      );
      expect(consolidateIpamCli(request({ subnets: ['10.0.0.0/16'], auxAddresses: ['a='] }), 29)).toEqual(
        E.right([{ subnet: '10.0.0.0/16', auxAddresses: {} }]),
      );
    });

    it('when values are not canonical, then they are sent canonical and the range masked', () => {
      expect(
        consolidateIpamCli(request({ subnets: ['2001:DB8::/64'], ipRanges: ['2001:db8::8/125'], gateways: ['2001:DB8::1'] }), 29),
      ).toEqual(E.right([{ subnet: '2001:db8::/64', ipRange: '2001:db8::8/125', gateway: '2001:db8::1', auxAddresses: {} }]));
      expect(consolidateIpamCli(request({ subnets: ['10.0.0.0/16'], ipRanges: ['10.0.5.7/24'] }), 29)).toEqual(
        E.right([{ subnet: '10.0.0.0/16', ipRange: '10.0.5.0/24', auxAddresses: {} }]),
      );
    });
  });
});

describe('parseAuxAddressFlags (docker MapOpts)', () => {
  it('splits at the first "=", keeps the last value of a repeated name, and maps a bare name to ""', () => {
    expect(parseAuxAddressFlags(['a=10.0.0.1', 'b=x=y', 'a=10.0.0.2', 'c'])).toEqual({ a: '10.0.0.2', b: 'x=y', c: '' });
  });
});
