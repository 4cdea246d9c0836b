import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { createPool } from './create-pool.js';
import type { IpamPool, IpamPoolConfig } from './ipam-pool.js';
import { planNetworkAddresses, type NetworkAddressRequest } from './network-address-plan.js';

const pool = (config: IpamPoolConfig): IpamPool => {
  const built = createPool(config);
  if (E.isLeft(built)) throw new Error(built.left);
  return built.right;
};

const plan = (p: IpamPool, request: NetworkAddressRequest, engineMajor = 28) =>
  planNetworkAddresses(p, request, { networkName: 'net1', engineMajor });

describe('planNetworkAddresses', () => {
  describe('given a fresh 10.0.0.0/16 pool', () => {
    it('when no gateway is given, then the gateway is the first dynamic address', () => {
      expect(plan(pool({ subnet: '10.0.0.0/16', reserve: 'v27' }), {})).toEqual(
        E.right({ gateway: '10.0.0.1', allocations: [{ ip: '10.0.0.1', kind: 'dynamic', role: 'gateway' }] }),
      );
    });

    it('when --gateway is given, then exactly it is taken, statically', () => {
      expect(plan(pool({ subnet: '10.0.0.0/16', reserve: 'v27' }), { gateway: '10.0.200.254' })).toEqual(
        E.right({ gateway: '10.0.200.254', allocations: [{ ip: '10.0.200.254', kind: 'static', role: 'gateway' }] }),
      );
    });

    it('when the plan is computed, then the pool itself is untouched', () => {
      const p = pool({ subnet: '10.0.0.0/16', reserve: 'v27' });
      plan(p, { gateway: '10.0.0.9', auxAddresses: { a: '10.0.0.10' } });
      expect(p.allocatedCount()).toBe(2n);
    });

    it('when aux addresses are given, then they are reserved after the gateway, in name order', () => {
      const result = plan(pool({ subnet: '10.0.0.0/16', reserve: 'v27' }), { auxAddresses: { router: '10.0.0.1', a: '10.0.9.9' } });
      expect(result).toEqual(
        E.left('failed to allocate secondary ip address (router:10.0.0.1): Address already in use'),
      );
      expect(plan(pool({ subnet: '10.0.0.0/16', reserve: 'v27' }), { auxAddresses: { router: '10.0.0.2', a: '10.0.9.9' } })).toEqual(
        E.right({
          gateway: '10.0.0.1',
          allocations: [
            { ip: '10.0.0.1', kind: 'dynamic', role: 'gateway' },
            { ip: '10.0.9.9', kind: 'static', role: 'aux', name: 'a' },
            { ip: '10.0.0.2', kind: 'static', role: 'aux', name: 'router' },
          ],
        }),
      );
    });
  });

  describe('errors', () => {
    it.each([
      ['the network address as gateway', { gateway: '10.0.0.0' }, 'failed to allocate gateway (10.0.0.0): Address already in use'],
      ['the broadcast address as gateway', { gateway: '10.0.255.255' }, 'failed to allocate gateway (10.0.255.255): Address already in use'],
      ['a gateway outside the subnet', { gateway: '10.1.0.1' }, 'failed to allocate gateway (10.1.0.1): requested address is out of range'],
      ['an aux address outside the subnet', { auxAddresses: { a: '10.1.0.1' } }, 'auxiliary address: (a:10.1.0.1) must belong to the master pool: 10.0.0.0/16'],
      ['an unparsable aux address', { auxAddresses: { a: 'foo' } }, 'non parsable secondary ip address (a:foo) passed for network net1'],
      ['an aux address equal to the gateway', { gateway: '10.0.0.5', auxAddresses: { a: '10.0.0.5' } }, 'failed to allocate secondary ip address (a:10.0.0.5): Address already in use'],
    ] as const)('when %s is requested, then: %s', (_what, request, message) => {
      expect(plan(pool({ subnet: '10.0.0.0/16', reserve: 'v27' }), request)).toEqual(E.left(message));
    });

    it('when the engine is 20.10, then the aux message keeps its "auxilairy" typo', () => {
      expect(plan(pool({ subnet: '10.0.0.0/16', reserve: 'legacy' }), { auxAddresses: { a: '10.1.0.1' } }, 20)).toEqual(
        E.left('auxilairy address: (a:10.1.0.1) must belong to the master pool: 10.0.0.0/16'),
      );
    });

    it('when a legacy /31 has no usable address, then the gateway cannot be allocated', () => {
      expect(plan(pool({ subnet: '10.0.0.0/31', reserve: 'legacy' }), {})).toEqual(
        E.left('failed to allocate gateway (): no available addresses on this pool'),
      );
    });
  });

  describe('given an ip-range', () => {
    it('when no gateway is given, then the gateway is the range start, even its .0', () => {
      const p = pool({ subnet: '172.28.0.0/16', ipRange: '172.28.5.0/24', reserve: 'v27' });
      expect(plan(p, {})).toEqual(
        E.right({ gateway: '172.28.5.0', allocations: [{ ip: '172.28.5.0', kind: 'dynamic', role: 'gateway' }] }),
      );
    });

    it('when an aux address lies outside the range but inside the subnet, then it is still reserved', () => {
      const p = pool({ subnet: '172.28.0.0/16', ipRange: '172.28.5.0/24', reserve: 'v27' });
      const result = plan(p, { gateway: '172.28.0.1', auxAddresses: { host: '172.28.1.5' } });
      expect(E.isRight(result) && result.right.allocations.map((a) => a.ip)).toEqual(['172.28.0.1', '172.28.1.5']);
    });
  });

  describe('given skipGatewayAllocation (v28+ isolated / inhibit_ipv4)', () => {
    it('when no gateway is requested, then no address is taken', () => {
      const p = pool({ subnet: '10.0.0.0/24', reserve: 'v27' });
      expect(planNetworkAddresses(p, {}, { networkName: 'n', engineMajor: 28, skipGatewayAllocation: true })).toEqual(
        E.right({ gateway: undefined, allocations: [] }),
      );
    });
  });
});
