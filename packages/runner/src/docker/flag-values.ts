/**
 * Value checks the docker CLI runs while parsing flags (its `opts` validators and typed
 * pflag values). A refusal is printed by pflag as `invalid argument "<v>" for "<flag>" flag:
 * <reason>` followed by the usage lines (docker-facts.md §4.4), never with `docker:`.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { EngineProfile } from '@docknet/core';
import { formatNetIp, parseNetIp } from '@docknet/drivers';
import { goQuote } from '../template/go-quote.js';

/**
 * `opts.ValidateIPAddress` (`--dns`): Go's `net.ParseIP` of the trimmed value, stored in
 * canonical form.
 *
 * @example
 * ipAddressValue('foo') // Left('IP address is not correctly formatted: foo')
 */
export const ipAddressValue = (value: string): E.Either<string, string> => {
  const ip = parseNetIp(value.trim());
  return ip === undefined ? E.left(`IP address is not correctly formatted: ${value}`) : E.right(formatNetIp(ip));
};

const HOST_GATEWAY = 'host-gateway';

/**
 * `opts.ValidateExtraHost` (`--add-host`): `name:ip` or `name=ip`, the address optionally
 * bracketed, normalised to `name:ip` for the daemon.
 *
 * @example
 * extraHostValue('db=[::1]') // Right('db:::1')
 */
export const extraHostValue = (value: string): E.Either<string, string> => {
  const eq = value.indexOf('=');
  const sep = eq !== -1 ? eq : value.indexOf(':');
  const name = sep === -1 ? '' : value.slice(0, sep);
  if (sep === -1 || name === '' || name.includes(':')) return E.left(`bad format for add-host: ${goQuote(value)}`);
  let address = value.slice(sep + 1);
  if (address !== HOST_GATEWAY) {
    if (address.length > 2 && address.startsWith('[') && address.endsWith(']')) address = address.slice(1, -1);
    if (parseNetIp(address.trim()) === undefined) return E.left(`invalid IP address in add-host: ${goQuote(address)}`);
  }
  return E.right(`${name}:${address}`);
};

/**
 * `opts.ValidateLink` (`--link`): `name` or `name:alias`, nothing more.
 *
 * @example
 * linkValue('a:b:c') // Left('bad format for links: a:b:c')
 */
export const linkValue = (value: string): E.Either<string, string> => {
  if (value === '') return E.left('empty string specified for links');
  return value.split(':').length > 2 ? E.left(`bad format for links: ${value}`) : E.right(value);
};

/**
 * `--ip`/`--ip6`: CLI v29 parses them as IP flags (pflag `ipValue`); older CLIs pass the
 * text to the daemon unchecked (docker-facts.md §4.2).
 */
export const containerIpValue = (value: string, profile: EngineProfile | undefined): E.Either<string, string> => {
  if (profile === undefined || !profile.cliParsesIpFlags) return E.right(value);
  const ip = parseNetIp(value.trim());
  return ip === undefined ? E.left(`failed to parse IP: ${goQuote(value)}`) : E.right(formatNetIp(ip));
};
