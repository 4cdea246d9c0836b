/**
 * `iptables -t nat -L [CHAIN] [-n]` and `iptables -t nat -S [CHAIN]` over the rules Docker
 * programs. The listing layout is the iptables binary's (`print_header`/`print_firewall`):
 * interface matches are hidden without `-v`, and without `-n` addresses print as
 * `anywhere`/`loopback/8` and ports by service name (Ubuntu's /etc/services, netbase).
 * Only the nat table is simulated.
 */
import { fail, ok, type CliResult } from '../../docker/cli-result.js';
import type { ToolContext } from '../tool-context.js';
import { INGRESS_CHAIN, NAT_CHAINS, natRules, type NatRule } from './nat-rules.js';

/** The service names netbase's /etc/services gives the ports tutorials publish. */
const SERVICES: Readonly<Record<number, string>> = {
  21: 'ftp',
  22: 'ssh',
  25: 'smtp',
  53: 'domain',
  80: 'http',
  110: 'pop3',
  143: 'imap2',
  443: 'https',
  3306: 'mysql',
  5432: 'postgresql',
  8080: 'http-alt',
  8081: 'tproxy',
  27017: 'mongodb',
};

const USER_CHAINS: readonly string[] = ['DOCKER', INGRESS_CHAIN];

/** Built-in chains, then the user chains that exist (DOCKER always; DOCKER-INGRESS on a mesh node). */
const chainsOf = (rules: readonly NatRule[]): string[] => [...NAT_CHAINS, 'DOCKER', ...(rules.some((r) => r.chain === INGRESS_CHAIN) ? [INGRESS_CHAIN] : [])];

const ruleSpec = (r: NatRule): string => {
  const parts = [`-A ${r.chain}`];
  if (r.source !== undefined) parts.push(`-s ${r.source}`);
  if (r.destination !== undefined) parts.push(`-d ${r.destination}`);
  if (r.notDestination !== undefined) parts.push(`! -d ${r.notDestination}`);
  if (r.inInterface !== undefined) parts.push(`-i ${r.inInterface}`);
  if (r.notInInterface !== undefined) parts.push(`! -i ${r.notInInterface}`);
  if (r.outInterface !== undefined) parts.push(`-o ${r.outInterface}`);
  if (r.notOutInterface !== undefined) parts.push(`! -o ${r.notOutInterface}`);
  if (r.proto !== undefined) parts.push(`-p ${r.proto}`);
  if (r.dport !== undefined && r.proto !== undefined) parts.push(`-m ${r.proto} --dport ${r.dport}`);
  if (r.addrtypeLocal === true) parts.push('-m addrtype --dst-type LOCAL');
  if (r.srcTypeLocal === true) parts.push('-m addrtype --src-type LOCAL');
  parts.push(`-j ${r.target}`);
  if (r.toDestination !== undefined) parts.push(`--to-destination ${r.toDestination}`);
  return parts.join(' ');
};

/** A /32 prints as a bare address in listings. */
const listedAddress = (cidr: string | undefined, numeric: boolean): string => {
  if (cidr === undefined || cidr === '0.0.0.0/0') return numeric ? '0.0.0.0/0' : 'anywhere';
  if (cidr.endsWith('/32')) return cidr.slice(0, -3);
  if (!numeric && cidr === '127.0.0.0/8') return 'loopback/8';
  return cidr;
};

const listedRule = (r: NatRule, numeric: boolean): string => {
  const source = listedAddress(r.source, numeric);
  const inverted = r.notDestination !== undefined;
  const destination = listedAddress(r.notDestination ?? r.destination, numeric);
  const extras: string[] = [];
  if (r.proto !== undefined && r.dport !== undefined) {
    const port = numeric ? String(r.dport) : (SERVICES[r.dport] ?? String(r.dport));
    extras.push(` ${r.proto} dpt:${port}`);
  }
  if (r.addrtypeLocal === true) extras.push(' ADDRTYPE match dst-type LOCAL');
  if (r.srcTypeLocal === true) extras.push(' ADDRTYPE match src-type LOCAL');
  if (r.toDestination !== undefined) extras.push(` to:${r.toDestination}`);
  return `${r.target.padEnd(9)}  ${(r.proto ?? 'all').padEnd(5)}--  ${source.padEnd(19)} ${inverted ? '!' : ' '}${destination.padEnd(19)} ${extras.join('')}\n`;
};

const HEADER = 'target     prot opt source               destination         \n';

const listChain = (chain: string, rules: readonly NatRule[], numeric: boolean): string => {
  const title = USER_CHAINS.includes(chain) ? `Chain ${chain} (2 references)` : `Chain ${chain} (policy ACCEPT)`;
  return `${title}\n${HEADER}${rules.filter((r) => r.chain === chain).map((r) => listedRule(r, numeric)).join('')}`;
};

interface IptablesRequest {
  readonly table: string;
  readonly action: 'list' | 'save';
  readonly chain: string | undefined;
  readonly numeric: boolean;
}

const parse = (args: readonly string[]): IptablesRequest | CliResult => {
  let table = 'filter';
  let action: 'list' | 'save' | undefined;
  let chain: string | undefined;
  let numeric = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const next = args[i + 1];
    if (a === '-t' || a === '--table') {
      table = next ?? '';
      i++;
    } else if (a === '-L' || a === '--list' || a === '-S' || a === '--list-rules') {
      action = a === '-L' || a === '--list' ? 'list' : 'save';
      if (next !== undefined && !next.startsWith('-')) {
        chain = next;
        i++;
      }
    } else if (a === '-n' || a === '--numeric') numeric = true;
    else if (/^-[LnSv]+$/.test(a)) {
      if (a.includes('L')) action = 'list';
      if (a.includes('S')) action = 'save';
      if (a.includes('n')) numeric = true;
    } else if (a === '-v' || a === '--verbose' || a === '--line-numbers') continue;
    else return fail(`iptables v1.8.7 (nf_tables): unknown option "${a}"\nTry \`iptables -h' or 'iptables --help' for more information.\n`, 2);
  }
  if (action === undefined) return fail("iptables v1.8.7 (nf_tables): no command specified\nTry `iptables -h' or 'iptables --help' for more information.\n", 2);
  return { table, action, chain, numeric };
};

export const iptablesCommand = (ctx: ToolContext, args: readonly string[]): CliResult => {
  const request = parse(args);
  if ('exit' in request) return request;
  if (request.table !== 'nat') return fail(`iptables: docknet simulates only the nat table (iptables -t nat …), not "${request.table}"\n`, 1);
  const rules = natRules(ctx.profile, ctx.host, ctx.state);
  const all = chainsOf(rules);
  const chains: readonly string[] = request.chain === undefined ? all : [request.chain];
  if (request.chain !== undefined && !all.includes(request.chain)) {
    return fail('iptables: No chain/target/match by that name.\n', 1);
  }
  if (request.action === 'save') {
    const policies = chains.filter((c) => !USER_CHAINS.includes(c)).map((c) => `-P ${c} ACCEPT\n`);
    const created = chains.filter((c) => USER_CHAINS.includes(c)).map((c) => `-N ${c}\n`);
    // iptables-save order: chain by chain, rules in their order within a chain.
    const specs = chains.flatMap((c) => rules.filter((r) => r.chain === c).map((r) => `${ruleSpec(r)}\n`));
    return ok([...policies, ...created, ...specs].join(''));
  }
  return ok(chains.map((c) => listChain(c, rules, request.numeric)).join('\n'));
};
