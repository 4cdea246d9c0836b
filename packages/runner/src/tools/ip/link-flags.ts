/** Interface flags as `ip` and `ifconfig` name them. */
import type { Link } from '../links/link.js';

/** Kernel IFF_* bits (linux/if.h). */
export const IFF = { UP: 0x1, BROADCAST: 0x2, LOOPBACK: 0x8, RUNNING: 0x40, MULTICAST: 0x1000 } as const;

/** The `ifi_flags` of a link (IFF_RUNNING = carrier). */
export const flagBits = (link: Link): number => {
  let bits = link.up ? IFF.UP : 0;
  bits |= link.kind === 'loopback' ? IFF.LOOPBACK : IFF.BROADCAST | IFF.MULTICAST;
  if (link.up && link.carrier) bits |= IFF.RUNNING;
  return bits;
};

/** `LOOPBACK,UP,LOWER_UP` or `NO-CARRIER,BROADCAST,MULTICAST,UP` (iproute2 and busybox order). */
export const ipLinkFlags = (link: Link): string => {
  const names: string[] = [];
  if (link.up && !link.carrier) names.push('NO-CARRIER');
  if (link.kind === 'loopback') names.push('LOOPBACK');
  else names.push('BROADCAST', 'MULTICAST');
  if (link.up) names.push('UP');
  if (link.up && link.carrier) names.push('LOWER_UP');
  return names.join(',');
};

/** Operational state: loopback reports UNKNOWN. */
export const operState = (link: Link): string => {
  if (link.kind === 'loopback') return 'UNKNOWN';
  return link.up && link.carrier ? 'UP' : 'DOWN';
};
