/**
 * `wget [-q] [-O FILE|-] [-T SECS] URL`. busybox wget reports progress and errors on
 * stderr (`Connecting to web (172.18.0.2:80)`, `wget: bad address 'web'`); `-O -` writes
 * the body to stdout. GNU wget (node, python images) is answered in its quiet form: the
 * body, or nothing and its exit code (4 for network failures, 8 for server errors).
 * Downloads to files are reported as saved; no file system is simulated.
 */
import { tcpVerdict } from '@docknet/drivers';
import type { CliResult } from '../../docker/cli-result.js';
import { resolveTarget } from '../names/resolve-target.js';
import type { ToolContext } from '../tool-context.js';
import { httpBodyOf, listeningPorts } from './listening-ports.js';
import { parseTargetUrl } from './target-url.js';

export type WgetFlavour = 'busybox' | 'gnu';

interface WgetOptions {
  readonly quiet: boolean;
  readonly output: string | undefined;
  readonly timeout: number | undefined;
  readonly url: string | undefined;
}

const parse = (args: readonly string[]): WgetOptions => {
  let quiet = false;
  let output: string | undefined;
  let timeout: number | undefined;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-O' || a === '-T') {
      const value = args[i + 1];
      if (a === '-O') output = value;
      else timeout = Number(value);
      i++;
    } else if (a.startsWith('-O') && a.length > 2) output = a.slice(2);
    else if (a === '--quiet') quiet = true;
    else if (a.startsWith('-') && !a.startsWith('--') && a.length > 1) {
      const letters = a.slice(1);
      const o = letters.indexOf('O');
      if (letters.slice(0, o === -1 ? undefined : o).includes('q')) quiet = true;
      if (o !== -1) {
        const rest = letters.slice(o + 1);
        output = rest === '' ? args[i + 1] : rest;
        if (rest === '') i++;
      }
    } else if (!a.startsWith('-')) url = a;
  }
  return { quiet, output, timeout, url };
};

const fileName = (path: string): string => {
  const last = path.split(/[?#]/)[0]?.split('/').pop() ?? '';
  return last === '' ? 'index.html' : last;
};

const busybox = (ctx: ToolContext, o: WgetOptions, urlText: string): CliResult => {
  const url = parseTargetUrl(urlText);
  if (url === undefined) return { stdout: '', stderr: `wget: bad address '${urlText}'\n`, exit: 1 };
  const target = resolveTarget(ctx, url.host);
  if (target.kind === 'unresolved') return { stdout: '', stderr: `wget: bad address '${url.host}'\n`, exit: 1 };
  const connecting = o.quiet ? '' : `Connecting to ${url.host} (${target.ip}:${url.port})\n`;
  const fail = (message: string): CliResult => ({ stdout: '', stderr: `${connecting}wget: ${message}\n`, exit: 1 });
  const cannot = (why: string) => fail(`can't connect to remote host (${target.ip}): ${why}`);
  const verdict = tcpVerdict(ctx.host, ctx.viewer, target.ip, url.port, listeningPorts(ctx.images), ctx.state);
  switch (verdict.kind) {
    case 'refused':
      return cannot('Connection refused');
    case 'network-unreachable':
      return cannot('Network is unreachable');
    case 'host-unreachable':
      return cannot('No route to host');
    case 'timeout':
      return o.timeout === undefined ? cannot('Connection timed out') : fail('download timed out');
    case 'stalled':
      return fail('download timed out');
    case 'reset':
      return fail('error getting response: Connection reset by peer');
    case 'connected': {
      const body = httpBodyOf(ctx.images, verdict.server, url.host);
      if (body === undefined) return fail('error getting response');
      if (o.output === '-') return { stdout: body, stderr: o.quiet ? '' : `${connecting}writing to stdout\nwritten to stdout\n`, exit: 0 };
      const name = o.output ?? fileName(url.path);
      return { stdout: '', stderr: o.quiet ? '' : `${connecting}saving to '${name}'\n'${name}' saved\n`, exit: 0 };
    }
  }
};

const gnu = (ctx: ToolContext, o: WgetOptions, urlText: string): CliResult => {
  const url = parseTargetUrl(urlText);
  const target = url === undefined ? undefined : resolveTarget(ctx, url.host);
  if (url === undefined || target === undefined || target.kind === 'unresolved') return { stdout: '', stderr: '', exit: 4 };
  const verdict = tcpVerdict(ctx.host, ctx.viewer, target.ip, url.port, listeningPorts(ctx.images), ctx.state);
  if (verdict.kind !== 'connected') return { stdout: '', stderr: '', exit: 4 };
  const body = httpBodyOf(ctx.images, verdict.server, url.host);
  if (body === undefined) return { stdout: '', stderr: '', exit: 4 };
  return { stdout: o.output === '-' ? body : '', stderr: '', exit: 0 };
};

export const wgetCommand = (flavour: WgetFlavour) => (ctx: ToolContext, args: readonly string[]): CliResult => {
  const o = parse(args);
  if (o.url === undefined) {
    return flavour === 'busybox'
      ? { stdout: '', stderr: 'BusyBox wget: missing URL\n', exit: 1 }
      : { stdout: '', stderr: "wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n", exit: 1 };
  }
  return flavour === 'busybox' ? busybox(ctx, o, o.url) : gnu(ctx, o, o.url);
};
