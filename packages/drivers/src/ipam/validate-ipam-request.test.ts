import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { IpamRequest } from './cli-ipam-config.js';
import { validateIpamRequest, type IpamValidationOptions } from './validate-ipam-request.js';

const request = (overrides: Partial<IpamRequest>): IpamRequest => ({
  subnets: [],
  ipRanges: [],
  gateways: [],
  auxAddresses: [],
  ipv6: false,
  ...overrides,
});

const profile = (v: number): IpamValidationOptions => ({ cliMajor: v, engineMajor: v });

describe('validateIpamRequest', () => {
  it('when the CLI refuses, then the error is marked "cli"', () => {
    expect(validateIpamRequest(request({ ipRanges: ['10.0.0.0/24'] }), profile(28))).toEqual(
      E.left({ source: 'cli', message: 'every ip-range or gateway must have a corresponding subnet' }),
    );
  });

  it('when the daemon refuses, then the error is marked "daemon"', () => {
    expect(validateIpamRequest(request({ subnets: ['172.20.0.1/16'] }), profile(28))).toEqual(
      E.left({ source: 'daemon', message: 'invalid network config:\ninvalid subnet 172.20.0.1/16: it should be 172.20.0.0/16' }),
    );
  });

  it.each([
    [20, { source: 'daemon', message: 'Invalid subnet abc : invalid CIDR address: abc' }],
    [27, { source: 'daemon', message: 'invalid network config:\ninvalid subnet abc: invalid CIDR block notation' }],
    [28, { source: 'daemon', message: 'invalid network config:\ninvalid subnet abc: invalid CIDR block notation' }],
    [29, { source: 'cli', message: `netip.ParsePrefix("abc"): no '/'` }],
  ] as const)('when --subnet abc is alone on profile %i, then: %j', (v, error) => {
    expect(validateIpamRequest(request({ subnets: ['abc'] }), profile(v))).toEqual(E.left(error));
  });

  it('when there are no IPAM flags, then there are no configs (the daemon will pick pools)', () => {
    expect(validateIpamRequest(request({}), profile(28))).toEqual(E.right({ ipv4: [], ipv6: [] }));
  });

  it('when everything is valid, then configs come back per family', () => {
    expect(
      validateIpamRequest(
        request({ subnets: ['172.28.0.0/16'], ipRanges: ['172.28.5.0/24'], gateways: ['172.28.5.254'], ipv6: true }),
        profile(28),
      ),
    ).toEqual(E.right({ ipv4: [{ subnet: '172.28.0.0/16', ipRange: '172.28.5.0/24', gateway: '172.28.5.254' }], ipv6: [] }));
  });
});
