/**
 * Which networking tools an image (or the host) ships, and in which flavour: the same
 * command prints differently from busybox, net-tools 1.60 (`inet addr:`), net-tools 2.x
 * (`inet 172.17.0.2  netmask …`), iproute2, iputils and curl. Images name a flavour in the
 * catalogue (`tools:`); a tool absent from the set is a missing executable.
 */

export interface ToolSet {
  /** The shell: busybox `ash`, or bash with dash as `/bin/sh` (Debian, Ubuntu). */
  readonly shell: 'ash' | 'bash';
  readonly ifconfig?: 'busybox' | 'net-tools-old' | 'net-tools';
  readonly ip?: 'busybox' | 'iproute2';
  readonly route?: 'busybox' | 'net-tools-old' | 'net-tools';
  /** iputils before 2018 says `unknown host`; later `Name or service not known`. */
  readonly ping?: 'busybox' | 'iputils-old' | 'iputils';
  readonly hostname?: 'busybox' | 'gnu';
  readonly nslookup?: 'busybox';
  readonly getent?: 'glibc' | 'musl';
  /** curl 7.29 (CentOS 7) words connection errors differently from modern curl. */
  readonly curl?: 'curl-7.29' | 'curl';
  readonly wget?: 'busybox' | 'gnu';
  readonly brctl?: 'bridge-utils';
  readonly bridge?: 'iproute2';
  readonly iptables?: 'iptables';
}

const BUSYBOX: ToolSet = {
  shell: 'ash',
  ifconfig: 'busybox',
  ip: 'busybox',
  route: 'busybox',
  ping: 'busybox',
  hostname: 'busybox',
  nslookup: 'busybox',
  wget: 'busybox',
};

const MINIMAL: ToolSet = { shell: 'bash', hostname: 'gnu', getent: 'glibc' };

/**
 * Tool flavours by name. The first five are the names a scenario's `images:` may use;
 * the rest describe built-in images precisely.
 */
export const TOOL_FLAVOURS: Readonly<Record<string, ToolSet>> = {
  busybox: BUSYBOX,
  'net-tools-old': { ...MINIMAL, ifconfig: 'net-tools-old', route: 'net-tools-old', ip: 'iproute2', ping: 'iputils-old' },
  'net-tools': { ...MINIMAL, ifconfig: 'net-tools', route: 'net-tools', ip: 'iproute2', ping: 'iputils', curl: 'curl' },
  iproute2: { ...MINIMAL, ip: 'iproute2', ping: 'iputils', curl: 'curl' },
  minimal: MINIMAL,
  // Alpine is busybox plus musl's getent.
  alpine: { ...BUSYBOX, getent: 'musl' },
  // CentOS 6: net-tools 1.60, iputils, an old curl.
  centos6: { ...MINIMAL, ifconfig: 'net-tools-old', route: 'net-tools-old', ip: 'iproute2', ping: 'iputils-old', curl: 'curl-7.29' },
  // CentOS 7 ships iproute and iputils but no net-tools.
  centos7: { ...MINIMAL, ip: 'iproute2', ping: 'iputils-old', curl: 'curl-7.29' },
  centos8: { ...MINIMAL, ip: 'iproute2', ping: 'iputils', curl: 'curl' },
  // Images that add only curl to a minimal base (nginx on Debian, Fedora).
  'minimal-curl': { ...MINIMAL, curl: 'curl' },
  // Images built on buildpack-deps (node, python): curl and GNU wget.
  buildpack: { ...MINIMAL, curl: 'curl', wget: 'gnu' },
  // The Docker host: an Ubuntu 22.04 machine with the usual admin tools.
  host: {
    shell: 'bash',
    ifconfig: 'net-tools',
    ip: 'iproute2',
    route: 'net-tools',
    ping: 'iputils',
    hostname: 'gnu',
    getent: 'glibc',
    curl: 'curl',
    wget: 'gnu',
    brctl: 'bridge-utils',
    bridge: 'iproute2',
    iptables: 'iptables',
  },
};

/** The tool set of a flavour name; unknown names get busybox (the generic image). */
export const toolSetOf = (flavour: string): ToolSet => (Object.hasOwn(TOOL_FLAVOURS, flavour) ? TOOL_FLAVOURS[flavour] : undefined) ?? BUSYBOX;
