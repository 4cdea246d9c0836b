/**
 * The nat table Docker programs (docker-facts.md §6.7, moby `setup_ip_tables_linux.go`,
 * `port_mapping_linux.go`, and the iptablesdoc/iptabler golden files): a DOCKER chain
 * jumped to from PREROUTING and OUTPUT for local destinations, one MASQUERADE per bridge
 * network that masquerades (newest network first), and one DNAT per published IPv4
 * binding. Engines up to v27 also add a `-i <bridge> -j RETURN` per network and a hairpin
 * MASQUERADE per published port; v28 dropped both (with the userland proxy on).
 */
import type { EngineProfile, HostState, NetworkState } from '@docknet/core';
import { ipv4Subnet, masqueradeEnabled } from '@docknet/drivers';

export interface NatRule {
  readonly chain: 'PREROUTING' | 'OUTPUT' | 'POSTROUTING' | 'DOCKER';
  readonly target: 'DOCKER' | 'MASQUERADE' | 'RETURN' | 'DNAT';
  readonly proto?: 'tcp' | 'udp' | 'sctp';
  readonly source?: string;
  readonly destination?: string;
  readonly notDestination?: string;
  readonly inInterface?: string;
  readonly notInInterface?: string;
  readonly notOutInterface?: string;
  readonly dport?: number;
  readonly addrtypeLocal?: boolean;
  readonly toDestination?: string;
}

export const NAT_CHAINS = ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'] as const;

const natNetworks = (host: HostState): NetworkState[] =>
  [...host.networks.values()]
    .filter((n) => n.driver === 'bridge' && n.bridge !== undefined && !n.internal && ipv4Subnet(n) !== undefined)
    .reverse();

export const natRules = (profile: EngineProfile, host: HostState): NatRule[] => {
  // ≤v27 still writes the per-bridge RETURN and hairpin MASQUERADE rules.
  const legacy = profile.natLayout === 'v27';
  const rules: NatRule[] = [
    { chain: 'PREROUTING', target: 'DOCKER', addrtypeLocal: true },
    { chain: 'OUTPUT', target: 'DOCKER', notDestination: '127.0.0.0/8', addrtypeLocal: true },
  ];
  const networks = natNetworks(host);
  for (const n of networks) {
    const v4 = ipv4Subnet(n);
    if (v4 !== undefined && n.bridge !== undefined && masqueradeEnabled(n)) {
      rules.push({ chain: 'POSTROUTING', target: 'MASQUERADE', source: v4.subnet, notOutInterface: n.bridge.name });
    }
  }
  if (legacy) for (const n of networks) if (n.bridge !== undefined) rules.push({ chain: 'DOCKER', target: 'RETURN', inInterface: n.bridge.name });
  const byPid = [...host.containers.values()].filter((c) => c.published.length > 0).sort((a, b) => a.pid - b.pid);
  for (const container of byPid) {
    const endpoint = [...container.attachments.values()]
      .map((a) => a.endpoint)
      .find((e) => e?.ipv4 !== undefined && e.gateway !== undefined);
    const network = endpoint === undefined ? undefined : host.networks.get(endpoint.networkId);
    if (endpoint?.ipv4 === undefined || network?.bridge === undefined) continue;
    for (const binding of container.published) {
      if (binding.hostIp.includes(':')) continue;
      const specific = binding.hostIp !== '0.0.0.0' && binding.hostIp !== '';
      if (legacy) {
        rules.push({
          chain: 'POSTROUTING',
          target: 'MASQUERADE',
          proto: binding.proto,
          source: `${endpoint.ipv4}/32`,
          destination: `${endpoint.ipv4}/32`,
          dport: binding.containerPort,
        });
      }
      rules.push({
        chain: 'DOCKER',
        target: 'DNAT',
        proto: binding.proto,
        ...(specific ? { destination: `${binding.hostIp}/32` } : {}),
        notInInterface: network.bridge.name,
        dport: binding.hostPort,
        toDestination: `${endpoint.ipv4}:${binding.containerPort}`,
      });
    }
  }
  return rules;
};
