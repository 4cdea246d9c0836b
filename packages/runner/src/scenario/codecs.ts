import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { ENGINE_PROFILES, IMAGE_TOOLS, type EngineProfileName, type ImageTools } from './scenario.js';

/**
 * The io-ts codecs that validate scenario values. Each pairs with a phrase (`expected`)
 * the loader uses in its own message (`"seed" must be an integer, got "x"`), because
 * io-ts's default reporter speaks in codec names, not in the user's terms.
 */
export interface ValueRule<A> {
  readonly codec: t.Type<A, unknown, unknown>;
  readonly expected: string;
}

const refine = <A>(base: t.Type<A, unknown, unknown>, predicate: (a: A) => boolean, name: string): t.Type<A, unknown, unknown> =>
  new t.Type<A, unknown, unknown>(
    name,
    (u): u is A => base.is(u) && predicate(u),
    (u, context) => E.chain((a: A) => (predicate(a) ? t.success(a) : t.failure<A>(u, context)))(base.validate(u, context)),
    base.encode,
  );

const rule = <A>(codec: t.Type<A, unknown, unknown>, expected: string): ValueRule<A> => ({ codec, expected });

/** A real calendar date-time with an explicit offset (`Z` or `±hh:mm`). */
const isIsoInstant = (text: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|([+-])(\d{2}):(\d{2}))$/.exec(text);
  if (m === null) return false;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number];
  // Date.UTC is pure arithmetic here (no clock): it only checks the day exists.
  const date = new Date(Date.UTC(year, month - 1, day));
  const dayExists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const offsetOk = m[7] === undefined || (Number(m[8]) <= 23 && Number(m[9]) <= 59);
  return dayExists && hour <= 23 && minute <= 59 && second <= 59 && offsetOk;
};

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Docker's reference grammar (distribution/reference), without digests. */
const IMAGE_REFERENCE = (() => {
  const component = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
  const domain = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?';
  return new RegExp(`^${domain}${component}(?:/${component})*(?::[\\w][\\w.-]{0,127})?$`);
})();

export const Rules = {
  text: rule(t.string, 'a string'),
  nonEmptyText: rule(refine(t.string, (s) => s.trim() !== '', 'NonEmptyText'), 'a non-empty string'),
  version: rule(t.literal(1), 'the number 1 (the only scenario format version)'),
  seed: rule(refine(t.number, Number.isSafeInteger, 'Integer'), 'an integer'),
  exit: rule(refine(t.number, (n) => Number.isInteger(n) && n >= 0 && n <= 255, 'ExitStatus'), 'an exit status (an integer from 0 to 255)'),
  engine: rule(
    t.union([t.keyof({ '20.10': null, '27': null, '28': null, '29': null }), t.literal(27), t.literal(28), t.literal(29)]),
    `one of ${ENGINE_PROFILES.map((p) => `"${p}"`).join(', ')}`,
  ),
  clock: rule(refine(t.string, isIsoInstant, 'IsoInstant'), 'an ISO-8601 date-time with an offset, like "2020-08-14T14:31:29+09:00"'),
  hostName: rule(
    refine(t.string, (s) => s.length <= 64 && /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/.test(s), 'HostName'),
    'a host name (letters, digits, "-" and ".", at most 64 characters)',
  ),
  interfaceName: rule(
    refine(t.string, (s) => /^[A-Za-z0-9_.:@-]{1,15}$/.test(s) && s !== '.' && s !== '..', 'InterfaceName'),
    'an interface name (at most 15 letters, digits or "_.:@-")',
  ),
  ipv4Cidr: rule(
    refine(t.string, (s) => {
      const [address = '', prefix, ...rest] = s.split('/');
      return rest.length === 0 && IPV4.test(address) && prefix !== undefined && /^(3[0-2]|[12]?\d)$/.test(prefix);
    }, 'Ipv4Cidr'),
    'an IPv4 address with a prefix length, like 192.168.100.9/24',
  ),
  mac: rule(
    refine(t.string, (s) => /^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$/.test(s) && (parseInt(s.slice(0, 2), 16) & 1) === 0, 'UnicastMac'),
    'a unicast MAC address, like "b0:5c:da:ad:d1:25" (quote it in YAML)',
  ),
  imageReference: rule(
    refine(t.string, (s) => IMAGE_REFERENCE.test(s), 'ImageReference'),
    'an image reference like "myapp:1.0" (lower-case name, optional registry and tag)',
  ),
  port: rule(
    refine(
      t.union([t.string, t.number]),
      (p) => {
        const m = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/.exec(String(p));
        return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 65535;
      },
      'ExposedPort',
    ),
    'a port like "8080/tcp" (PORT or PORT/tcp|udp|sctp, 1-65535)',
  ),
  tools: rule(t.keyof(Object.fromEntries(IMAGE_TOOLS.map((k) => [k, null])) as Record<ImageTools, null>), `one of ${IMAGE_TOOLS.join(', ')}`),
  env: rule(refine(t.string, (s) => /^[^=\s]+=/.test(s), 'EnvEntry'), 'a KEY=value string'),
} as const;

/** The profile an `engine:` value names (YAML may give `28` as a number). */
export const engineName = (value: '20.10' | '27' | '28' | '29' | 27 | 28 | 29): EngineProfileName =>
  String(value) as EngineProfileName;

/** `8080` → `8080/tcp`, as Docker normalises EXPOSE. */
export const normalizePort = (value: string | number): string => (String(value).includes('/') ? String(value) : `${String(value)}/tcp`);
