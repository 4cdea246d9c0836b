/**
 * What the docker CLI does with `--subnet`, `--ip-range`, `--gateway` and `--aux-address`
 * before it contacts the daemon (docker/cli `network/create.go`: `consolidateIpam` up to
 * v27, `createIPAMConfig` from v28), with its exact error texts (§3.1).
 *
 * Version differences:
 * - every version matches ranges, gateways and aux addresses to subnets with
 *   `subnetMatches` (Go `net.ParseCIDR` + `IPNet.Contains`), so an unparsable gateway is
 *   reported as `no matching subnet for gateway foo`;
 * - CLI v28 first checks each `--ip-range` is a CIDR: `invalid CIDR address: foo`;
 * - CLI v29 parses `--ip-range`/`--gateway` as typed flags (pflag errors), `--subnet` with
 *   `netip.ParsePrefix`, aux addresses with `netip.ParseAddr`, skips empty aux values, and
 *   sends canonical text (ranges masked).
 *
 * The CLI builds the config list from a Go map, so Docker's order is random; here it
 * follows the order of `--subnet` flags. Aux addresses are visited in name order.
 */
import * as E from 'fp-ts/lib/Either.js';
import { cidrContains, formatCidr, masked, parseNetCidr, parsePrefix, type Cidr } from './cidr.js';
import { goQuote } from './go-quote.js';
import { formatIpAddress, parseIpAddress, parseNetIp, unmap, type IpAddress } from './ip-address.js';

/** The IPAM flags of `docker network create`, one array element per flag value. */
export interface IpamRequest {
  /** `--subnet` values (pflag string slices: the caller splits comma-separated values). */
  readonly subnets: readonly string[];
  readonly ipRanges: readonly string[];
  readonly gateways: readonly string[];
  /** Raw `--aux-address` values, `name=IP`; a repeated name keeps the last value. */
  readonly auxAddresses: readonly string[];
  /** `--ipv6`. */
  readonly ipv6: boolean;
}

/** One IPAM config entry as the CLI sends it to the daemon. */
export interface CliIpamConfig {
  readonly subnet: string;
  readonly ipRange?: string;
  readonly gateway?: string;
  readonly auxAddresses: Readonly<Record<string, string>>;
}

interface Entry {
  subnet: string;
  ipRange?: string;
  gateway?: string;
  aux: Record<string, string>;
}

/** `--aux-address` values as docker's `MapOpts`: split at the first `=`, last one wins. */
export const parseAuxAddressFlags = (values: readonly string[]): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq < 0) out[value] = '';
    else out[value.slice(0, eq)] = value.slice(eq + 1);
  }
  return out;
};

/**
 * Go `net.IPNet.Contains` on the CLI's parse of `subnet`: IPv4 addresses (mapped ones
 * included) only match IPv4 subnets.
 */
const netContains = (subnet: Cidr, ip: IpAddress | undefined): boolean => ip !== undefined && cidrContains(subnet, unmap(ip));

/**
 * docker/cli `subnetMatches(subnet, data)`: is `data` (an address, or a CIDR whose
 * address is used) inside `subnet`? A bad subnet is `invalid subnet: <Go error>`; a bad
 * CIDR in `data` is the bare Go error; an unparsable plain address simply does not match.
 */
const subnetMatches = (subnet: string, data: string): E.Either<string, boolean> => {
  const s = parseNetCidr(subnet);
  if (E.isLeft(s)) return E.left(`invalid subnet: ${s.left}`);
  if (data.includes('/')) {
    const d = parseNetCidr(data);
    if (E.isLeft(d)) return d;
    return E.right(netContains(s.right, { family: d.right.family, value: d.right.address }));
  }
  return E.right(netContains(s.right, parseNetIp(data)));
};

/** pflag's wording for a flag value its type refuses (`%q` quoting of the value). */
const pflagError = (flag: string, value: string, reason: string): string =>
  `invalid argument ${goQuote(value)} for "--${flag}" flag: ${reason}`;

/** v29 typed flags: `--ip-range` as CIDRs (masked), `--gateway` as IPs. */
const parseTypedFlags = (
  request: IpamRequest,
): E.Either<string, { ranges: string[]; gateways: string[] }> => {
  const ranges: string[] = [];
  for (const r of request.ipRanges) {
    const c = parseNetCidr(r.trim());
    if (E.isLeft(c)) return E.left(pflagError('ip-range', r, `invalid string being converted to CIDR: ${r}`));
    ranges.push(formatCidr(masked(c.right)));
  }
  const gateways: string[] = [];
  for (const g of request.gateways) {
    const ip = parseNetIp(g.trim());
    if (ip === undefined) return E.left(pflagError('gateway', g, `invalid string being converted to IP address: ${g}`));
    gateways.push(formatIpAddress(ip));
  }
  return E.right({ ranges, gateways });
};

/**
 * The CLI side of `docker network create`'s IPAM handling for CLI major `cliMajor`
 * (20 for 20.10). Returns the configs the CLI would send, or the message it prints.
 *
 * @example
 * consolidateIpamCli({ subnets: [], ipRanges: ['10.0.0.0/24'], gateways: [], auxAddresses: [], ipv6: false }, 28)
 * // left('every ip-range or gateway must have a corresponding subnet')
 */
export const consolidateIpamCli = (request: IpamRequest, cliMajor: number): E.Either<string, CliIpamConfig[]> => {
  const netipCli = cliMajor >= 29;
  let ranges: readonly string[] = request.ipRanges;
  let gateways: readonly string[] = request.gateways;
  if (netipCli) {
    // pflag rejects these while parsing the command line, before any other check.
    const typed = parseTypedFlags(request);
    if (E.isLeft(typed)) return typed;
    ranges = typed.right.ranges;
    gateways = typed.right.gateways;
  }
  const subnets = request.subnets;
  if (subnets.length < ranges.length || subnets.length < gateways.length) {
    return E.left('every ip-range or gateway must have a corresponding subnet');
  }

  const entries = new Map<string, Entry>();
  for (const s of subnets) {
    for (const k of entries.keys()) {
      const ok1 = subnetMatches(s, k);
      if (E.isLeft(ok1)) return ok1;
      const ok2 = subnetMatches(k, s);
      if (E.isLeft(ok2)) return ok2;
      if (ok1.right || ok2.right) return E.left('multiple overlapping subnet configuration is not supported');
    }
    let subnetText = s;
    if (netipCli) {
      const p = parsePrefix(s);
      if (E.isLeft(p)) return p;
      subnetText = formatCidr(p.right);
    }
    entries.set(s, { subnet: subnetText, aux: {} });
  }

  for (const r of ranges) {
    let match = false;
    for (const s of subnets) {
      if (cliMajor === 28) {
        const rc = parseNetCidr(r);
        if (E.isLeft(rc)) return rc;
      }
      const ok = subnetMatches(s, r);
      if (E.isLeft(ok)) return ok;
      if (!ok.right) continue;
      const entry = entries.get(s) as Entry;
      if (entry.ipRange !== undefined) {
        return E.left(`cannot configure multiple ranges (${r}, ${entry.ipRange}) on the same subnet (${s})`);
      }
      entry.ipRange = r;
      match = true;
    }
    if (!match) return E.left(`no matching subnet for range ${r}`);
  }

  for (const g of gateways) {
    let match = false;
    for (const s of subnets) {
      const ok = subnetMatches(s, g);
      if (E.isLeft(ok)) return ok;
      if (!ok.right) continue;
      const entry = entries.get(s) as Entry;
      if (entry.gateway !== undefined) {
        return E.left(`cannot configure multiple gateways (${g}, ${entry.gateway}) for the same subnet (${s})`);
      }
      entry.gateway = g;
      match = true;
    }
    if (!match) return E.left(`no matching subnet for gateway ${g}`);
  }

  const aux = parseAuxAddressFlags(request.auxAddresses);
  for (const name of Object.keys(aux).sort()) {
    const raw = aux[name] as string;
    let value = raw;
    if (netipCli) {
      if (raw === '') continue;
      const parsed = parseIpAddress(raw);
      if (E.isLeft(parsed)) return parsed;
      value = formatIpAddress(parsed.right);
    }
    let match = false;
    for (const s of subnets) {
      const ok = subnetMatches(s, value);
      if (E.isLeft(ok)) return ok;
      if (!ok.right) continue;
      (entries.get(s) as Entry).aux[name] = value;
      match = true;
    }
    if (!match) return E.left(`no matching subnet for aux-address ${raw}`);
  }

  return E.right(
    [...entries.values()].map((e) => ({
      subnet: e.subnet,
      ...(e.ipRange === undefined ? {} : { ipRange: e.ipRange }),
      ...(e.gateway === undefined ? {} : { gateway: e.gateway }),
      auxAddresses: e.aux,
    })),
  );
};
