import { digest, toHex } from './digest.js';
/**
 * The host-side name of the `n`th veth pair: `veth` + 7 hex characters, the format of
 * libnetwork's `netutils.GenerateIfaceName(nlh, "veth", 7)`.
 *
 * @example
 * vethName(0, 1) // e.g. 'veth3f9a2c1'
 */
export function vethName(seed, n) {
    return `veth${toHex(digest(['docknet-veth', seed, n])).slice(0, 7)}`;
}
//# sourceMappingURL=veth-name.js.map