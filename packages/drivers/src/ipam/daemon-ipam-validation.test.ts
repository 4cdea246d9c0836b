import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { CliIpamConfig } from './cli-ipam-config.js';
import { validateIpamDaemon } from './daemon-ipam-validation.js';
import { joinErrors } from './go-join-errors.js';

const cfg = (subnet: string, extra: Partial<CliIpamConfig> = {}): CliIpamConfig => ({ subnet, auxAddresses: {}, ...extra });

const single = (message: string): E.Either<string, never> => E.left(`invalid network config:\n${message}`);

describe('validateIpamDaemon', () => {
  describe.each([25, 28])('given engine %i (ValidateIPAM)', (engine) => {
    it.each([
      ['an unparsable subnet', cfg('abc'), 'invalid subnet abc: invalid CIDR block notation'],
      ['host bits in the subnet', cfg('172.20.0.1/16'), 'invalid subnet 172.20.0.1/16: it should be 172.20.0.0/16'],
      ['an IPv6 range in an IPv4 subnet', cfg('10.0.0.0/16', { ipRange: 'fd00::/64' }), 'invalid ip-range fd00::/64: parent subnet is an IPv4 block'],
      ['an unparsable range', cfg('10.0.0.0/16', { ipRange: 'foo' }), 'invalid ip-range foo: invalid CIDR block notation'],
      ['a range with host bits', cfg('10.0.0.0/16', { ipRange: '10.0.5.7/24' }), 'invalid ip-range 10.0.5.7/24: it should be 10.0.5.0/24'],
      ['a range outside the subnet', cfg('10.0.0.0/16', { ipRange: '10.1.0.0/24' }), "invalid ip-range 10.1.0.0/24: parent subnet 10.0.0.0/16 doesn't contain ip-range"],
      ['a gateway outside the subnet', cfg('10.0.0.0/16', { gateway: '10.1.0.1' }), "invalid gateway 10.1.0.1: parent subnet 10.0.0.0/16 doesn't contain this address"],
      ['an IPv6 gateway for an IPv4 subnet', cfg('10.0.0.0/16', { gateway: 'fd00::1' }), 'invalid gateway fd00::1: parent subnet is an IPv4 block'],
      ['an unparsable gateway', cfg('10.0.0.0/16', { gateway: 'foo' }), 'invalid gateway foo: invalid address'],
      ['an aux address outside the subnet', cfg('10.0.0.0/16', { auxAddresses: { r: '10.1.0.1' } }), "invalid auxiliary address r: parent subnet 10.0.0.0/16 doesn't contain this address"],
    ])('when the config has %s, then the daemon answers the single error', (_what, config, message) => {
      expect(validateIpamDaemon([config], false, engine)).toEqual(single(message));
    });

    it('when the range is bigger than the subnet, then only that is reported (the blocks still overlap)', () => {
      expect(validateIpamDaemon([cfg('10.5.0.0/16', { ipRange: '10.0.0.0/8' })], false, engine)).toEqual(
        single('invalid ip-range 10.0.0.0/8: CIDR block is bigger than its parent subnet 10.5.0.0/16'),
      );
    });

    it('when several things are wrong, then they are listed with "* " in order', () => {
      const result = validateIpamDaemon(
        [cfg('172.20.0.1/16', { ipRange: '172.20.5.7/24', gateway: '172.21.0.1' }), cfg('10.0.0.0/8', { auxAddresses: { z: '11.0.0.1', a: 'x' } })],
        false,
        engine,
      );
      expect(result).toEqual(
        E.left(
          [
            'invalid network config:',
            '* invalid subnet 172.20.0.1/16: it should be 172.20.0.0/16',
            '* invalid ip-range 172.20.5.7/24: it should be 172.20.5.0/24',
            "* invalid gateway 172.21.0.1: parent subnet 172.20.0.1/16 doesn't contain this address",
            '* invalid auxiliary address a: invalid address',
            "* invalid auxiliary address z: parent subnet 10.0.0.0/8 doesn't contain this address",
          ].join('\n'),
        ),
      );
    });

    it('when --ipv6 is not set, then IPv6 configs are not checked but still returned', () => {
      const result = validateIpamDaemon([cfg('fd00::1/64')], false, engine);
      expect(result).toEqual(E.right({ ipv4: [], ipv6: [{ subnet: 'fd00::1/64' }] }));
      expect(validateIpamDaemon([cfg('fd00::1/64')], true, engine)).toEqual(single('invalid subnet fd00::1/64: it should be fd00::/64'));
    });

    it('when valid, then configs are split by family and kept as sent (inspect shows them so)', () => {
      expect(
        validateIpamDaemon(
          [cfg('2001:DB8::/64', { gateway: '2001:DB8::1' }), cfg('10.0.0.0/16', { ipRange: '10.0.5.0/24', auxAddresses: { b: '10.0.0.3', a: '10.0.0.2' } })],
          true,
          engine,
        ),
      ).toEqual(
        E.right({
          ipv4: [{ subnet: '10.0.0.0/16', ipRange: '10.0.5.0/24', auxAddresses: { a: '10.0.0.2', b: '10.0.0.3' } }],
          ipv6: [{ subnet: '2001:DB8::/64', gateway: '2001:DB8::1' }],
        }),
      );
    });
  });

  describe('given engine 20.10 (no ValidateIPAM)', () => {
    it('when the subnet does not parse, then getIpamConfig answers "Invalid subnet abc : invalid CIDR address: abc"', () => {
      expect(validateIpamDaemon([cfg('abc')], false, 20)).toEqual(E.left('Invalid subnet abc : invalid CIDR address: abc'));
    });

    it('when the subnet has host bits, then it is accepted as written', () => {
      expect(validateIpamDaemon([cfg('172.20.0.1/16')], false, 20)).toEqual(E.right({ ipv4: [{ subnet: '172.20.0.1/16' }], ipv6: [] }));
    });
  });

  describe('given engine 29', () => {
    it('when valid, then the stored text is canonical', () => {
      expect(validateIpamDaemon([cfg('2001:db8::/64', { gateway: '2001:db8::1' })], true, 29)).toEqual(
        E.right({ ipv4: [], ipv6: [{ subnet: '2001:db8::/64', gateway: '2001:db8::1' }] }),
      );
    });

    it('when the subnet has host bits, then the error is the same as v25–v28', () => {
      expect(validateIpamDaemon([cfg('10.0.0.1/16')], false, 29)).toEqual(single('invalid subnet 10.0.0.1/16: it should be 10.0.0.0/16'));
    });
  });
});

describe('joinErrors (moby joinError)', () => {
  it('prints one error trimmed, several as a "* " list with continuation lines tab-indented', () => {
    expect(joinErrors(['  only one \n'])).toBe('only one');
    expect(joinErrors(['a', 'b\nc'])).toBe('* a\n* b\n\tc');
  });
});
