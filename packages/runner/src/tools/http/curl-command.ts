/**
 * `curl [-s] [-S] [-f] [-L] [-m SECS] URL`: prints the body the server sends. Errors carry
 * curl's exit codes and wording: modern curl (`Failed to connect to H port P after N ms: …`)
 * or curl 7.29 on CentOS 7 (`Failed connect to H:P; …`). The progress meter (shown when
 * output is not a terminal, with speeds that differ on every run) is never printed.
 */
import { tcpVerdict } from '@docknet/drivers';
import type { CliResult } from '../../docker/cli-result.js';
import { resolveTarget } from '../names/resolve-target.js';
import type { ToolContext } from '../tool-context.js';
import { httpBodyOf, listeningPorts } from './listening-ports.js';
import { parseTargetUrl } from './target-url.js';

export type CurlFlavour = 'curl' | 'curl-7.29';

/** Linux gives up on a SYN after 6 retries (about 127 s); an ARP failure takes about 3 s. */
const CONNECT_TIMEOUT_MS = 127_000;
const NO_ROUTE_MS = 3_000;

interface CurlOptions {
  readonly silent: boolean;
  readonly showError: boolean;
  readonly url: string | undefined;
  readonly maxTime: number | undefined;
}

const parse = (args: readonly string[]): CurlOptions | { readonly bad: string } => {
  let silent = false;
  let showError = false;
  let url: string | undefined;
  let maxTime: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-m' || a === '--max-time' || a === '--connect-timeout') {
      maxTime = Number(args[i + 1]);
      i++;
    } else if (a === '-o' || a === '--output' || a === '-H' || a === '--header' || a === '-X' || a === '--request') i++;
    else if (a === '--silent') silent = true;
    else if (a === '--show-error') showError = true;
    else if (['--fail', '--location', '--include', '--verbose', '--compressed', '--insecure'].includes(a)) continue;
    else if (a.startsWith('--')) return { bad: a };
    else if (a.startsWith('-') && a.length > 1) {
      for (const letter of a.slice(1)) {
        if (letter === 's') silent = true;
        else if (letter === 'S') showError = true;
        else if (!'fLkv'.includes(letter)) return { bad: `-${letter}` };
      }
    } else url = a;
  }
  return { silent, showError, url, maxTime };
};

const failure = (o: CurlOptions, code: number, message: string): CliResult => ({
  stdout: '',
  stderr: o.silent && !o.showError ? '' : `curl: (${code}) ${message}\n`,
  exit: code,
});

const connectError = (flavour: CurlFlavour, o: CurlOptions, host: string, port: number, ms: number, reason: string, code = 7): CliResult =>
  flavour === 'curl-7.29'
    ? failure(o, 7, `Failed connect to ${host}:${port}; ${reason}`)
    : failure(o, code, `Failed to connect to ${host} port ${port} after ${ms} ms: ${reason}`);

export const curlCommand = (flavour: CurlFlavour) => (ctx: ToolContext, args: readonly string[]): CliResult => {
  const o = parse(args);
  if ('bad' in o) return { stdout: '', stderr: `curl: option ${o.bad}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, exit: 2 };
  if (o.url === undefined) return { stdout: '', stderr: "curl: try 'curl --help' or 'curl --manual' for more information\n", exit: 2 };
  const url = parseTargetUrl(o.url);
  if (url === undefined) return failure(o, 3, 'URL using bad/illegal format or missing URL');
  const target = resolveTarget(ctx, url.host);
  if (target.kind === 'unresolved') return failure(o, 6, flavour === 'curl-7.29' ? `Could not resolve host: ${url.host}; Unknown error` : `Could not resolve host: ${url.host}`);
  const verdict = tcpVerdict(ctx.host, ctx.viewer, target.ip, url.port, listeningPorts(ctx.images), ctx.state);
  const timeoutMs = o.maxTime === undefined ? undefined : Math.round(o.maxTime * 1000) + 1;
  switch (verdict.kind) {
    case 'refused':
      return connectError(flavour, o, url.host, url.port, 0, 'Connection refused');
    case 'network-unreachable':
      return connectError(flavour, o, url.host, url.port, 0, 'Network is unreachable');
    case 'host-unreachable':
      return connectError(flavour, o, url.host, url.port, NO_ROUTE_MS, 'No route to host');
    case 'timeout':
      if (timeoutMs !== undefined) return failure(o, 28, `Connection timed out after ${timeoutMs} milliseconds`);
      return flavour === 'curl-7.29'
        ? failure(o, 7, `Failed connect to ${url.host}:${url.port}; Connection timed out`)
        : failure(o, 28, `Failed to connect to ${url.host} port ${url.port} after ${CONNECT_TIMEOUT_MS} ms: Connection timed out`);
    case 'stalled':
      return failure(o, 28, `Operation timed out after ${timeoutMs ?? 300_001} milliseconds with 0 bytes received`);
    case 'reset':
      return failure(o, 56, 'Recv failure: Connection reset by peer');
    case 'connected': {
      const body = httpBodyOf(ctx.images, verdict.server, url.host);
      if (body === undefined) return failure(o, 52, 'Empty reply from server');
      return { stdout: body, stderr: '', exit: 0 };
    }
  }
};
