/**
 * MAC-derived values: the EUI-64 link-local IPv6 address the kernel gives an interface, and
 * the MAC of a host-side veth (random in Linux; derived here from the veth name, so every
 * view and every replay agrees).
 */
import { createHash } from 'node:crypto';

const bytesOf = (mac: string): number[] => mac.split(':').map((h) => Number.parseInt(h, 16));

/** `fe80::42:acff:fe11:2` for `02:42:ac:11:00:02` (RFC 4291 modified EUI-64). */
export const linkLocalOf = (mac: string): string => {
  const b = bytesOf(mac);
  const [b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0] = b;
  const groups = [((b0 ^ 0x02) << 8) | b1, (b2 << 8) | 0xff, (0xfe << 8) | b3, (b4 << 8) | b5];
  // Leading zero groups collapse with the `::` after fe80.
  const text = groups.map((g) => g.toString(16));
  while (text.length > 0 && text[0] === '0') text.shift();
  return `fe80::${text.join(':')}`;
};

/** A locally administered unicast MAC derived from `name`. */
export const derivedMac = (name: string): string => {
  const d = createHash('sha256').update(`docknet-veth-mac\u0000${name}`).digest();
  const bytes = Array.from(d.subarray(0, 6));
  bytes[0] = ((bytes[0] ?? 0) & 0xfe) | 0x02;
  return bytes.map((x) => x.toString(16).padStart(2, '0')).join(':');
};
