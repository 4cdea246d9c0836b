/** `env` (and `printenv [NAME]`): the process environment, one `KEY=value` a line. */
import { fail, ok, type CliResult } from '../../docker/cli-result.js';
import { containerOf, type ToolContext } from '../tool-context.js';
import { processEnv } from './process-env.js';

/** A login shell on the Ubuntu host. */
const hostEnv = (ctx: ToolContext): string[] => [
  'SHELL=/bin/bash',
  `HOSTNAME=${ctx.host.name}`,
  'PWD=/root',
  'HOME=/root',
  'USER=root',
  'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
];

const envOf = (ctx: ToolContext): string[] => {
  const container = containerOf(ctx);
  return container === undefined ? hostEnv(ctx) : processEnv(ctx.profile, ctx.host, container, ctx.tty, ctx.extraEnv);
};

export const envCommand = (ctx: ToolContext, args: readonly string[]): CliResult => {
  if (args.length > 0) return fail(`env: '${args[0] ?? ''}': No such file or directory\n`, 127);
  return ok(envOf(ctx).map((e) => `${e}\n`).join(''));
};

export const printenvCommand = (ctx: ToolContext, args: readonly string[]): CliResult => {
  const env = envOf(ctx);
  if (args.length === 0) return ok(env.map((e) => `${e}\n`).join(''));
  const values = args.flatMap((name) => env.filter((e) => e.startsWith(`${name}=`)).map((e) => `${e.slice(name.length + 1)}\n`));
  return { stdout: values.join(''), stderr: '', exit: values.length === args.length ? 0 : 1 };
};
