/**
 * A network interface as the kernel reports it, the one model every view prints from
 * (`ip`, `ifconfig`, `brctl`, `bridge`), so indexes, MACs, MTUs and flags agree across views.
 */

export interface LinkAddress {
  readonly family: 4 | 6;
  readonly ip: string;
  readonly prefixLength: number;
  readonly broadcast?: string;
  readonly scope: 'host' | 'global' | 'link';
}

export type LinkKind = 'loopback' | 'ether' | 'bridge' | 'veth';

export interface Link {
  readonly index: number;
  readonly name: string;
  readonly kind: LinkKind;
  /** veth peer: its index, shown as `@if<N>` (the peer lives in another namespace). */
  readonly peerIndex?: number;
  readonly mac: string;
  readonly mtu: number;
  readonly up: boolean;
  /** Lower layer up (a cable, a veth peer, a bridge port). */
  readonly carrier: boolean;
  readonly qdisc: string;
  /** Transmit queue length (0 for veths and bridges). */
  readonly qlen: number;
  /** The bridge a veth is enslaved to. */
  readonly master?: string;
  /** Id of the peer's namespace as seen from this one (`link-netnsid`). */
  readonly netnsId?: number;
  readonly addresses: readonly LinkAddress[];
}

/** Interface statistics. Nothing is transmitted in a simulation, so every counter is 0. */
export interface LinkStats {
  readonly rxPackets: number;
  readonly rxBytes: number;
  readonly txPackets: number;
  readonly txBytes: number;
}

export const ZERO_STATS: LinkStats = { rxPackets: 0, rxBytes: 0, txPackets: 0, txBytes: 0 };
