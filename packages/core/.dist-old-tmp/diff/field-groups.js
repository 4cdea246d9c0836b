/**
 * Named groups of noisy fields for `--ignore @GROUP`: values docknet generates rather than
 * a user choosing them, which differ between two runs that did "the same thing" in
 * another order or under another seed.
 */
import * as E from 'fp-ts/lib/Either.js';
/** The groups, by name (without the `@`). */
export const FIELD_GROUPS = {
    /** Generated identities and the kernel's numbering: ids, default hostnames, sandboxes, veths, interface indexes, pids. */
    ids: ['id', 'containerId', 'networkId', 'endpointId', 'engineId', 'hostname', 'sandbox', 'veth', 'ifIndex', 'nextIfIndex', 'pid'],
    /** Logical timestamps and the event counter. */
    times: ['created', 'startedAt', 'finishedAt', 'at', 'seq'],
    /** MAC addresses (random under profiles 28 and 29). */
    macs: ['mac'],
};
const withNoise = {
    ...FIELD_GROUPS,
    noise: [...(FIELD_GROUPS['ids'] ?? []), ...(FIELD_GROUPS['times'] ?? []), ...(FIELD_GROUPS['macs'] ?? [])],
};
/**
 * Field names with `@group` entries expanded (`@noise` is every group); an unknown group
 * is a Left naming the known ones.
 *
 * @example
 * expandIgnoredFields(['@macs', 'created']) // right(['mac', 'created'])
 */
export const expandIgnoredFields = (names) => {
    const out = [];
    for (const name of names) {
        if (!name.startsWith('@')) {
            out.push(name);
            continue;
        }
        const group = withNoise[name.slice(1)];
        if (group === undefined)
            return E.left(`unknown field group "${name}" (one of ${Object.keys(withNoise).map((g) => `@${g}`).join(', ')})`);
        out.push(...group);
    }
    return E.right([...new Set(out)]);
};
//# sourceMappingURL=field-groups.js.map