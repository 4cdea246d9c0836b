/**
 * Docker's IPAM error texts, word for word, in one place so they can be compared with
 * `daemon/libnetwork/ipamapi/contract.go` and the predefined-pool allocators (§1.5, §2.2).
 */
import type { IpFamily } from './ip-address.js';

/** `ipamapi.ErrInvalidPool`. */
export const ERR_INVALID_POOL = 'invalid address pool';
/** `ipamapi.ErrInvalidSubPool`. */
export const ERR_INVALID_SUBPOOL = 'invalid address subpool';
/** `ipamapi.ErrNoAvailableIPs`: a dynamic request found the pool (or ip-range) full. */
export const ERR_NO_AVAILABLE_IPS = 'no available addresses on this pool';
/** `ipamapi.ErrIPAlreadyAllocated`: static address taken (incl. gateway, network, broadcast). */
export const ERR_IP_ALREADY_ALLOCATED = 'Address already in use';
/** `ipamapi.ErrIPOutOfRange`: static address outside the subnet. */
export const ERR_IP_OUT_OF_RANGE = 'requested address is out of range';
/** `ipamapi.ErrPoolOverlap`. */
export const ERR_POOL_OVERLAP = 'Pool overlaps with other one on this address space';
/** `ipamapi.ErrNoMoreSubnets`: v27+ exhaustion of the predefined pools. */
export const ERR_NO_MORE_SUBNETS = 'all predefined address pools have been fully subnetted';
/** Subnet and ip-range of different families (`RequestPool`). */
export const ERR_INCOMPATIBLE_FAMILIES = 'pool and subpool are of incompatible address families';

/** ≤v26 exhaustion of the predefined pools (`getPredefinedPool`). */
export const errNoPredefinedPool = (family: IpFamily): string =>
  `could not find an available, non-overlapping IPv${family} address pool among the defaults to assign to the network`;
