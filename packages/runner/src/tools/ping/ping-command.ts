/**
 * `ping [-c N] [-q] [-n] HOST` in busybox and iputils flavours. The verdict comes from the
 * reachability rules (drivers); only the wording and the numbers are the tool's. Without
 * `-c`, ping would run until interrupted: docknet sends 4 echoes, as if Ctrl-C came then.
 */
import { isLoopback, namespaceOf, pathVerdict, reverseName, type PathVerdict } from '@docknet/drivers';
import type { CliResult } from '../../docker/cli-result.js';
import { viewerLinks } from '../links/namespace-links.js';
import { hostsLinesOf, resolveTarget } from '../names/resolve-target.js';
import type { ToolContext } from '../tool-context.js';
import { elapsedMillis, millis3, roundTripMicros, roundTripStats, type Distance } from './round-trip.js';
import { contains } from '@docknet/drivers';

export type PingFlavour = 'busybox' | 'iputils-old' | 'iputils';

const DEFAULT_COUNT = 4;

interface PingOptions {
  readonly count: number;
  readonly quiet: boolean;
  readonly numeric: boolean;
  readonly host: string | undefined;
}

const parseOptions = (args: readonly string[]): PingOptions | string => {
  let count = DEFAULT_COUNT;
  let quiet = false;
  let numeric = false;
  let host: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-c' || a === '-W' || a === '-w' || a === '-i' || a === '-s' || a === '-t' || a === '-I') {
      const value = args[i + 1];
      if (value === undefined) return `option requires an argument -- '${a.slice(1)}'`;
      if (a === '-c') count = Number(value);
      i++;
    } else if (/^-c\d+$/.test(a)) count = Number(a.slice(2));
    else if (a.startsWith('-') && a.length > 1) {
      for (const letter of a.slice(1)) {
        if (letter === 'q') quiet = true;
        else if (letter === 'n') numeric = true;
        else if (letter !== '4') return `invalid option -- '${letter}'`;
      }
    } else host = a;
  }
  if (!Number.isInteger(count) || count < 1) return `invalid argument: '${String(count)}'`;
  return { count, quiet, numeric, host };
};

/** The source address a reply error is reported from: our address on the target's subnet. */
const sourceToward = (ctx: ToolContext, ip: string): string => {
  for (const link of viewerLinks(ctx.host, ctx.viewer)) {
    for (const a of link.addresses) if (a.family === 4 && a.scope === 'global' && contains(`${a.ip}/${a.prefixLength}`, ip)) return a.ip;
  }
  return ip;
};

const distanceOf = (ip: string, verdict: PathVerdict): Distance =>
  isLoopback(ip) ? 'loopback' : verdict.kind === 'reply' && verdict.outside ? 'outside' : 'local';

/** iputils prints fewer decimals as the time grows. */
const iputilsTime = (micros: number): string => {
  if (micros >= 100_000) return `${Math.floor(micros / 1000)}`;
  if (micros >= 10_000) return `${Math.floor(micros / 1000)}.${Math.floor((micros % 1000) / 100)}`;
  if (micros >= 1_000) return `${Math.floor(micros / 1000)}.${String(Math.floor((micros % 1000) / 10)).padStart(2, '0')}`;
  return millis3(micros);
};

const resolutionFailure = (flavour: PingFlavour, name: string, kind: 'not-found' | 'unavailable'): CliResult => {
  if (flavour === 'busybox') return { stdout: '', stderr: `ping: bad address '${name}'\n`, exit: 1 };
  if (flavour === 'iputils-old') return { stdout: '', stderr: `ping: unknown host ${name}\n`, exit: 2 };
  const why = kind === 'not-found' ? 'Name or service not known' : 'Temporary failure in name resolution';
  return { stdout: '', stderr: `ping: ${name}: ${why}\n`, exit: 2 };
};

const samplesFor = (ctx: ToolContext, ip: string, count: number, distance: Distance): number[] => {
  const from = ctx.viewer.kind === 'host' ? 'host' : ctx.viewer.container.id;
  return Array.from({ length: count }, (_, seq) => roundTripMicros(ctx.seed, from, ip, seq, distance));
};

const busyboxPing = (ctx: ToolContext, o: PingOptions, shown: string, ip: string, verdict: PathVerdict): CliResult => {
  const header = `PING ${shown} (${ip}): 56 data bytes\n`;
  if (verdict.kind === 'network-unreachable') return { stdout: header, stderr: 'ping: sendto: Network unreachable\n', exit: 1 };
  const stats = `\n--- ${shown} ping statistics ---\n${o.count} packets transmitted, `;
  if (verdict.kind !== 'reply') return { stdout: `${header}${stats}0 packets received, 100% packet loss\n`, stderr: '', exit: 1 };
  const samples = samplesFor(ctx, ip, o.count, distanceOf(ip, verdict));
  const lines = o.quiet ? '' : samples.map((us, seq) => `64 bytes from ${ip}: seq=${seq} ttl=${verdict.ttl} time=${millis3(us)} ms\n`).join('');
  const s = roundTripStats(samples);
  return {
    stdout: `${header}${lines}${stats}${o.count} packets received, 0% packet loss\nround-trip min/avg/max = ${millis3(s.min)}/${millis3(s.avg)}/${millis3(s.max)} ms\n`,
    stderr: '',
    exit: 0,
  };
};

const iputilsPing = (ctx: ToolContext, flavour: PingFlavour, o: PingOptions, shown: string, ip: string, numericTarget: boolean, verdict: PathVerdict): CliResult => {
  if (verdict.kind === 'network-unreachable') {
    return { stdout: '', stderr: flavour === 'iputils' ? 'ping: connect: Network is unreachable\n' : 'connect: Network is unreachable\n', exit: 2 };
  }
  const header = `PING ${shown} (${ip}) 56(84) bytes of data.\n`;
  const time = elapsedMillis(ctx.seed, ip, o.count);
  const stats = `\n--- ${shown} ping statistics ---\n${o.count} packets transmitted, `;
  if (verdict.kind === 'host-unreachable') {
    const from = sourceToward(ctx, ip);
    const lines = o.quiet ? '' : Array.from({ length: o.count }, (_, i) => `From ${from} icmp_seq=${i + 1} Destination Host Unreachable\n`).join('');
    return { stdout: `${header}${lines}${stats}0 received, +${o.count} errors, 100% packet loss, time ${time}ms\n\n`, stderr: '', exit: 1 };
  }
  if (verdict.kind === 'filtered') return { stdout: `${header}${stats}0 received, 100% packet loss, time ${time}ms\n\n`, stderr: '', exit: 1 };
  // A name given on the command line makes iputils reverse-resolve each reply's source.
  const reverse = numericTarget || o.numeric ? undefined : reverseName(ctx.host, ctx.viewer, ip, hostsLinesOf(ctx));
  const from = reverse === undefined ? ip : `${reverse} (${ip})`;
  const samples = samplesFor(ctx, ip, o.count, distanceOf(ip, verdict));
  const lines = o.quiet ? '' : samples.map((us, i) => `64 bytes from ${from}: icmp_seq=${i + 1} ttl=${verdict.ttl} time=${iputilsTime(us)} ms\n`).join('');
  const s = roundTripStats(samples);
  return {
    stdout:
      `${header}${lines}${stats}${o.count} received, 0% packet loss, time ${time}ms\n` +
      `rtt min/avg/max/mdev = ${millis3(s.min)}/${millis3(s.avg)}/${millis3(s.max)}/${millis3(s.mdev)} ms\n`,
    stderr: '',
    exit: 0,
  };
};

export const pingCommand = (flavour: PingFlavour) => (ctx: ToolContext, args: readonly string[]): CliResult => {
  const o = parseOptions(args);
  if (typeof o === 'string') return { stdout: '', stderr: `ping: ${o}\n`, exit: flavour === 'busybox' ? 1 : 2 };
  if (o.host === undefined) {
    return flavour === 'busybox'
      ? { stdout: '', stderr: 'ping: missing host\n', exit: 1 }
      : { stdout: '', stderr: 'ping: usage error: Destination address required\n', exit: flavour === 'iputils' ? 1 : 2 };
  }
  const target = resolveTarget(ctx, o.host);
  if (target.kind === 'unresolved') return resolutionFailure(flavour, o.host, target.lookup.kind);
  const verdict = namespaceOf(ctx.host, ctx.viewer).kind === 'down' ? ({ kind: 'network-unreachable' } as const) : pathVerdict(ctx.host, ctx.viewer, target.ip, ctx.state);
  return flavour === 'busybox'
    ? busyboxPing(ctx, o, o.host, target.ip, verdict)
    : iputilsPing(ctx, flavour, o, o.host, target.ip, target.numeric, verdict);
};
