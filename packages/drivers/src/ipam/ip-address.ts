/**
 * IP addresses as values, parsed and printed the way Go's `net/netip` does, because every
 * address Docker prints or rejects went through Go: the same inputs must be accepted, the
 * same canonical text printed, and the same `ParseAddr("…"): …` error produced.
 *
 * IPv4 has a number-based fast path (`parseIpv4Number`/`formatIpv4Number`) used by the
 * allocator's hot loop; everything else uses `bigint` so both families share one code path.
 */
import * as E from 'fp-ts/lib/Either.js';
import { Address6 } from 'ip-address';
import { goQuote } from './go-quote.js';

/** An IP address family. */
export type IpFamily = 4 | 6;

/** An IP address: its family and its value as an unsigned integer (32 or 128 bits). */
export interface IpAddress {
  readonly family: IpFamily;
  readonly value: bigint;
  /** The IPv6 zone (`fe80::1%eth0`), kept so callers can reject it as Go does. */
  readonly zone?: string;
}

/** Number of bits in an address of the family. */
export const bitLength = (family: IpFamily): 32 | 128 => (family === 4 ? 32 : 128);

const goParseError = (input: string, msg: string, at?: string): string =>
  `ParseAddr(${goQuote(input)}): ${msg}${at === undefined ? '' : ` (at ${goQuote(at)})`}`;

/**
 * Parses like Go's `netip.ParseAddr`: dotted-quad IPv4 without leading zeros, RFC 4291
 * IPv6 (with an optional trailing dotted quad and an optional `%zone`). The error is Go's
 * message, e.g. `ParseAddr("abc"): unable to parse IP`.
 *
 * @example parseIpAddress('10.0.0.1') // right({ family: 4, value: 167772161n })
 */
export const parseIpAddress = (text: string): E.Either<string, IpAddress> => {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '.') return parseIpv4Text(text);
    if (c === ':') return parseIpv6Text(text);
    if (c === '%') return E.left(goParseError(text, 'missing IPv6 address'));
  }
  return E.left(goParseError(text, 'unable to parse IP'));
};

/**
 * Parses like Go's `net.ParseIP`: the same grammar as {@link parseIpAddress} but zones are
 * refused, and an IPv4-mapped IPv6 address counts as IPv4 (`net.IP` has no separate form).
 * Returns `undefined` where Go returns `nil`.
 */
export const parseNetIp = (text: string): IpAddress | undefined => {
  const parsed = parseIpAddress(text);
  if (E.isLeft(parsed) || parsed.right.zone !== undefined) return undefined;
  return unmap(parsed.right);
};

const V4_MAPPED_PREFIX = 0xffffn << 32n;

/** True for `::ffff:a.b.c.d`. */
export const isV4Mapped = (ip: IpAddress): boolean => ip.family === 6 && ip.value >> 32n === 0xffffn;

/** `::ffff:a.b.c.d` becomes `a.b.c.d`; anything else is returned unchanged. */
export const unmap = (ip: IpAddress): IpAddress =>
  isV4Mapped(ip) ? { family: 4, value: ip.value - V4_MAPPED_PREFIX } : ip;

const parseIpv4Text = (text: string): E.Either<string, IpAddress> => {
  const fields = parseIpv4Fields(text, 0, text.length);
  return E.map((value: number) => ({ family: 4 as const, value: BigInt(value) }))(fields);
};

/** Go's `parseIPv4Fields`: parses `whole[start:end]` as a dotted quad, errors quote `whole`. */
const parseIpv4Fields = (whole: string, start: number, end: number): E.Either<string, number> => {
  let value = 0;
  let field = 0;
  let fields = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = whole.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits === 1 && field === 0) return E.left(goParseError(whole, 'IPv4 field has octet with leading zero'));
      field = field * 10 + (c - 48);
      digits++;
      if (field > 255) return E.left(goParseError(whole, 'IPv4 field has value >255'));
    } else if (c === 46) {
      if (i === start || i === end - 1 || whole.charCodeAt(i - 1) === 46) {
        return E.left(goParseError(whole, 'IPv4 field must have at least one digit', whole.slice(i, end)));
      }
      if (fields === 3) return E.left(goParseError(whole, 'IPv4 address too long'));
      value = value * 256 + field;
      fields++;
      field = 0;
      digits = 0;
    } else {
      return E.left(goParseError(whole, 'unexpected character', whole.slice(i, end)));
    }
  }
  if (fields < 3) return E.left(goParseError(whole, 'IPv4 address too short'));
  return E.right(value * 256 + field);
};

const hexValue = (c: number): number => {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
};

/** Go's `parseIPv6`, including its error messages. */
const parseIpv6Text = (input: string): E.Either<string, IpAddress> => {
  let s = input;
  let zone: string | undefined;
  const percent = s.indexOf('%');
  if (percent !== -1) {
    zone = s.slice(percent + 1);
    s = s.slice(0, percent);
    if (zone === '') return E.left(goParseError(input, 'zone must be a non-empty string'));
  }
  const end = percent === -1 ? input.length : percent;
  const groups: number[] = []; // 16-bit groups, embedded IPv4 contributes two
  let ellipsis = -1;
  if (s.startsWith('::')) {
    ellipsis = 0;
    s = s.slice(2);
    if (s === '') return E.right(withZone({ family: 6, value: 0n }, zone));
  }
  while (groups.length < 8) {
    let off = 0;
    let acc = 0;
    for (; off < s.length; off++) {
      const h = hexValue(s.charCodeAt(off));
      if (h < 0) break;
      acc = acc * 16 + h;
      if (off > 3) return E.left(goParseError(input, 'each group must have 4 or less digits', s));
      if (acc > 0xffff) return E.left(goParseError(input, 'IPv6 field has value >=2^16', s));
    }
    if (off === 0) return E.left(goParseError(input, 'each colon-separated field must have at least one digit', s));
    if (off < s.length && s[off] === '.') {
      if (ellipsis < 0 && groups.length !== 6) {
        return E.left(goParseError(input, 'embedded IPv4 address must replace the final 2 fields of the address', s));
      }
      if (groups.length + 2 > 8) {
        return E.left(goParseError(input, 'too many hex fields to fit an embedded IPv4 at the end of the address', s));
      }
      const v4 = parseIpv4Fields(input, end - s.length, end);
      if (E.isLeft(v4)) return v4;
      groups.push(Math.floor(v4.right / 65536), v4.right % 65536);
      s = '';
      break;
    }
    groups.push(acc);
    s = s.slice(off);
    if (s === '') break;
    if (s[0] !== ':') return E.left(goParseError(input, 'unexpected character, want colon', s));
    if (s.length === 1) return E.left(goParseError(input, 'colon must be followed by more characters', s));
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) return E.left(goParseError(input, 'multiple :: in address', s));
      ellipsis = groups.length;
      s = s.slice(1);
      if (s === '') break;
    }
  }
  if (s !== '') return E.left(goParseError(input, 'trailing garbage after address', s));
  if (groups.length < 8) {
    if (ellipsis < 0) return E.left(goParseError(input, 'address string too short'));
    groups.splice(ellipsis, 0, ...new Array<number>(8 - groups.length).fill(0));
  } else if (ellipsis >= 0) {
    return E.left(goParseError(input, 'the :: must expand to at least one field of zeros', s));
  }
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(g);
  return E.right(withZone({ family: 6, value }, zone));
};

const withZone = (ip: IpAddress, zone: string | undefined): IpAddress =>
  zone === undefined ? ip : { ...ip, zone };

/**
 * Prints like Go's `netip.Addr.String`: dotted quad, RFC 5952 for IPv6, and
 * `::ffff:a.b.c.d` for IPv4-mapped addresses.
 *
 * @example formatIpAddress({ family: 6, value: 1n }) // '::1'
 */
export const formatIpAddress = (ip: IpAddress): string => {
  const zone = ip.zone === undefined ? '' : `%${ip.zone}`;
  if (ip.family === 4) return formatIpv4Number(Number(ip.value));
  if (isV4Mapped(ip)) return `::ffff:${formatIpv4Number(Number(ip.value - V4_MAPPED_PREFIX))}${zone}`;
  return `${Address6.fromBigInt(ip.value).correctForm()}${zone}`;
};

/**
 * Prints like Go's `net.IP.String`, which shows IPv4-mapped addresses as plain IPv4 (the
 * CLI prints `--gateway` values through it from v29).
 */
export const formatNetIp = (ip: IpAddress): string => formatIpAddress(unmap(ip));

/**
 * Fast strict IPv4 parse to an unsigned 32-bit number (Go's acceptance rules), or -1.
 * Used by the allocator, where a string → offset conversion happens per request.
 */
export const parseIpv4Number = (text: string): number => {
  const n = text.length;
  if (n < 7 || n > 15) return -1;
  let value = 0;
  let field = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || dots === 3) return -1;
      value = value * 256 + field;
      field = 0;
      digits = 0;
      dots++;
    } else if (c >= 48 && c <= 57) {
      if (digits === 1 && field === 0) return -1;
      field = field * 10 + (c - 48);
      if (field > 255) return -1;
      digits++;
    } else {
      return -1;
    }
  }
  if (dots !== 3 || digits === 0) return -1;
  return value * 256 + field;
};

/** `'0'` … `'255'`: printing an address joins four table entries instead of converting numbers. */
const OCTETS: readonly string[] = Array.from({ length: 256 }, (_, i) => String(i));

/** Dotted quad of an unsigned 32-bit number. */
export const formatIpv4Number = (value: number): string =>
  `${OCTETS[(value >>> 24) & 255] as string}.${OCTETS[(value >>> 16) & 255] as string}.${OCTETS[(value >>> 8) & 255] as string}.${OCTETS[value & 255] as string}`;

/**
 * The family of an address text, or `undefined` when it is not a valid address
 * (Go `netip.ParseAddr` rules; an IPv4-mapped IPv6 address is family 6, as in netip).
 */
export const ipFamily = (text: string): IpFamily | undefined => {
  const parsed = parseIpAddress(text);
  return E.isRight(parsed) ? parsed.right.family : undefined;
};
