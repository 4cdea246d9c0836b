/** Dotted-quad arithmetic for masks and broadcasts (IPv4 only). */
import { formatIpv4Number, parseIpv4Number } from '@docknet/drivers';

export const maskOf = (prefixLength: number): number => (prefixLength === 0 ? 0 : (~0 << (32 - prefixLength)) >>> 0);

/** `255.255.0.0` for 16. */
export const netmask = (prefixLength: number): string => formatIpv4Number(maskOf(prefixLength));

/** The subnet's network address: `172.17.0.0` for `172.17.0.2/16`. */
export const networkOf = (ip: string, prefixLength: number): string => formatIpv4Number((parseIpv4Number(ip) & maskOf(prefixLength)) >>> 0);

/** The broadcast address, or undefined for /31 and /32 (point-to-point). */
export const broadcastOf = (ip: string, prefixLength: number): string | undefined =>
  prefixLength >= 31 ? undefined : formatIpv4Number((parseIpv4Number(ip) | ~maskOf(prefixLength)) >>> 0);

/** Numeric value for sorting. */
export const ipv4Value = (ip: string): number => parseIpv4Number(ip);
