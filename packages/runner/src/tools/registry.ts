/**
 * The tool registry: which program name runs which view, in the flavour the image (or the
 * host) ships. A program that docknet knows but the image lacks is a missing executable;
 * a program docknet does not simulate at all is reported as such.
 */
import { catCommand } from './files/cat-command.js';
import { envCommand, printenvCommand } from './env/env-command.js';
import { brctlCommand } from './host/brctl-command.js';
import { bridgeCommand } from './host/bridge-command.js';
import { iptablesCommand } from './host/iptables-command.js';
import { curlCommand } from './http/curl-command.js';
import { wgetCommand } from './http/wget-command.js';
import { ifconfigCommand } from './ifconfig/ifconfig-command.js';
import { ipCommand } from './ip/ip-command.js';
import { getentCommand } from './names/getent-command.js';
import { hostnameCommand } from './names/hostname-command.js';
import { nslookupCommand } from './names/nslookup-command.js';
import { pingCommand } from './ping/ping-command.js';
import { routeCommand } from './route/route-command.js';
import type { Tool } from './tool-context.js';
import type { ToolSet } from './toolset.js';

export type ToolLookup =
  | { readonly kind: 'tool'; readonly run: Tool }
  /** docknet simulates the program, but this image does not ship it. */
  | { readonly kind: 'missing' }
  /** docknet does not simulate the program. */
  | { readonly kind: 'unknown' };

/** Programs every image has (coreutils or busybox). */
const ALWAYS: Readonly<Record<string, Tool>> = { cat: catCommand, env: envCommand, printenv: printenvCommand };

const flavoured = (program: string, tools: ToolSet): Tool | undefined | null => {
  switch (program) {
    case 'ifconfig':
      return tools.ifconfig === undefined ? undefined : ifconfigCommand(tools.ifconfig);
    case 'ip':
      return tools.ip === undefined ? undefined : ipCommand(tools.ip);
    case 'route':
      return tools.route === undefined ? undefined : routeCommand(tools.route);
    case 'ping':
      return tools.ping === undefined ? undefined : pingCommand(tools.ping);
    case 'hostname':
      return tools.hostname === undefined ? undefined : hostnameCommand(tools.hostname);
    case 'nslookup':
      return tools.nslookup === undefined ? undefined : nslookupCommand;
    case 'getent':
      return tools.getent === undefined ? undefined : getentCommand;
    case 'curl':
      return tools.curl === undefined ? undefined : curlCommand(tools.curl);
    case 'wget':
      return tools.wget === undefined ? undefined : wgetCommand(tools.wget);
    case 'brctl':
      return tools.brctl === undefined ? undefined : brctlCommand;
    case 'bridge':
      return tools.bridge === undefined ? undefined : bridgeCommand;
    case 'iptables':
      return tools.iptables === undefined ? undefined : iptablesCommand;
    default:
      return null;
  }
};

/** `/sbin/ifconfig` runs `ifconfig`. */
export const programName = (argv0: string): string => argv0.slice(argv0.lastIndexOf('/') + 1);

export const lookupTool = (argv0: string, tools: ToolSet): ToolLookup => {
  const program = programName(argv0);
  // Own keys only: a program called `constructor` is not Object's.
  const always = Object.hasOwn(ALWAYS, program) ? ALWAYS[program] : undefined;
  if (always !== undefined) return { kind: 'tool', run: always };
  const tool = flavoured(program, tools);
  if (tool === null) return { kind: 'unknown' };
  return tool === undefined ? { kind: 'missing' } : { kind: 'tool', run: tool };
};

/** Program names docknet simulates (for docs and tests). */
export const SIMULATED_PROGRAMS: readonly string[] = [
  'brctl',
  'bridge',
  'cat',
  'curl',
  'env',
  'getent',
  'hostname',
  'ifconfig',
  'ip',
  'iptables',
  'nslookup',
  'ping',
  'printenv',
  'route',
  'wget',
];
