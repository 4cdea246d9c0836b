/**
 * The nat table Docker programs (docker-facts.md §6.7, moby `setup_ip_tables_linux.go`,
 * `port_mapping_linux.go`, and the iptablesdoc/iptabler golden files): a DOCKER chain
 * jumped to from PREROUTING and OUTPUT for local destinations, one MASQUERADE per bridge
 * network that masquerades (newest network first), and one DNAT per published IPv4
 * binding. Engines up to v27 also add a `-i <bridge> -j RETURN` per network and a hairpin
 * MASQUERADE per published port; v28 dropped both (with the userland proxy on).
 *
 * A swarm node with services publishing ports through the routing mesh also has libnetwork's
 * ingress rules (`service_linux.go` `programIngress`): a DOCKER-INGRESS chain jumped to
 * first from PREROUTING and OUTPUT for local destinations, one DNAT per published port to
 * the node's ingress sandbox on docker_gwbridge (inserted, so the newest first) before a
 * final RETURN, and a MASQUERADE of locally sourced traffic out of docker_gwbridge.
 */
import type { EngineProfile, EngineState, HostState, NetworkState } from '@docknet/core';
import { GWBRIDGE_NAME, INGRESS_SANDBOX, clusterOf, ipv4Subnet, masqueradeEnabled } from '@docknet/drivers';

export const INGRESS_CHAIN = 'DOCKER-INGRESS';

export interface NatRule {
  readonly chain: 'PREROUTING' | 'OUTPUT' | 'POSTROUTING' | 'DOCKER' | typeof INGRESS_CHAIN;
  readonly target: 'DOCKER' | 'MASQUERADE' | 'RETURN' | 'DNAT' | typeof INGRESS_CHAIN;
  readonly proto?: 'tcp' | 'udp' | 'sctp';
  readonly source?: string;
  readonly destination?: string;
  readonly notDestination?: string;
  readonly inInterface?: string;
  readonly notInInterface?: string;
  readonly outInterface?: string;
  readonly notOutInterface?: string;
  readonly dport?: number;
  readonly addrtypeLocal?: boolean;
  /** `-m addrtype --src-type LOCAL`. */
  readonly srcTypeLocal?: boolean;
  readonly toDestination?: string;
}

export const NAT_CHAINS = ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'] as const;

const natNetworks = (host: HostState): NetworkState[] =>
  [...host.networks.values()]
    .filter((n) => n.driver === 'bridge' && n.bridge !== undefined && !n.internal && ipv4Subnet(n) !== undefined)
    .reverse();

/** The node's ingress sandbox address on docker_gwbridge, where the mesh DNATs to. */
const ingressSandboxIp = (host: HostState): string | undefined => {
  const gw = [...host.networks.values()].find((n) => n.name === GWBRIDGE_NAME && n.driver === 'bridge');
  return [...(gw?.endpoints.values() ?? [])].find((e) => e.containerId === INGRESS_SANDBOX)?.ipv4;
};

/** The routing mesh's rules on a node, or none when its cluster publishes nothing. */
export const ingressRules = (host: HostState, state: EngineState | undefined): NatRule[] => {
  const sandbox = ingressSandboxIp(host);
  const ports = [...(clusterOf(state, host)?.services.values() ?? [])].flatMap((s) => s.ports.filter((p) => p.publishMode === 'ingress'));
  if (sandbox === undefined || ports.length === 0) return [];
  const dnat = ports.map((p): NatRule => ({
    chain: INGRESS_CHAIN,
    target: 'DNAT',
    proto: p.protocol,
    dport: p.publishedPort,
    toDestination: `${sandbox}:${p.publishedPort}`,
  }));
  return [
    { chain: 'PREROUTING', target: INGRESS_CHAIN, addrtypeLocal: true },
    { chain: 'OUTPUT', target: INGRESS_CHAIN, addrtypeLocal: true },
    { chain: 'POSTROUTING', target: 'MASQUERADE', outInterface: GWBRIDGE_NAME, srcTypeLocal: true },
    ...dnat.reverse(),
    { chain: INGRESS_CHAIN, target: 'RETURN' },
  ];
};

export const natRules = (profile: EngineProfile, host: HostState, state?: EngineState): NatRule[] => {
  const ingress = ingressRules(host, state);
  const inserted = (chain: NatRule['chain']): NatRule[] => ingress.filter((r) => r.chain === chain && chain !== INGRESS_CHAIN);
  return [...inserted('PREROUTING'), ...inserted('OUTPUT'), ...inserted('POSTROUTING'), ...dockerRules(profile, host), ...ingress.filter((r) => r.chain === INGRESS_CHAIN)];
};

const dockerRules = (profile: EngineProfile, host: HostState): NatRule[] => {
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
