import * as E from 'fp-ts/lib/Either.js';

/** Whether an option takes an argument. */
export type ArgumentMode = 'none' | 'required' | 'optional';

/** One long option; `key` is what {@link getopt} reports (usually the short letter). */
export interface LongOption {
  readonly name: string;
  readonly argument: ArgumentMode;
  readonly key: string;
}

/** The options a tool accepts, in glibc's own terms. */
export interface OptionTable {
  /** Short options, glibc style: `'ivEe:n:'` (a `:` after a letter = takes an argument). */
  readonly short: string;
  /** Long options, in the tool's table order (ambiguity messages list them in that order). */
  readonly long: readonly LongOption[];
}

/** One option occurrence, in command-line order. */
export interface ParsedOption {
  readonly key: string;
  readonly value: string | undefined;
}

/** The result of {@link getopt}: options in order, then the operands. */
export interface ParsedArguments {
  readonly options: readonly ParsedOption[];
  readonly operands: readonly string[];
}

/**
 * Parses arguments as glibc's `getopt_long` does for GNU tools: options and operands may
 * be mixed (GNU permutes them), `--` ends the options, `-` is an operand, short options
 * bundle (`-iE`), an argument may be attached (`-n5`, `--regexp=x`) or separate, and a
 * long option may be abbreviated to any unique prefix.
 *
 * The Left is glibc's message without the `prog: ` prefix, e.g. `invalid option -- 'z'`.
 *
 * @example
 * getopt(['-iE', 'x|y', '--count'], { short: 'iEc', long: [{ name: 'count', argument: 'none', key: 'c' }] })
 * // Right({ options: [i, E, c], operands: ['x|y'] })
 */
export const getopt = (args: readonly string[], table: OptionTable): E.Either<string, ParsedArguments> => {
  const options: ParsedOption[] = [];
  const operands: string[] = [];
  const shortMode = (letter: string): ArgumentMode | undefined => {
    const at = table.short.indexOf(letter);
    if (at < 0 || letter === ':') return undefined;
    if (table.short[at + 1] !== ':') return 'none';
    return table.short[at + 2] === ':' ? 'optional' : 'required';
  };

  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      for (const rest of args.slice(i + 1)) operands.push(rest);
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const exact = table.long.find((o) => o.name === name);
      const candidates = exact !== undefined ? [exact] : table.long.filter((o) => o.name.startsWith(name));
      // Prefixes that all name the same option (--colo → color/colour) are not ambiguous.
      const distinct = new Set(candidates.map((o) => `${o.key}\u0000${o.argument}`));
      const option = candidates[0];
      if (option === undefined) return E.left(`unrecognized option '${eq < 0 ? arg : arg.slice(0, eq)}'`);
      if (distinct.size > 1) {
        const list = candidates.map((o) => `'--${o.name}'`).join(' ');
        return E.left(`option '${eq < 0 ? arg : arg.slice(0, eq)}' is ambiguous; possibilities: ${list}`);
      }
      if (option.argument === 'none') {
        if (eq >= 0) return E.left(`option '--${option.name}' doesn't allow an argument`);
        options.push({ key: option.key, value: undefined });
      } else if (eq >= 0) {
        options.push({ key: option.key, value: arg.slice(eq + 1) });
      } else if (option.argument === 'optional') {
        options.push({ key: option.key, value: undefined });
      } else {
        const value = args[i + 1];
        if (value === undefined) return E.left(`option '--${option.name}' requires an argument`);
        options.push({ key: option.key, value });
        i += 1;
      }
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    const letters = Array.from(arg.slice(1));
    for (let j = 0; j < letters.length; j += 1) {
      const letter = letters[j] ?? '';
      const mode = shortMode(letter);
      if (mode === undefined) return E.left(`invalid option -- '${letter}'`);
      if (mode === 'none') {
        options.push({ key: letter, value: undefined });
        continue;
      }
      const attached = letters.slice(j + 1).join('');
      if (attached !== '' || mode === 'optional') {
        options.push({ key: letter, value: attached === '' ? undefined : attached });
      } else {
        const value = args[i + 1];
        if (value === undefined) return E.left(`option requires an argument -- '${letter}'`);
        options.push({ key: letter, value });
        i += 1;
      }
      break;
    }
  }
  return E.right({ options, operands });
};
