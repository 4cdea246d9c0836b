/**
 * CIDR prefixes (`10.0.0.0/16`, `fd00::/64`) and the arithmetic the IPAM needs on them.
 *
 * Docker parses prefixes with two different Go functions, and they disagree on edge
 * cases, so both are here: {@link parsePrefix} is `netip.ParsePrefix` (daemon v25+, CLI
 * v29) and {@link parseNetCidr} is `net.ParseCIDR` (CLI up to v28). A {@link Cidr} keeps
 * the address as written (host bits included) because Docker's messages print it that way
 * (`invalid subnet 172.20.0.1/16: it should be 172.20.0.0/16`).
 */
import * as E from 'fp-ts/lib/Either.js';
import { goQuote } from './go-quote.js';
import { bitLength, formatIpAddress, parseIpAddress, unmap, type IpAddress, type IpFamily } from './ip-address.js';

/** A parsed prefix: family, the address as written (possibly with host bits), the length. */
export interface Cidr {
  readonly family: IpFamily;
  readonly address: bigint;
  readonly prefixLength: number;
}

const prefixError = (input: string, msg: string): string => `netip.ParsePrefix(${goQuote(input)}): ${msg}`;

/**
 * Go's `netip.ParsePrefix`, with its error text (e.g. `netip.ParsePrefix("abc"): no '/'`).
 * Host bits are kept. An IPv4-mapped address stays IPv6, as in netip.
 *
 * @example parsePrefix('172.20.0.1/16') // right({ family: 4, address: …, prefixLength: 16 })
 */
export const parsePrefix = (text: string): E.Either<string, Cidr> => {
  const slash = text.lastIndexOf('/');
  if (slash < 0) return E.left(prefixError(text, "no '/'"));
  const addr = parseIpAddress(text.slice(0, slash));
  if (E.isLeft(addr)) return E.left(prefixError(text, addr.left));
  if (addr.right.family === 6 && addr.right.zone !== undefined) {
    return E.left(prefixError(text, 'IPv6 zones cannot be present in a prefix'));
  }
  const bitsText = text.slice(slash + 1);
  // Go refuses a sign or leading zeros here although strconv.Atoi would take them.
  const badBits = prefixError(text, `bad bits after slash: ${goQuote(bitsText)}`);
  if (!/^(0|[1-9][0-9]*)$/.test(bitsText)) return E.left(badBits);
  const bits = Number(bitsText);
  if (!Number.isSafeInteger(bits)) return E.left(badBits);
  if (bits > bitLength(addr.right.family)) return E.left(prefixError(text, 'prefix length out of range'));
  return E.right({ family: addr.right.family, address: addr.right.value, prefixLength: bits });
};

/**
 * Go's `net.ParseCIDR`: the address must parse (no zone), the length is decimal digits
 * (leading zeros allowed) not above the family's width. An IPv4-mapped address counts as
 * IPv4 with its length reduced by 96, as `net.IPNet` does. The error is always
 * `invalid CIDR address: <input>`.
 */
export const parseNetCidr = (text: string): E.Either<string, Cidr> => {
  const invalid = E.left(`invalid CIDR address: ${text}`);
  const slash = text.indexOf('/');
  if (slash < 0) return invalid;
  const addr = parseIpAddress(text.slice(0, slash));
  if (E.isLeft(addr) || addr.right.zone !== undefined) return invalid;
  const bitsText = text.slice(slash + 1);
  if (!/^[0-9]+$/.test(bitsText)) return invalid;
  const bits = Number(bitsText);
  if (bits > bitLength(addr.right.family)) return invalid;
  const ip = unmap(addr.right);
  if (ip.family === 4 && addr.right.family === 6) {
    if (bits < 96) return E.right({ family: 6, address: addr.right.value, prefixLength: bits });
    return E.right({ family: 4, address: ip.value, prefixLength: bits - 96 });
  }
  return E.right({ family: ip.family, address: ip.value, prefixLength: bits });
};

/** Number of addresses in the prefix (2^(width − length)). */
export const cidrSize = (cidr: Cidr): bigint => 1n << BigInt(bitLength(cidr.family) - cidr.prefixLength);

/** The prefix with host bits cleared (Go `Prefix.Masked`). */
export const masked = (cidr: Cidr): Cidr => ({ ...cidr, address: networkAddress(cidr) });

/** The first address of the prefix (its network address). */
export const networkAddress = (cidr: Cidr): bigint => cidr.address & ~(cidrSize(cidr) - 1n);

/** The last address of the prefix (the IPv4 broadcast address). */
export const lastAddress = (cidr: Cidr): bigint => networkAddress(cidr) + cidrSize(cidr) - 1n;

/** True when the prefix has no host bits set. */
export const isMasked = (cidr: Cidr): boolean => networkAddress(cidr) === cidr.address;

/** Prints like Go (`netip.Prefix.String`): the address as written, then `/length`. */
export const formatCidr = (cidr: Cidr): string =>
  `${formatIpAddress({ family: cidr.family, value: cidr.address })}/${cidr.prefixLength}`;

/** True when `ip` is inside `cidr` (same family; host bits of `cidr` ignored). */
export const cidrContains = (cidr: Cidr, ip: IpAddress): boolean =>
  ip.family === cidr.family && ip.value >= networkAddress(cidr) && ip.value <= lastAddress(cidr);

/** True when the two prefixes share at least one address (same family only). */
export const cidrOverlaps = (a: Cidr, b: Cidr): boolean =>
  a.family === b.family && networkAddress(a) <= lastAddress(b) && networkAddress(b) <= lastAddress(a);

/** Orders by network address, then the shorter prefix first (Docker's `PrefixCompare`). */
export const compareCidrs = (a: Cidr, b: Cidr): number => {
  if (a.family !== b.family) return a.family - b.family;
  const na = networkAddress(a);
  const nb = networkAddress(b);
  if (na !== nb) return na < nb ? -1 : 1;
  return a.prefixLength - b.prefixLength;
};

const parsed = (text: string): Cidr | undefined => {
  const p = parsePrefix(text);
  return E.isRight(p) ? p.right : undefined;
};

/**
 * True when the two CIDR texts share an address. Unparseable input never overlaps.
 *
 * @example overlaps('10.0.0.0/16', '10.0.1.0/24') // true
 */
export const overlaps = (a: string, b: string): boolean => {
  const ca = parsed(a);
  const cb = parsed(b);
  return ca !== undefined && cb !== undefined && cidrOverlaps(ca, cb);
};

/**
 * True when the address text lies inside the CIDR text. Unparseable input is outside.
 *
 * @example contains('172.18.0.0/16', '172.18.0.2') // true
 */
export const contains = (cidr: string, ip: string): boolean => {
  const c = parsed(cidr);
  const a = parseIpAddress(ip);
  return c !== undefined && E.isRight(a) && cidrContains(c, a.right);
};

/** The prefix length of a CIDR text, or `undefined` if it does not parse. */
export const prefixLength = (cidr: string): number | undefined => parsed(cidr)?.prefixLength;

/** The canonical (masked, Go-formatted) text of a CIDR text, or `undefined`. */
export const canonicalCidr = (cidr: string): string | undefined => {
  const c = parsed(cidr);
  return c === undefined ? undefined : formatCidr(masked(c));
};
