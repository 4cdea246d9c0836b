/**
 * docknet's own command-line options: one typed table per command, every option with a
 * description, so `--help` is generated and cannot drift. Parsed with node's
 * `util.parseArgs` (strict: unknown options are usage errors, exit 2).
 */
import { parseArgs } from 'node:util';

export interface CliOption {
  readonly name: string;
  readonly short?: string;
  readonly type: 'boolean' | 'string';
  readonly multiple?: boolean;
  readonly value?: string;
  /** A string option that may also be given bare: `--update` means `--update=<implied>`. */
  readonly implied?: string;
  readonly description: string;
}

export interface CliCommand {
  readonly name: string;
  readonly args: string;
  readonly summary: string;
  readonly options: readonly CliOption[];
}

export type ParsedArgs = {
  readonly values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  readonly positionals: string[];
};

export class UsageError extends Error {}

export const parseCommandArgs = (command: CliCommand, argv: readonly string[]): ParsedArgs => {
  const options: Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const o of command.options) {
    options[o.name] = {
      type: o.type,
      ...(o.short === undefined ? {} : { short: o.short }),
      ...(o.multiple === true ? { multiple: true } : {}),
    };
  }
  try {
    // A bare option with an implied value takes it; `--update PATH` never swallows PATH.
    const end = argv.indexOf('--');
    const args = argv.map((arg, i) => {
      const bare = end !== -1 && i > end ? undefined : command.options.find((o) => o.implied !== undefined && arg === `--${o.name}`);
      return bare === undefined ? arg : `--${bare.name}=${bare.implied ?? ''}`;
    });
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals };
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message.split('\n')[0] : String(e));
  }
};

export const commandHelp = (command: CliCommand): string => {
  const rows = command.options.map((o) => [`${o.short === undefined ? '    ' : `-${o.short}, `}--${o.name}${o.type !== 'string' ? '' : o.implied !== undefined ? `[=${o.value ?? 'VALUE'}]` : ` ${o.value ?? 'VALUE'}`}`, o.description] as const);
  const width = Math.max(0, ...rows.map(([l]) => l.length));
  return [
    `Usage: docknet ${command.name} ${command.args}`.trimEnd(),
    '',
    command.summary,
    '',
    'Options:',
    ...rows.map(([l, d]) => `  ${l.padEnd(width)}   ${d}`),
    `  ${'-h, --help'.padEnd(width)}   Show this help`,
    '',
  ].join('\n');
};

export const stringOption = (args: ParsedArgs, name: string): string | undefined => {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
};

export const boolOption = (args: ParsedArgs, name: string): boolean => args.values[name] === true;
