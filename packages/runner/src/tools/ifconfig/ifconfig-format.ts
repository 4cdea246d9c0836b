/**
 * `ifconfig` blocks in three flavours: net-tools 2.x (`inet 172.17.0.2  netmask …`),
 * net-tools 1.60 (`inet addr:172.17.0.2  Bcast:…`, Ubuntu 14.04, CentOS 6) and busybox
 * (the 1.60 layout with an upper-case HWaddr). Counters are 0 (nothing is transmitted).
 */
import type { Link } from '../links/link.js';
import { netmask } from '../links/ipv4-math.js';
import { flagBits } from '../ip/link-flags.js';

export type IfconfigFlavour = 'net-tools' | 'net-tools-old' | 'busybox';

const NEW_FLAG_NAMES: readonly (readonly [number, string])[] = [
  [0x1, 'UP'],
  [0x2, 'BROADCAST'],
  [0x8, 'LOOPBACK'],
  [0x40, 'RUNNING'],
  [0x1000, 'MULTICAST'],
];

const flagNames = (link: Link): string[] => {
  const bits = flagBits(link);
  return NEW_FLAG_NAMES.filter(([bit]) => (bits & bit) !== 0).map(([, name]) => name);
};

const scopeId = (scope: string): string => (scope === 'link' ? '0x20<link>' : scope === 'host' ? '0x10<host>' : '0x0<global>');

const newFormat = (link: Link): string => {
  const lines = [`${link.name}: flags=${flagBits(link)}<${flagNames(link).join(',')}>  mtu ${link.mtu}`];
  const v4 = link.addresses.find((a) => a.family === 4);
  if (v4 !== undefined) {
    lines.push(`        inet ${v4.ip}  netmask ${netmask(v4.prefixLength)}${v4.broadcast === undefined ? '' : `  broadcast ${v4.broadcast}`}`);
  }
  for (const a of link.addresses.filter((x) => x.family === 6)) {
    lines.push(`        inet6 ${a.ip}  prefixlen ${a.prefixLength}  scopeid ${scopeId(a.scope)}`);
  }
  lines.push(
    link.kind === 'loopback' ? `        loop  txqueuelen ${link.qlen}  (Local Loopback)` : `        ether ${link.mac}  txqueuelen ${link.qlen}  (Ethernet)`,
    '        RX packets 0  bytes 0 (0.0 B)',
    '        RX errors 0  dropped 0  overruns 0  frame 0',
    '        TX packets 0  bytes 0 (0.0 B)',
    '        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0',
  );
  return `${lines.join('\n')}\n\n`;
};

const OLD_SCOPE: Readonly<Record<string, string>> = { link: 'Link', host: 'Host', global: 'Global' };

const oldFormat = (link: Link, upperMac: boolean): string => {
  // `%-9.9s`: names longer than 9 characters are cut.
  const name = link.name.slice(0, 9).padEnd(9);
  const mac = upperMac ? link.mac.toUpperCase() : link.mac;
  const lines = [
    link.kind === 'loopback' ? `${name} Link encap:Local Loopback  ` : `${name} Link encap:Ethernet  HWaddr ${mac}  `,
  ];
  const v4 = link.addresses.find((a) => a.family === 4);
  if (v4 !== undefined) {
    const bcast = v4.broadcast === undefined ? '' : `  Bcast:${v4.broadcast}`;
    lines.push(`          inet addr:${v4.ip}${bcast}  Mask:${netmask(v4.prefixLength)}`);
  }
  for (const a of link.addresses.filter((x) => x.family === 6)) {
    lines.push(`          inet6 addr: ${a.ip}/${a.prefixLength} Scope:${OLD_SCOPE[a.scope] ?? 'Unknown'}`);
  }
  const flags = flagNames(link).join(' ');
  lines.push(
    `          ${flags}  MTU:${link.mtu}  Metric:1`,
    '          RX packets:0 errors:0 dropped:0 overruns:0 frame:0',
    '          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0',
    `          collisions:0 txqueuelen:${link.qlen} `,
    '          RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)',
  );
  return `${lines.join('\n')}\n\n`;
};

export const formatIfconfig = (link: Link, flavour: IfconfigFlavour): string =>
  flavour === 'net-tools' ? newFormat(link) : oldFormat(link, flavour === 'busybox');
