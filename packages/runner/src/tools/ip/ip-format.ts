/**
 * `ip addr`, `ip link` and `ip route` output in the two flavours images ship:
 * iproute2 (`ipaddress.c print_linkinfo`/`print_addrinfo`) and busybox's `ip` applet
 * (`networking/libiproute/ipaddress.c`), trailing spaces included.
 */
import type { Link, LinkAddress } from '../links/link.js';
import type { Route } from '../links/routes.js';
import { ipLinkFlags, operState } from './link-flags.js';

export type IpFlavour = 'iproute2' | 'busybox';

export interface LinkLineOptions {
  /** `ip link` prints `mode DEFAULT` (iproute2). */
  readonly linkMode: boolean;
  /** A family filter (`-4`/`-6`) hides the `link/ether` line. */
  readonly showLinkLayer: boolean;
}

const peerSuffix = (link: Link): string => (link.peerIndex === undefined ? '' : `@if${link.peerIndex}`);

const linkLayer = (link: Link, flavour: IpFlavour): string => {
  const type = link.kind === 'loopback' ? 'loopback' : 'ether';
  const brd = link.kind === 'loopback' ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff';
  const netns = flavour === 'iproute2' && link.netnsId !== undefined ? ` link-netnsid ${link.netnsId}` : '';
  return `    link/${type} ${link.mac} brd ${brd}${netns}\n`;
};

export const formatLinkLine = (link: Link, flavour: IpFlavour, options: LinkLineOptions): string => {
  let head: string;
  if (flavour === 'iproute2') {
    head =
      `${link.index}: ${link.name}${peerSuffix(link)}: <${ipLinkFlags(link)}> mtu ${link.mtu} qdisc ${link.qdisc} ` +
      `${link.master === undefined ? '' : `master ${link.master} `}state ${operState(link)} ` +
      `${options.linkMode ? 'mode DEFAULT ' : ''}group default ${link.qlen > 0 ? `qlen ${link.qlen}` : ''}\n`;
  } else {
    // busybox marks a link whose peer it cannot see (a veth's other end) with M-DOWN.
    const mDown = link.peerIndex === undefined ? '' : ',M-DOWN';
    head =
      `${link.index}: ${link.name}${peerSuffix(link)}: <${ipLinkFlags(link)}${mDown}> mtu ${link.mtu} qdisc ${link.qdisc} ` +
      `${link.master === undefined ? '' : `master ${link.master} `}state ${operState(link)} ${link.qlen > 0 ? `qlen ${link.qlen}` : ''}\n`;
  }
  return options.showLinkLayer ? head + linkLayer(link, flavour) : head;
};

export const formatAddressLines = (link: Link, address: LinkAddress): string => {
  const family = address.family === 4 ? 'inet' : 'inet6';
  const brd = address.broadcast === undefined ? '' : `brd ${address.broadcast} `;
  const label = address.family === 4 ? link.name : '';
  return `    ${family} ${address.ip}/${address.prefixLength} ${brd}scope ${address.scope} ${label}\n       valid_lft forever preferred_lft forever\n`;
};

const destination = (route: Route): string => (route.prefixLength === 0 ? 'default' : `${route.destination}/${route.prefixLength}`);

export const formatRoute = (route: Route, flavour: IpFlavour, isHost: boolean): string => {
  if (route.gateway !== undefined) {
    return `${destination(route)} via ${route.gateway} dev ${route.device} ${isHost && flavour === 'iproute2' ? 'proto static ' : ''}\n`;
  }
  const src = route.source === undefined ? '' : route.source;
  if (flavour === 'busybox') return `${destination(route)} dev ${route.device} scope link  src ${src} \n`;
  return `${destination(route)} dev ${route.device} proto kernel scope link src ${src} ${route.linkdown ? 'linkdown ' : ''}\n`;
};
