/**
 * IPAM for docknet: address arithmetic, the allocator, pools, predefined-pool picking and
 * the validation of `docker network create` IPAM options, with Docker's exact messages.
 * This list is the module's public surface.
 */
export { AddressSet, MAX_ADDRESS_SET_SIZE } from './address-set.js';
export { WideAddressSet } from './wide-address-set.js';
export { decodeRuns, type AddressRun, type AddressRunJson } from './address-runs.js';
export {
  bitLength,
  formatIpAddress,
  formatIpv4Number,
  formatNetIp,
  ipFamily,
  parseIpAddress,
  parseIpv4Number,
  parseNetIp,
  unmap,
  type IpAddress,
  type IpFamily,
} from './ip-address.js';
export {
  canonicalCidr,
  cidrContains,
  cidrOverlaps,
  cidrSize,
  contains,
  formatCidr,
  isMasked,
  lastAddress,
  masked,
  networkAddress,
  overlaps,
  parseNetCidr,
  parsePrefix,
  prefixLength,
  type Cidr,
} from './cidr.js';
export {
  ERR_INCOMPATIBLE_FAMILIES,
  ERR_INVALID_POOL,
  ERR_INVALID_SUBPOOL,
  ERR_IP_ALREADY_ALLOCATED,
  ERR_IP_OUT_OF_RANGE,
  ERR_NO_AVAILABLE_IPS,
  ERR_NO_MORE_SUBNETS,
  ERR_POOL_OVERLAP,
  errNoPredefinedPool,
} from './ipam-errors.js';
export { reservedOffsets, type ReserveProfile } from './reserved-addresses.js';
export type {
  AllocationKind,
  AllocationOrder,
  IpamPool,
  IpamPoolConfig,
  IpamPoolSnapshot,
  IpamPoolStatus,
} from './ipam-pool.js';
export { createPool, defaultGateway, restorePool } from './create-pool.js';
export {
  planNetworkAddresses,
  type NetworkAddressPlan,
  type NetworkAddressPlanOptions,
  type NetworkAddressRequest,
  type PlannedAllocation,
} from './network-address-plan.js';
export {
  GLOBAL_SCOPE_POOL,
  LOCAL_SCOPE_DEFAULT_POOLS,
  PREDEFINED_LOCAL_POOLS,
  defaultAddressPools,
  poolSubnetCount,
  subnetsOf,
  swarmAddressPools,
  type PoolToSplit,
} from './predefined-pools.js';
export {
  pickPredefinedSubnet,
  type SubnetPick,
  type SubnetPickMode,
  type SubnetPickOptions,
} from './pick-predefined-subnet.js';
export { ulaBasePool, withUlaPool } from './ula-base-pool.js';
export { joinErrors } from './go-join-errors.js';
export {
  consolidateIpamCli,
  parseAuxAddressFlags,
  type CliIpamConfig,
  type IpamRequest,
} from './cli-ipam-config.js';
export { validateIpamDaemon, type IpamConfigEntry, type ValidatedIpam } from './daemon-ipam-validation.js';
export {
  validateIpamRequest,
  type IpamError,
  type IpamValidationOptions,
} from './validate-ipam-request.js';
