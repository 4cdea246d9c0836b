/**
 * The addresses a new network takes from its pool as it is created (libnetwork
 * `ipamAllocateVersion`): first the gateway — the exact `--gateway`, else the first
 * dynamic address — then every `--aux-address`, which must lie in the subnet and is
 * reserved there. Pure: the plan is computed on a copy of the pool; `evolve` applies
 * `allocations` in order.
 */
import * as E from 'fp-ts/lib/Either.js';
import { parseNetIp } from './ip-address.js';
import { ERR_IP_OUT_OF_RANGE, ERR_NO_AVAILABLE_IPS } from './ipam-errors.js';
import type { AllocationKind, IpamPool } from './ipam-pool.js';

/** What the network asks for. */
export interface NetworkAddressRequest {
  /** `--gateway`, as the daemon received it. */
  readonly gateway?: string;
  /** `--aux-address name=IP` entries. */
  readonly auxAddresses?: Readonly<Record<string, string>>;
}

/** One allocation to apply to the pool, in order. */
export interface PlannedAllocation {
  readonly ip: string;
  readonly kind: AllocationKind;
  readonly role: 'gateway' | 'aux';
  /** The aux-address name, for `role: 'aux'`. */
  readonly name?: string;
}

/** The outcome: the gateway (if any) and the allocations that produce it. */
export interface NetworkAddressPlan {
  readonly gateway: string | undefined;
  readonly allocations: readonly PlannedAllocation[];
}

/** Context the messages and rules depend on. */
export interface NetworkAddressPlanOptions {
  /** The network's name, quoted in the unparsable-aux-address message. */
  readonly networkName: string;
  /** Engine major version (20 for 20.10): up to 25 the message says "auxilairy". */
  readonly engineMajor: number;
  /**
   * v28+: no gateway address is taken when none is requested and the driver does not
   * need one (`gateway_mode_ipv4=isolated`, `inhibit_ipv4`, IPv6-only …).
   */
  readonly skipGatewayAllocation?: boolean;
}

/**
 * Plans the gateway and aux-address reservations for a fresh network pool.
 *
 * Errors, as the daemon prints them: `failed to allocate gateway (10.0.0.0): Address
 * already in use`, `auxiliary address: (a:10.1.0.1) must belong to the master pool:
 * 10.0.0.0/16`, `failed to allocate secondary ip address (a:10.0.0.1): Address already in
 * use`, `non parsable secondary ip address (a:foo) passed for network net1`.
 *
 * @example planNetworkAddresses(pool, {}, { networkName: 'n', engineMajor: 28 })
 * // right({ gateway: '172.18.0.1', allocations: [{ ip: '172.18.0.1', kind: 'dynamic', role: 'gateway' }] })
 */
export const planNetworkAddresses = (
  pool: IpamPool,
  request: NetworkAddressRequest,
  options: NetworkAddressPlanOptions,
): E.Either<string, NetworkAddressPlan> => {
  const scratch = pool.clone();
  const allocations: PlannedAllocation[] = [];
  let gateway: string | undefined;
  const requested = request.gateway;
  if (requested !== undefined && requested !== '') {
    const check = scratch.checkStatic(requested);
    if (E.isLeft(check)) return E.left(`failed to allocate gateway (${requested}): ${check.left}`);
    scratch.allocate(requested, 'static');
    allocations.push({ ip: requested, kind: 'static', role: 'gateway' });
    gateway = requested;
  } else if (options.skipGatewayAllocation !== true) {
    const next = scratch.nextDynamic();
    if (next === undefined) return E.left(`failed to allocate gateway (): ${ERR_NO_AVAILABLE_IPS}`);
    scratch.allocate(next, 'dynamic');
    allocations.push({ ip: next, kind: 'dynamic', role: 'gateway' });
    gateway = next;
  }
  const auxWord = options.engineMajor <= 25 ? 'auxilairy' : 'auxiliary';
  // Docker walks a Go map (random order); sorting by name makes the outcome stable.
  const names = Object.keys(request.auxAddresses ?? {}).sort();
  for (const name of names) {
    const ip = (request.auxAddresses ?? {})[name] as string;
    if (parseNetIp(ip) === undefined) {
      return E.left(`non parsable secondary ip address (${name}:${ip}) passed for network ${options.networkName}`);
    }
    if (!scratch.contains(ip)) {
      return E.left(`${auxWord} address: (${name}:${ip}) must belong to the master pool: ${pool.subnet}`);
    }
    const check = scratch.checkStatic(ip);
    if (E.isLeft(check) && check.left !== ERR_IP_OUT_OF_RANGE) {
      return E.left(`failed to allocate secondary ip address (${name}:${ip}): ${check.left}`);
    }
    scratch.allocate(ip, 'static');
    allocations.push({ ip, kind: 'static', role: 'aux', name });
  }
  return E.right({ gateway, allocations });
};
