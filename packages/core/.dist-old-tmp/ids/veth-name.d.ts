/**
 * The host-side name of the `n`th veth pair: `veth` + 7 hex characters, the format of
 * libnetwork's `netutils.GenerateIfaceName(nlh, "veth", 7)`.
 *
 * @example
 * vethName(0, 1) // e.g. 'veth3f9a2c1'
 */
export declare function vethName(seed: number, n: number): string;
//# sourceMappingURL=veth-name.d.ts.map