/** From a {@link LineSpec} to the docker command line a user would type, against the current state. */
import type { EngineState } from '@docknet/core';
import { ipv4Block, ipv4Text } from '../invariants/ipv4-block.js';
import type { LineSpec, SubnetOffset } from './line-spec.js';

/** Where `--ip` points when the network is unknown or has no IPv4 subnet: still an address, so Docker's refusal shows. */
const FALLBACK_SUBNET = '10.99.0.0/24';

/** The address `offset` into the first IPv4 subnet of network `name` on `host`. */
export const addressAt = (state: EngineState, host: string, name: string, offset: SubnetOffset): string => {
  const h = state.hosts.get(host);
  const id = h?.networkIdsByName.get(name);
  const network = id === undefined ? undefined : h?.networks.get(id);
  const subnet = (network?.ipam.config ?? []).map((e) => ipv4Block(e.subnet)).find((b) => b !== undefined) ?? ipv4Block(FALLBACK_SUBNET);
  if (subnet === undefined) return '10.99.0.1';
  const k = ((offset % subnet.size) + subnet.size) % subnet.size;
  return ipv4Text(subnet.first + k);
};

/** The offset as a reader sees it in a counterexample's description. */
const describeOffset = (offset: SubnetOffset): string => (offset < 0 ? `end${offset}` : `+${offset}`);

const render = (spec: LineSpec, ip: (network: string, offset: SubnetOffset) => string): string => {
  switch (spec.kind) {
    case 'network-create':
      return ['docker network create', ...spec.flags, spec.name].join(' ');
    case 'network-rm':
      return `docker network rm ${spec.name}`;
    case 'run': {
      const words = [spec.create ? 'docker create' : 'docker run', spec.create ? (spec.interactive ? '-it' : '') : spec.interactive ? '-itd' : '-d'];
      words.push('--name', spec.name);
      if (spec.network !== undefined) {
        words.push('--network', spec.network.ref);
        if (spec.network.ip !== undefined) words.push('--ip', ip(spec.network.ref, spec.network.ip));
      }
      for (const p of spec.publish) words.push('-p', p);
      if (spec.publishAll) words.push('-P');
      words.push(spec.image);
      return words.filter((w) => w !== '').join(' ');
    }
    case 'lifecycle':
      return `docker ${spec.verb} ${spec.name}`;
    case 'rm':
      return `docker rm ${spec.force ? '-f ' : ''}${spec.name}`;
    case 'rename':
      return `docker rename ${spec.name} ${spec.to}`;
    case 'connect':
      return `docker network connect ${spec.ip === undefined ? '' : `--ip ${ip(spec.network, spec.ip)} `}${spec.network} ${spec.name}`;
    case 'disconnect':
      return `docker network disconnect ${spec.force ? '-f ' : ''}${spec.network} ${spec.name}`;
    case 'query':
      return spec.line;
  }
};

/** The line to run now: `--ip` offsets resolved against `state`. */
export const renderLine = (spec: LineSpec, state: EngineState): string => render(spec, (network, offset) => addressAt(state, spec.host, network, offset));

/** The line with unresolved offsets (`--ip <n0+5>`), for fast-check's reports. */
export const describeLine = (spec: LineSpec): string => render(spec, (network, offset) => `<${network}${describeOffset(offset)}>`);
