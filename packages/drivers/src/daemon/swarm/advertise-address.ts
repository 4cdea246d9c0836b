/**
 * The address a node advertises to the swarm (moby `daemon/cluster/listen_addr.go`):
 * `--advertise-addr` as an IP or an interface name, optionally with a port; without it, the
 * host's only non-Docker IPv4 address, or an error naming two candidates.
 */
import * as E from 'fp-ts/lib/Either.js';
import { daemonError, type DockerError, type HostState } from '@docknet/core';
import { ipFamily } from '../ipam-adapter.js';
import { swarmMsg } from './swarm-messages.js';

/** The swarm's default port: `ADDR` and `ADDR:2377` are the same node. */
export const SWARM_PORT = 2377;

/** `192.168.1.5:2377` → `192.168.1.5`; `[fe80::1]:2377` → `fe80::1`; a bare address is returned as is. */
export const hostPart = (addr: string): string => {
  if (addr.startsWith('[')) {
    const end = addr.indexOf(']');
    return end === -1 ? addr : addr.slice(1, end);
  }
  const colon = addr.lastIndexOf(':');
  return colon !== -1 && addr.indexOf(':') === colon ? addr.slice(0, colon) : addr;
};

const addressOf = (cidr: string): string => cidr.slice(0, cidr.indexOf('/') === -1 ? cidr.length : cidr.indexOf('/'));

/** Resolves the address the node advertises. */
export const advertiseAddress = (host: HostState, requested: string | undefined): E.Either<DockerError, string> => {
  const candidates = host.interfaces.flatMap((i) => (i.ipv4 === undefined ? [] : [{ ip: addressOf(i.ipv4), name: i.name }]));
  if (requested !== undefined && requested !== '') {
    const bare = hostPart(requested);
    if (ipFamily(bare) !== undefined) return E.right(bare);
    const nic = host.interfaces.find((i) => i.name === bare);
    if (nic?.ipv4 !== undefined) return E.right(addressOf(nic.ipv4));
    if (nic !== undefined) return E.left(daemonError(swarmMsg.noUsableAddress(bare), 'invalid-parameter'));
    return E.left(daemonError(swarmMsg.badAdvertiseAddress, 'invalid-parameter'));
  }
  const [first, second] = candidates;
  if (first === undefined) return E.left(daemonError(swarmMsg.noAdvertiseAddress, 'invalid-parameter'));
  if (second !== undefined) return E.left(daemonError(swarmMsg.multipleAddresses(first, second), 'invalid-parameter'));
  return E.right(first.ip);
};
