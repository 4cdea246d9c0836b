/**
 * What the daemon checks in a network's IPAM configs before allocating anything (§3.2):
 *
 * - v25+ (`api/types/network/ipam.go ValidateIPAM`, v29 `daemon/network.go
 *   validateIpamConfig`): every config is checked, errors are collected and printed as
 *   `invalid network config:` + newline + the error or a `* ` list. IPv6 configs are
 *   skipped unless `--ipv6` is set.
 * - before v25 (`daemon/network.go getIpamConfig`): only the subnet must parse:
 *   `Invalid subnet abc : invalid CIDR address: abc`.
 *
 * Then the configs are split by family, as `getIpamConfig` does.
 */
import * as E from 'fp-ts/lib/Either.js';
import { cidrContains, cidrOverlaps, formatCidr, isMasked, masked, parseNetCidr, parsePrefix, type Cidr } from './cidr.js';
import type { CliIpamConfig } from './cli-ipam-config.js';
import { joinErrors } from './go-join-errors.js';
import { formatIpAddress, parseIpAddress, unmap, type IpFamily } from './ip-address.js';

/** One IPAM config entry as the network stores it (what `docker network inspect` shows). */
export interface IpamConfigEntry {
  readonly subnet: string;
  readonly ipRange?: string;
  readonly gateway?: string;
  readonly auxAddresses?: Readonly<Record<string, string>>;
}

/** Configs split by family, in request order. */
export interface ValidatedIpam {
  readonly ipv4: readonly IpamConfigEntry[];
  readonly ipv6: readonly IpamConfigEntry[];
}

const familyName = (family: IpFamily): string => `IPv${family}`;

const validateRange = (raw: string | undefined, subnet: Cidr): string[] => {
  if (raw === undefined || raw === '') return [];
  const parsed = parsePrefix(raw);
  if (E.isLeft(parsed)) return [`invalid ip-range ${raw}: invalid CIDR block notation`];
  const range = parsed.right;
  if (range.family !== subnet.family) return [`invalid ip-range ${raw}: parent subnet is an ${familyName(subnet.family)} block`];
  const errors: string[] = [];
  if (range.prefixLength < subnet.prefixLength) {
    errors.push(`invalid ip-range ${raw}: CIDR block is bigger than its parent subnet ${formatCidr(subnet)}`);
  }
  if (!isMasked(range)) errors.push(`invalid ip-range ${formatCidr(range)}: it should be ${formatCidr(masked(range))}`);
  if (!cidrOverlaps(subnet, range)) {
    errors.push(`invalid ip-range ${raw}: parent subnet ${formatCidr(subnet)} doesn't contain ip-range`);
  }
  return errors;
};

/** `validateAddress`: the inner message, or undefined when fine. */
const addressProblem = (raw: string | undefined, subnet: Cidr): string | undefined => {
  if (raw === undefined || raw === '') return undefined;
  const parsed = parseIpAddress(raw);
  if (E.isLeft(parsed)) return 'invalid address';
  if (parsed.right.family !== subnet.family) return `parent subnet is an ${familyName(subnet.family)} block`;
  // netip's Prefix.Contains never matches an address with a zone.
  if (parsed.right.zone !== undefined || !cidrContains(subnet, parsed.right)) return `parent subnet ${formatCidr(subnet)} doesn't contain this address`;
  return undefined;
};

/** The v25+ checks; the list of errors in Docker's order. */
const validateIpamV25 = (configs: readonly CliIpamConfig[], ipv6: boolean): string[] => {
  const errors: string[] = [];
  for (const cfg of configs) {
    const parsed = parsePrefix(cfg.subnet);
    if (E.isLeft(parsed)) {
      errors.push(`invalid subnet ${cfg.subnet}: invalid CIDR block notation`);
      continue;
    }
    const subnet = parsed.right;
    if (!ipv6 && subnet.family === 6) continue;
    if (!isMasked(subnet)) errors.push(`invalid subnet ${formatCidr(subnet)}: it should be ${formatCidr(masked(subnet))}`);
    errors.push(...validateRange(cfg.ipRange, subnet));
    const gw = addressProblem(cfg.gateway, subnet);
    if (gw !== undefined) errors.push(`invalid gateway ${cfg.gateway ?? ''}: ${gw}`);
    // Go iterates the aux map in random order; name order keeps the output stable.
    for (const name of Object.keys(cfg.auxAddresses).sort()) {
      const problem = addressProblem(cfg.auxAddresses[name], subnet);
      if (problem !== undefined) errors.push(`invalid auxiliary address ${name}: ${problem}`);
    }
  }
  return errors;
};

const toEntry = (cfg: CliIpamConfig, canonical: boolean): IpamConfigEntry => {
  const aux = Object.keys(cfg.auxAddresses).sort();
  const text = (value: string, parse: (v: string) => string | undefined): string => (canonical ? (parse(value) ?? value) : value);
  const prefix = (v: string): string | undefined => {
    const p = parsePrefix(v);
    return E.isRight(p) ? formatCidr(masked(p.right)) : undefined;
  };
  const address = (v: string): string | undefined => {
    const p = parseIpAddress(v);
    return E.isRight(p) ? formatIpAddress(unmap(p.right)) : undefined;
  };
  return {
    subnet: text(cfg.subnet, prefix),
    ...(cfg.ipRange === undefined || cfg.ipRange === '' ? {} : { ipRange: text(cfg.ipRange, prefix) }),
    ...(cfg.gateway === undefined || cfg.gateway === '' ? {} : { gateway: text(cfg.gateway, address) }),
    ...(aux.length === 0
      ? {}
      : { auxAddresses: Object.fromEntries(aux.map((n) => [n, text(cfg.auxAddresses[n] as string, address)])) }),
  };
};

/**
 * The daemon's validation of the configs the CLI sent, for engine major `engineMajor`
 * (20 for 20.10). Returns the error message the daemon answers with, or the configs split
 * by family. From v29 the daemon stores canonical text (subnet masked); before, the text
 * as sent, which is what `docker network inspect` shows.
 */
export const validateIpamDaemon = (
  configs: readonly CliIpamConfig[],
  ipv6: boolean,
  engineMajor: number,
): E.Either<string, ValidatedIpam> => {
  if (engineMajor >= 25) {
    const errors = validateIpamV25(configs, ipv6);
    if (errors.length > 0) return E.left(`invalid network config:\n${joinErrors(errors)}`);
  }
  const ipv4: IpamConfigEntry[] = [];
  const ipv6Entries: IpamConfigEntry[] = [];
  for (const cfg of configs) {
    const parsed = parseNetCidr(cfg.subnet);
    if (E.isLeft(parsed)) return E.left(`Invalid subnet ${cfg.subnet} : ${parsed.left}`);
    const entry = toEntry(cfg, engineMajor >= 29);
    if (parsed.right.family === 4) ipv4.push(entry);
    else ipv6Entries.push(entry);
  }
  return E.right({ ipv4, ipv6: ipv6Entries });
};
