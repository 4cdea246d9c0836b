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

export const PROFILE_IDS: readonly ProfileId[] = ['20.10', '27', '28', '29'];
export const DEFAULT_PROFILE: ProfileId = '28';

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
  /** nat table: ≤v27 adds the per-bridge `-i docker0 -j RETURN` and hairpin MASQUERADE rules (§6.7). */
  readonly natLayout: 'v27' | 'v28';
  /** How a start fails when the command is missing: runc's message as each release wraps it. */
  readonly missingExecutableWording: 'shim' | 'task' | 'task-init';
  /** `/etc/resolv.conf` written by the v25+ generator (header, trailer comments). */
  readonly resolvConfGenerated: boolean;
  /** `/etc/hosts` IPv6 lines written even when the container has no IPv6 (≤v25). */
  readonly etcHostsIpv6Always: boolean;
  /**
   * The swarm CLI's wording: `legacy` (≤20.10) prints `verify: Service converged` and
   * `Error: No such service: x`; `current` prints `verify: Service <id> converged` and the
   * daemon's `service x not found`.
   */
  readonly swarmCliWording: 'legacy' | 'current';
}

const base28: EngineProfile = {
  id: '28',
  engineVersion: '28.5.2',
  apiVersion: '1.51',
  subnetPick: 'lowest-free',
  reservedAddresses: 'v27',
  macAddress: 'random',
  ipv6UlaPool: true,
  networkInspectEnableIPv4: true,
  networkInspectV29Layout: false,
  showGatewayForUserSubnet: false,
  ipCheckedAt: 'create',
  ipWithoutUserSubnet: false,
  hyphenatedWording: false,
  activeEndpointsError: 'endpoint-names',
  poolRequestPrefix: true,
  daemonValidatesIpam: true,
  ifaceIndex: 'lowest-free',
  etcHostsShortIPv6: true,
  linkEnvVars: true,
  hostNetworkNewWording: true,
  startErrorPrefix: true,
  cliErrorFooter: 'run',
  psIPv6: 'brackets',
  networkRmExitStatusLine: true,
  portAllocation: 'v27',
  containerInspectLayout: 'v25',
  endpointSettingsLayout: 'v28',
  dnsNames: true,
  portMissingWording: 'old',
  invalidNetworkModeLowercase: true,
  defaultNetworkModeName: 'bridge',
  cliParsesIpFlags: false,
  cliDropsIpWithoutNetwork: false,
  cliLinksOnNamedBuiltinRefused: false,
  donorErrorWording: 'v28',
  macConflictsWithHostMode: false,
  natLayout: 'v28',
  missingExecutableWording: 'task-init',
  resolvConfGenerated: true,
  etcHostsIpv6Always: false,
  swarmCliWording: 'current',
};

const PROFILES: Readonly<Record<ProfileId, EngineProfile>> = {
  '20.10': {
    ...base28,
    id: '20.10',
    engineVersion: '20.10.24',
    apiVersion: '1.41',
    subnetPick: 'round-robin',
    reservedAddresses: 'legacy',
    macAddress: 'from-ipv4',
    ipv6UlaPool: false,
    networkInspectEnableIPv4: false,
    ipCheckedAt: 'start',
    activeEndpointsError: 'network-id',
    poolRequestPrefix: false,
    daemonValidatesIpam: false,
    ifaceIndex: 'increasing',
    etcHostsShortIPv6: false,
    hostNetworkNewWording: false,
    startErrorPrefix: false,
    cliErrorFooter: 'see',
    psIPv6: 'colons',
    networkRmExitStatusLine: false,
    portAllocation: 'legacy',
    containerInspectLayout: 'v24',
    endpointSettingsLayout: 'v24',
    dnsNames: false,
    invalidNetworkModeLowercase: false,
    defaultNetworkModeName: 'default',
    donorErrorWording: 'legacy',
    macConflictsWithHostMode: true,
    cliDropsIpWithoutNetwork: true,
    cliLinksOnNamedBuiltinRefused: true,
    natLayout: 'v27',
    missingExecutableWording: 'shim',
    resolvConfGenerated: false,
    etcHostsIpv6Always: true,
    swarmCliWording: 'legacy',
  },
  '27': {
    ...base28,
    id: '27',
    engineVersion: '27.5.1',
    apiVersion: '1.47',
    macAddress: 'from-ipv4',
    networkInspectEnableIPv4: false,
    activeEndpointsError: 'network-id',
    ifaceIndex: 'increasing',
    etcHostsShortIPv6: false,
    hostNetworkNewWording: false,
    startErrorPrefix: false,
    cliErrorFooter: 'see',
    psIPv6: 'mixed',
    networkRmExitStatusLine: false,
    endpointSettingsLayout: 'v27',
    invalidNetworkModeLowercase: false,
    donorErrorWording: 'legacy',
    cliLinksOnNamedBuiltinRefused: true,
    natLayout: 'v27',
    missingExecutableWording: 'task',
  },
  '28': base28,
  '29': {
    ...base28,
    id: '29',
    engineVersion: '29.7.2',
    apiVersion: '1.52',
    networkInspectV29Layout: true,
    showGatewayForUserSubnet: true,
    ipWithoutUserSubnet: true,
    hyphenatedWording: true,
    linkEnvVars: false,
    containerInspectLayout: 'v29',
    endpointSettingsLayout: 'v29',
    portMissingWording: 'v29',
    cliParsesIpFlags: true,
  },
};

/** The profile record for an id. */
export const profileFor = (id: ProfileId): EngineProfile => PROFILES[id];

/** Type guard for profile ids coming from user input. */
export const isProfileId = (s: string): s is ProfileId =>
  (PROFILE_IDS as readonly string[]).includes(s);
