import type { Either } from 'fp-ts/lib/Either.js';
/**
 * The `n`th random MAC address for a seed, as Engine v28+ assigns to bridge endpoints
 * (`netutils.GenerateRandomMAC`): 6 bytes with the multicast bit cleared and the
 * locally-administered bit set, so the first octet ends in 2, 6, a or e.
 *
 * @example
 * randomMac(0, 1) // e.g. '6a:1f:03:9c:e2:47'
 */
export declare function randomMac(seed: number, n: number): string;
/** Why {@link macFromIPv4} refused its input. */
export interface InvalidIPv4 {
    readonly kind: 'invalid-ipv4';
    readonly input: string;
}
/**
 * The MAC address Engine ≤ v27 derives from an endpoint's IPv4 address
 * (`netutils.GenerateMACFromIP`): `02:42:` followed by the four address bytes.
 *
 * @example
 * macFromIPv4('172.17.0.2') // right('02:42:ac:11:00:02')
 */
export declare function macFromIPv4(ip: string): Either<InvalidIPv4, string>;
//# sourceMappingURL=mac-address.d.ts.map