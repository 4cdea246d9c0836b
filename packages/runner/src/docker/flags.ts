/**
 * Docker's command-line flags, parsed as spf13/pflag parses them (the library the docker
 * CLI uses): `--flag value`, `--flag=value`, `-f value`, `-fvalue`, bundles `-itd`, `--`,
 * and interspersed or not (docker run stops at the image). Error texts are pflag's, so
 * a user sees what Docker prints. Hand-written because no JS argument parser reproduces
 * pflag's rules and messages; every flag comes from a typed table with a description.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { EngineProfile } from '@docknet/core';

export type FlagKind = 'bool' | 'string' | 'list' | 'int';

export interface FlagSpec {
  readonly name: string;
  readonly short?: string;
  readonly kind: FlagKind;
  readonly description: string;
  /** Older spellings that still work (`--net` for `--network`). */
  readonly aliases?: readonly string[];
  /**
   * The flag's own value check (a pflag `Value.Set` or an `opts.ValidatorFctType`): the
   * value to store, or the reason pflag prints after `invalid argument "…" for "…" flag: `.
   * It sees the profile because some CLI releases check more than others (`--ip` in v29).
   */
  readonly parse?: (value: string, profile: EngineProfile | undefined) => E.Either<string, string>;
}

export interface ParsedFlags {
  readonly bools: ReadonlyMap<string, boolean>;
  readonly values: ReadonlyMap<string, readonly string[]>;
  readonly positionals: readonly string[];
}

export const flagValue = (p: ParsedFlags, name: string): string | undefined => p.values.get(name)?.at(-1);
export const flagValues = (p: ParsedFlags, name: string): readonly string[] => p.values.get(name) ?? [];
export const flagBool = (p: ParsedFlags, name: string): boolean => p.bools.get(name) ?? false;

const PARSE_BOOL: Readonly<Record<string, boolean>> = {
  '1': true, t: true, T: true, TRUE: true, true: true, True: true,
  '0': false, f: false, F: false, FALSE: false, false: false, False: false,
};

/**
 * Parses `args` against `specs`. `interspersed: false` stops flag parsing at the first
 * positional argument (docker run/create/exec).
 */
export const parseFlags = (
  specs: readonly FlagSpec[],
  args: readonly string[],
  interspersed: boolean,
  profile?: EngineProfile,
): E.Either<string, ParsedFlags> => {
  const byLong = new Map<string, FlagSpec>();
  const byShort = new Map<string, FlagSpec>();
  for (const s of specs) {
    byLong.set(s.name, s);
    for (const a of s.aliases ?? []) byLong.set(a, s);
    if (s.short !== undefined) byShort.set(s.short, s);
  }
  const bools = new Map<string, boolean>();
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  const set = (spec: FlagSpec, value: string, shown: string): string | undefined => {
    if (spec.kind === 'bool') {
      const b = Object.hasOwn(PARSE_BOOL, value) ? PARSE_BOOL[value] : undefined;
      if (b === undefined) return `invalid argument "${value}" for "${shown}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`;
      bools.set(spec.name, b);
      return undefined;
    }
    if (spec.kind === 'int' && !/^-?\d+$/.test(value)) {
      return `invalid argument "${value}" for "${shown}" flag: strconv.ParseInt: parsing "${value}": invalid syntax`;
    }
    let stored = value;
    if (spec.parse !== undefined) {
      const parsed = spec.parse(value, profile);
      if (E.isLeft(parsed)) return `invalid argument "${value}" for "${shown}" flag: ${parsed.left}`;
      stored = parsed.right;
    }
    const list = values.get(spec.name) ?? [];
    if (spec.kind === 'list') list.push(stored);
    else list.splice(0, list.length, stored);
    values.set(spec.name, list);
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      for (const rest of args.slice(i + 1)) positionals.push(rest);
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      const spec = byLong.get(name);
      if (spec === undefined) return E.left(`unknown flag: --${name}`);
      const shown = spec.short === undefined ? `--${spec.name}` : `-${spec.short}, --${spec.name}`;
      let value: string;
      if (eq !== -1) value = arg.slice(eq + 1);
      else if (spec.kind === 'bool') value = 'true';
      else {
        const next = args[i + 1];
        if (next === undefined) return E.left(`flag needs an argument: --${name}`);
        value = next;
        i++;
      }
      const err = set(spec, value, shown);
      if (err !== undefined) return E.left(err);
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      // A shorthand bundle: each letter is a flag; a value-taking letter eats the rest.
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j] ?? '';
        const spec = byShort.get(letter);
        if (spec === undefined) return E.left(`unknown shorthand flag: '${letter}' in ${arg}`);
        const shown = `-${letter}, --${spec.name}`;
        if (spec.kind === 'bool') {
          const rest = arg.slice(j + 1);
          if (rest.startsWith('=')) {
            const err = set(spec, rest.slice(1), shown);
            if (err !== undefined) return E.left(err);
            break;
          }
          bools.set(spec.name, true);
          continue;
        }
        let value = arg.slice(j + 1);
        if (value.startsWith('=')) value = value.slice(1);
        else if (value === '') {
          const next = args[i + 1];
          if (next === undefined) return E.left(`flag needs an argument: '${letter}' in -${letter}`);
          value = next;
          i++;
        }
        const err = set(spec, value, shown);
        if (err !== undefined) return E.left(err);
        break;
      }
      continue;
    }
    if (!interspersed) {
      for (const rest of args.slice(i)) positionals.push(rest);
      break;
    }
    positionals.push(arg);
  }
  return E.right({ bools, values, positionals });
};

/** `--help` text generated from the table (so help cannot drift from the parser). */
export const flagHelp = (specs: readonly FlagSpec[]): string => {
  const rows = specs.map((s) => {
    const left = `${s.short === undefined ? '    ' : `-${s.short}, `}--${s.name}${s.kind === 'bool' ? '' : s.kind === 'list' ? ' list' : s.kind === 'int' ? ' int' : ' string'}`;
    return [left, s.description] as const;
  });
  const width = Math.max(0, ...rows.map(([l]) => l.length));
  return rows.map(([l, d]) => `  ${l.padEnd(width)}   ${d}`).join('\n');
};
