import { left, right } from 'fp-ts/lib/Either.js';
import { digest } from './digest.js';
const formatMac = (bytes) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(':');
/**
 * The `n`th random MAC address for a seed, as Engine v28+ assigns to bridge endpoints
 * (`netutils.GenerateRandomMAC`): 6 bytes with the multicast bit cleared and the
 * locally-administered bit set, so the first octet ends in 2, 6, a or e.
 *
 * @example
 * randomMac(0, 1) // e.g. '6a:1f:03:9c:e2:47'
 */
export function randomMac(seed, n) {
    const bytes = Uint8Array.from(digest(['docknet-mac', seed, n]).subarray(0, 6));
    bytes[0] = ((bytes[0] ?? 0) & 0xfe) | 0x02;
    return formatMac(bytes);
}
const OCTET = /^(0|[1-9][0-9]{0,2})$/;
/**
 * The MAC address Engine ≤ v27 derives from an endpoint's IPv4 address
 * (`netutils.GenerateMACFromIP`): `02:42:` followed by the four address bytes.
 *
 * @example
 * macFromIPv4('172.17.0.2') // right('02:42:ac:11:00:02')
 */
export function macFromIPv4(ip) {
    const parts = ip.split('.');
    const octets = parts.map((part) => (OCTET.test(part) ? Number(part) : Number.NaN));
    if (octets.length !== 4 || octets.some((octet) => !(octet >= 0 && octet <= 255))) {
        return left({ kind: 'invalid-ipv4', input: ip });
    }
    return right(formatMac([0x02, 0x42, ...octets]));
}
//# sourceMappingURL=mac-address.js.map