/**
 * `ip [-4|-6] [-br] addr|link|route [show [dev] IF]`, in the image's flavour. Only the
 * read-only forms a tutorial uses are answered; changing the configuration is refused
 * as an unprivileged container would refuse it.
 */
import { ok, fail, type CliResult } from '../../docker/cli-result.js';
import type { ToolContext } from '../tool-context.js';
import type { Link } from '../links/link.js';
import { viewerLinks } from '../links/namespace-links.js';
import { routesOf } from '../links/routes.js';
import { formatAddressLines, formatLinkLine, formatRoute, type IpFlavour } from './ip-format.js';
import { operState } from './link-flags.js';

type IpObject = 'address' | 'link' | 'route';

/** iproute2 accepts any prefix of an object name, checked in its table order. */
const OBJECTS: readonly IpObject[] = ['address', 'link', 'route'];

const objectOf = (word: string): IpObject | undefined => {
  if (word === '') return undefined;
  if (word === 'r' || word === 'ro') return 'route';
  return OBJECTS.find((o) => o.startsWith(word));
};

interface IpRequest {
  readonly family: 4 | 6 | undefined;
  readonly brief: boolean;
  readonly object: IpObject;
  readonly device: string | undefined;
  readonly upOnly: boolean;
  /** `ip link show type veth|bridge`. */
  readonly kind: string | undefined;
}

const usageError = (flavour: IpFlavour, message: string, exit = 1): CliResult =>
  fail(flavour === 'busybox' ? `ip: ${message}\n` : `${message}\n`, exit);

const parse = (flavour: IpFlavour, args: readonly string[]): IpRequest | CliResult => {
  let family: 4 | 6 | undefined;
  let brief = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] ?? '';
    if (!a.startsWith('-')) break;
    if (a === '-4') family = 4;
    else if (a === '-6') family = 6;
    else if ((a === '-br' || a === '-brief') && flavour === 'iproute2') brief = true;
    else if (a === '-c' || a === '-color' || a === '--color') continue;
    else return flavour === 'iproute2' ? fail(`Option "${a}" is unknown, try "ip -help".\n`, 255) : usageError(flavour, `invalid argument '${a}' to 'ip'`);
  }
  const word = args[i] ?? 'address';
  const object = objectOf(word);
  if (object === undefined) {
    return flavour === 'iproute2' ? fail(`Object "${word}" is unknown, try "ip help".\n`, 1) : usageError(flavour, `invalid argument '${word}' to 'ip'`);
  }
  const rest = args.slice(i + 1);
  let device: string | undefined;
  let upOnly = false;
  let kind: string | undefined;
  let j = 0;
  if (rest[0] !== undefined && ['show', 'list', 'lst', 'ls', 'sh', 's'].includes(rest[0])) j = 1;
  else if (rest[0] !== undefined && object === 'route' && rest[0] !== 'dev') {
    return flavour === 'iproute2'
      ? fail(`Command "${rest[0]}" is unknown, try "ip route help".\n`, 1)
      : usageError(flavour, `invalid argument '${rest[0]}' to 'ip'`);
  } else if (rest[0] !== undefined && rest[0] !== 'dev' && object !== 'route' && ['add', 'del', 'delete', 'set', 'change', 'replace', 'flush'].includes(rest[0])) {
    return fail(flavour === 'iproute2' ? 'RTNETLINK answers: Operation not permitted\n' : 'ip: RTNETLINK answers: Operation not permitted\n', 2);
  }
  for (; j < rest.length; j++) {
    const w = rest[j] ?? '';
    if (w === 'dev') {
      device = rest[j + 1];
      j++;
    } else if (w === 'type') {
      kind = rest[j + 1];
      j++;
    } else if (w === 'up') upOnly = true;
    else device = w;
  }
  return { family, brief, object, device, upOnly, kind };
};

const deviceMissing = (flavour: IpFlavour, device: string): CliResult =>
  flavour === 'iproute2' ? fail(`Device "${device}" does not exist.\n`, 1) : fail(`ip: can't find device '${device}'\n`, 1);

const briefName = (link: Link): string => `${link.name}${link.peerIndex === undefined ? '' : `@if${link.peerIndex}`}`;

const briefAddress = (links: readonly Link[], family: 4 | 6 | undefined): string =>
  links
    .map((l) => {
      const addrs = l.addresses.filter((a) => family === undefined || a.family === family).map((a) => `${a.ip}/${a.prefixLength} `);
      return `${briefName(l).padEnd(16)} ${operState(l).padEnd(14)} ${addrs.join('')}\n`;
    })
    .join('');

const briefLink = (links: readonly Link[]): string =>
  links
    .map((l) => {
      const flags = formatLinkLine(l, 'iproute2', { linkMode: false, showLinkLayer: false }).match(/<[^>]*>/)?.[0] ?? '';
      return `${briefName(l).padEnd(16)} ${operState(l).padEnd(14)} ${l.mac} ${flags} \n`;
    })
    .join('');

export const ipCommand = (flavour: IpFlavour) => (ctx: ToolContext, args: readonly string[]): CliResult => {
  const request = parse(flavour, args);
  if ('exit' in request) return request;
  const isHost = ctx.viewer.kind === 'host' || ctx.host.containers.get(ctx.viewer.container.id)?.networkMode === 'host';
  if (request.object === 'route') {
    if (request.family === 6) return ok();
    const routes = routesOf(ctx.host, ctx.viewer).filter((r) => request.device === undefined || r.device === request.device);
    return ok(routes.map((r) => formatRoute(r, flavour, isHost)).join(''));
  }
  let links = viewerLinks(ctx.host, ctx.viewer);
  if (request.device !== undefined) {
    const found = links.filter((l) => l.name === request.device);
    if (found.length === 0) return deviceMissing(flavour, request.device);
    links = found;
  }
  if (request.upOnly) links = links.filter((l) => l.up);
  if (request.kind !== undefined) links = links.filter((l) => l.kind === request.kind);
  if (request.object === 'link') {
    if (request.brief) return ok(briefLink(links));
    return ok(links.map((l) => formatLinkLine(l, flavour, { linkMode: flavour === 'iproute2', showLinkLayer: true })).join(''));
  }
  if (request.family !== undefined) links = links.filter((l) => l.addresses.some((a) => a.family === request.family));
  if (request.brief) return ok(briefAddress(links, request.family));
  const out = links.map((l) => {
    const addresses = l.addresses.filter((a) => request.family === undefined || a.family === request.family);
    return formatLinkLine(l, flavour, { linkMode: false, showLinkLayer: request.family === undefined }) + addresses.map((a) => formatAddressLines(l, a)).join('');
  });
  return ok(out.join(''));
};
