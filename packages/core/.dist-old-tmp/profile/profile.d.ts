/**
 * Engine profiles: one record of behaviour differences per Docker release line
 * (docker-facts.md §11). Rules and views read these fields instead of comparing
 * version strings, so adding a profile is adding data.
 *
 * @example
 * const p = profileFor('20.10');
 * p.macAddress; // 'from-ipv4'
 */
export type ProfileId = '20.10' | '27' | '28' | '29';
export declare const PROFILE_IDS: readonly ProfileId[];
export declare const DEFAULT_PROFILE: ProfileId;
export interface EngineProfile {
    readonly id: ProfileId;
    /** The release this profile stands for, as `docker version` would print it. */
    readonly engineVersion: string;
    readonly apiVersion: string;
    /** How the next predefined subnet is chosen (§2.2). */
    readonly subnetPick: 'round-robin' | 'lowest-free';
    /** Reserved addresses inside a pool (§1.2). */
    readonly reservedAddresses: 'legacy' | 'v27';
    /** Container MAC addresses (§5). */
    readonly macAddress: 'from-ipv4' | 'random';
    /** A ULA IPv6 pool is appended to the local pools (§2.1). */
    readonly ipv6UlaPool: boolean;
    /** `EnableIPv4` field in network inspect. */
    readonly networkInspectEnableIPv4: boolean;
    /** `Containers` after `Labels` and a `Status` object (v29, §9.2). */
    readonly networkInspectV29Layout: boolean;
    /** Gateway shown for a user subnet given without `--gateway` (§9.2). */
    readonly showGatewayForUserSubnet: boolean;
    /** When static `--ip` problems are reported (§4.2). */
    readonly ipCheckedAt: 'create' | 'start';
    /** `--ip` allowed on a user network without a user-configured subnet (29.1+). */
    readonly ipWithoutUserSubnet: boolean;
    /** "user specified" (old) or "user-specified" (29.2+) wording. */
    readonly hyphenatedWording: boolean;
    /** Active-endpoints error form in `docker network rm` (§3.4). */
    readonly activeEndpointsError: 'network-id' | 'endpoint-names';
    /** `invalid pool request: ` prefix on pool errors (§1.5). */
    readonly poolRequestPrefix: boolean;
    /** Daemon-side ValidateIPAM exists (v25+). */
    readonly daemonValidatesIpam: boolean;
    /** Interface index after a reconnect (§8). */
    readonly ifaceIndex: 'increasing' | 'lowest-free';
    /** `/etc/hosts` IPv6 lines `fe00::0` or `fe00::` (§7). */
    readonly etcHostsShortIPv6: boolean;
    /** Legacy link environment variables (§4.3). */
    readonly linkEnvVars: boolean;
    /** Host-network connect/disconnect wording from 28.1. */
    readonly hostNetworkNewWording: boolean;
    /** `failed to set up container networking: ` prefix on start errors (28.1+). */
    readonly startErrorPrefix: boolean;
    /** `docker run` error footer: `See 'docker run --help'.` or a blank line + `Run '…' for more information`. */
    readonly cliErrorFooter: 'see' | 'run';
    /** IPv6 host addresses in `docker ps`: `:::8080` (old), mixed (27.2+), `[::]:8080` (28+). */
    readonly psIPv6: 'colons' | 'mixed' | 'brackets';
    /** `docker network rm` prints a final `exit status 1` line on failure (CLI 28+). */
    readonly networkRmExitStatusLine: boolean;
    /** v4 and v6 bindings of one mapping share one allocation and sort order (v27+, §6.3). */
    readonly portAllocation: 'v27' | 'legacy';
    /** Container inspect `NetworkSettings` layout (§9.3). */
    readonly containerInspectLayout: 'v24' | 'v25' | 'v29';
    /** Per-network EndpointSettings field order (§9.3). */
    readonly endpointSettingsLayout: 'v24' | 'v25' | 'v27' | 'v28' | 'v29';
    /** `Aliases` holds only user aliases (API ≥ 1.45) and `DNSNames` exists (v25+). */
    readonly dnsNames: boolean;
    /** `docker port` missing mapping: `Error: No public port …` (≤v28) or `no public port …` (v29). */
    readonly portMissingWording: 'old' | 'v29';
    /** `container:` empty target message capitalisation (v28+ lower-case). */
    readonly invalidNetworkModeLowercase: boolean;
    /**
     * `--network container:<x>` at start (§4.4): `legacy` says `cannot join network of a non
     * running container: <id>` and a bare `No such container`; `v28` (moby#49367) names the
     * donor and its state, and prefixes a missing donor with `joining network namespace of container: `.
     */
    readonly donorErrorWording: 'legacy' | 'v28';
    /** `--mac-address` with `--network host` is refused (container-wide MAC, API < 1.44). */
    readonly macConflictsWithHostMode: boolean;
    /** CLI ≤v24 silently drops `--ip`/`--ip6` when no `--network` is given (§4.2). */
    readonly cliDropsIpWithoutNetwork: boolean;
    /** CLI ≤v27 refuses `--link` with an explicitly named built-in network mode (§4.3). */
    readonly cliLinksOnNamedBuiltinRefused: boolean;
    /** The CLI parses `--ip`/`--ip6` as IP flags (pflag error before the daemon sees them; CLI v29, §4.2). */
    readonly cliParsesIpFlags: boolean;
    /** `HostConfig.NetworkMode` shows `bridge` for the default (v26.1+) rather than `default`. */
    readonly defaultNetworkModeName: 'default' | 'bridge';
}
/** The profile record for an id. */
export declare const profileFor: (id: ProfileId) => EngineProfile;
/** Type guard for profile ids coming from user input. */
export declare const isProfileId: (s: string) => s is ProfileId;
//# sourceMappingURL=profile.d.ts.map