/**
 * The simulated outside world's DNS. docknet has no internet: a dotted name that is not a
 * Docker name resolves (when the asker can reach a DNS server with a way out) to a stable
 * address in TEST-NET-3, 203.0.113.0/24 (RFC 5737), derived from the name, so
 * `ping -c 1 example.com` prints the same address on every run and every machine.
 */

/** 32-bit FNV-1a of the lower-cased name. */
const fnv1a = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
};

/** The outside address for a dotted name, or undefined for a single-label name (NXDOMAIN). */
export const outsideAddress = (name: string): string | undefined => {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  if (!bare.includes('.')) return undefined;
  return `203.0.113.${(fnv1a(bare.toLowerCase()) % 254) + 1}`;
};

/** The nameserver the simulated host uses (its `/etc/resolv.conf`). */
export const HOST_NAMESERVER = '8.8.8.8';

/** Docker's embedded DNS server inside sandboxes on user-defined networks. */
export const EMBEDDED_DNS = '127.0.0.11';
