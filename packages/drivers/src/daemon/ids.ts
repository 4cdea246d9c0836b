/**
 * Deterministic identifiers for one decided command: every id derives from
 * (seed, kind, nonce, index), so replays give byte-identical results.
 */
import { hexId, randomMac, vethName, type DecideContext, type HexIdKind } from '@docknet/core';

/** Up to this many ids of one kind per command. */
const PER_COMMAND = 64;

export interface DaemonIds {
  /** A 64-hex id (container, network, endpoint, sandbox…); `index` distinguishes several in one command. */
  hex(kind: HexIdKind, index?: number): string;
  veth(index: number): string;
  mac(index: number): string;
  /** A counter unique to this command (for names and pids). */
  readonly serial: number;
}

export const idsFor = (ctx: DecideContext): DaemonIds => {
  const n = (index: number) => ctx.nonce * PER_COMMAND + index;
  return {
    hex: (kind, index = 0) => hexId(ctx.state.seed, kind, n(index)),
    veth: (index) => vethName(ctx.state.seed, n(index)),
    mac: (index) => randomMac(ctx.state.seed, n(index)),
    serial: ctx.nonce,
  };
};
